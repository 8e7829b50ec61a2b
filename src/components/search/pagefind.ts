/**
 * Pagefind's browser API as this site uses it (the parts its own search dialog and the cases
 * browser call), and its loader: one definition for both client elements. Pagefind's bundle is
 * generated with the site, so it is imported from the built site's `pagefind/` folder at run time.
 */

/** What a result's `data()` resolves to: its URL, excerpt text and the page's `data-pagefind-meta`. */
export interface PagefindData {
	url: string;
	content: string;
	meta: Record<string, string>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}

export interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}

/** Loads and starts Pagefind from the site at `base` (`/` or `/repo/`), with `options` (e.g. ranking) set before it starts. */
export async function loadPagefind(base: string, options?: object): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
	if (options) await pagefind.options(options);
	await pagefind.init();
	return pagefind;
}
