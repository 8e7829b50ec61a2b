import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
