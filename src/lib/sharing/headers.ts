import { createHash } from 'node:crypto';

/**
 * HTTP headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages and others):
 * long caching for hashed assets, short for HTML, and security headers with a Content-Security-Policy
 * that allows exactly the inline scripts and styles the build emits (by hash).
 */

const inlineScript = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hashes of every distinct inline script and style of the given pages. Takes any iterable, so
 * a build's pages can be read one at a time (27,000 pages at 5,000 cases are 1.6 GB of HTML), and
 * hashes each distinct text once (the same few scripts recur on every page).
 */
export function collectInlineHashes(pages: Iterable<string>): { scripts: string[]; styles: string[] } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const html of pages) {
		for (const match of html.matchAll(inlineScript)) if (match[1]!.trim()) scripts.add(match[1]!);
		for (const match of html.matchAll(inlineStyle)) styles.add(match[1]!);
	}
	return { scripts: [...scripts].map(sha256).sort(), styles: [...styles].map(sha256).sort() };
}

export function buildContentSecurityPolicy(hashes: { scripts: string[]; styles: string[] }, frameAncestors: string): string {
	return [
		"default-src 'self'",
		// Pagefind searches with WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`.trim(),
		`style-src 'self' ${hashes.styles.join(' ')}`.trim(),
		// Starlight's icons and the charts' reserved heights are style attributes.
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		`frame-ancestors ${frameAncestors}`,
	].join('; ');
}

/** The `_headers` file: rules are matched top-down by path pattern; `base` is the site's sub-path. */
export function buildHeadersFile(hashes: { scripts: string[]; styles: string[] }, base = '/'): string {
	const prefix = base.replace(/\/$/, '');
	const security = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: camera=(), microphone=(), geolocation=()'];
	const block = (pattern: string, lines: string[]) => `${prefix}${pattern}\n${lines.map((line) => `  ${line}`).join('\n')}`;
	return `${[
		block('/*', [...security, `Content-Security-Policy: ${buildContentSecurityPolicy(hashes, "'self'")}`, 'X-Frame-Options: SAMEORIGIN', 'Cache-Control: public, max-age=0, must-revalidate']),
		// Embeds are made to be framed by partners' pages.
		block('/*/embed/*', [`! X-Frame-Options`, `Content-Security-Policy: ${buildContentSecurityPolicy(hashes, '*')}`]),
		block('/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
		block('/pagefind/*', ['Cache-Control: public, max-age=86400']),
	].join('\n\n')}\n`;
}

/** Reads a `_headers` file into rules; the headers of a path are those of every matching rule, later ones winning. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][]; remove: string[] }[] {
	const rules: { pattern: RegExp; headers: [string, string][]; remove: string[] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [], remove: [] });
			continue;
		}
		const rule = rules.at(-1)!;
		const removal = /^\s*!\s*(.+)$/.exec(line);
		if (removal) rule.remove.push(removal[1]!.trim());
		else {
			const [name, ...value] = line.trim().split(':');
			rule.headers.push([name!.trim(), value.join(':').trim()]);
		}
	}
	return rules;
}
