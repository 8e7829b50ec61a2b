import { previewOrigin } from '../../src/lib/urls.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** Reads a page of a built site (`dist/` by default) as a DOM; fails clearly when the build is missing. */
export function readBuiltPage(urlPath: string, dir = 'dist'): HTMLElement {
	const file = join(dir, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
	if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run build\` first (npm test does)`);
	return parse(readFileSync(file, 'utf8'));
}

/** The visible text of an element with whitespace collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every file of a built site with its text, Pagefind's gzipped index files unpacked: what a test searches for text that must not be published. */
export function readBuiltTexts(dir: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, file);
		if (!statSync(path).isFile() || /\.(png|woff2?|wasm|pagefind)$/.test(file)) continue;
		const bytes = readFileSync(path);
		texts.set(file, (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'));
	}
	return texts;
}

/**
 * Links of every built page (anchors, hreflang alternates, the language switch's options) to a page
 * or file of this site that was not built, as `from → to`; without a server, and for a site built
 * at the root path.
 */
export function findLinksToMissingPages(dir: string, origin = previewOrigin): string[] {
	const missing: string[] = [];
	// Starlight's 404 page offers /{locale}/404/ in its language switch: not built, and answered by the 404 page anyway.
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && name !== '404.html')) {
		const page = parse(readFileSync(join(dir, file), 'utf8'));
		const targets = [
			...page.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
			...page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => link.getAttribute('href')!),
			...page.querySelectorAll('select option[value^="/"]').map((option) => option.getAttribute('value')!),
		];
		for (const target of targets) {
			const url = new URL(target, `${origin}/${file}`);
			if (url.origin !== origin) continue;
			const path = decodeURIComponent(url.pathname);
			if (!existsSync(join(dir, path, path.endsWith('/') ? 'index.html' : ''))) missing.push(`/${file} → ${path}`);
		}
	}
	return [...new Set(missing)];
}
