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

/**
 * The `data-pagefind-meta` keys a case page records for the site's own search dialog and cases
 * browser (CasePagefindData.astro writes them; "_" keeps them apart from Pagefind's `title`).
 */
export const caseMetaKeys = {
	company: '_company',
	industry: '_industry',
	date: '_date',
	figure: '_figure',
	figureLabel: '_figureLabel',
	direction: '_direction',
	lang: '_lang',
	terms: '_terms',
	rank: '_rank',
} as const;

/** A case's meta as a result reads it; a page that is not a case (or a case without figures) lacks some. */
export type CaseMeta = { title?: string } & { -readonly [K in keyof typeof caseMetaKeys]?: string };

/** Reads a result's meta by the names CasePagefindData.astro wrote them under. */
export function readCaseMeta(data: PagefindData): CaseMeta {
	const meta: CaseMeta = { title: data.meta.title };
	for (const [name, key] of Object.entries(caseMetaKeys) as [keyof typeof caseMetaKeys, string][]) meta[name] = data.meta[key];
	return meta;
}

/** A count as the page's language writes numbers (`1,234`), in the cases browser and the search dialog alike. */
export function formatCount(count: number, lang: string): string {
	return new Intl.NumberFormat(lang).format(count);
}

/** Loads and starts Pagefind from the site at `base` (`/` or `/repo/`), with `options` (e.g. ranking) set before it starts. */
export async function loadPagefind(base: string, options?: object): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
	if (options) await pagefind.options(options);
	await pagefind.init();
	return pagefind;
}
