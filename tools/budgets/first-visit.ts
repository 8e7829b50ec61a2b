import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { getStaticClosure, listImports } from './js-graph.ts';
import { measure, sumSizes, type Size } from './sizes.ts';

export interface FirstVisit {
	urlPath: string;
	html: Size;
	css: Size;
	js: Size;
	/** URL paths of the JS modules loaded before any interaction. */
	jsModules: string[];
}

/**
 * What a first visit of a built page downloads before any interaction: its HTML, its stylesheets
 * (print ones excluded) and the JS module graph of its scripts, inline scripts included.
 * `urlPath` is the page's path in the site (`/zh-cn/cases/x/`), served from `distDir`.
 */
export function measureFirstVisit(distDir: string, urlPath: string, readModule: (urlPath: string) => string): FirstVisit {
	const html = readFileSync(join(distDir, urlPath, 'index.html'), 'utf8');
	const dom = parse(html);
	const entries = dom.querySelectorAll('script[type="module"][src], link[rel="modulepreload"]').map((el) => el.getAttribute('src') ?? el.getAttribute('href')!);
	// Inline module scripts may import chunks too.
	const inlineImports = dom.querySelectorAll('script[type="module"]:not([src])').flatMap((el) => listImports(el.textContent, urlPath).static);
	const jsModules = getStaticClosure([...entries, ...inlineImports], readModule);
	const stylesheets = dom
		.querySelectorAll('link[rel="stylesheet"]')
		.filter((el) => !/\bprint\b/.test(el.getAttribute('media') ?? '') && !el.getAttribute('href')!.includes('print'))
		.map((el) => el.getAttribute('href')!);
	const inlineJs = measure(
		dom
			.querySelectorAll('script:not([src])')
			.filter((el) => !/json/.test(el.getAttribute('type') ?? ''))
			.map((el) => el.textContent)
			.join('\n')
	);
	const sizeOf = (path: string) => measure(readFileSync(join(distDir, path)));
	return {
		urlPath,
		html: measure(html),
		css: sumSizes(stylesheets.map(sizeOf)),
		js: sumSizes([...jsModules.map((path) => measure(readModule(path))), inlineJs]),
		jsModules,
	};
}
