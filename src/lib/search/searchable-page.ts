import { locales, type Locale } from '../i18n/locales.ts';
import { urls } from '../urls.ts';

/**
 * The kinds of page a reader searches for: the reports, and the pages that gather them by tag, by
 * industry and across the corpus. Everything else stays out of the index, however Starlight marks
 * it: the home page and the cases list only repeat case titles (each case is its own result), the
 * tag index only repeats tag names (each tag is its own page), and the contribute and translation
 * status pages are for authors (their glossary names every tag, so they matched every query).
 * A new page type is out of search until it is added here.
 */
export const readerPageKinds = ['case', 'tag', 'industries', 'insights'] as const;
export type ReaderPageKind = (typeof readerPageKinds)[number];

/** Stands for one path segment (a slug, a tag id) in the URL patterns below. */
const segment = '\u0000';
const pathOf: Record<ReaderPageKind, (locale: Locale) => string> = {
	case: (locale) => urls.case('/', locale, segment),
	tag: (locale) => urls.tag('/', locale, segment),
	industries: (locale) => urls.industries('/', locale),
	insights: (locale) => urls.insights('/', locale),
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = readerPageKinds.flatMap((kind) =>
	locales.map((locale) => ({ kind, pattern: new RegExp(`^${escape(pathOf[kind](locale)).replace(segment, '[^/]+')}$`) }))
);

/**
 * The reader page kind of a built file (relative to the output folder, as `outputFileOf` names it:
 * `en/cases/payermax/index.html`), from the site's own URLs (src/lib/urls.ts); undefined for every
 * other page. Only the first page of a tag is one (`tags/x/page/2/` has a segment more).
 */
export function getReaderPageKind(file: string): ReaderPageKind | undefined {
	const normalised = file.split('\\').join('/');
	if (!normalised.endsWith('index.html')) return undefined;
	const path = `/${normalised.slice(0, -'index.html'.length)}`;
	return patterns.find(({ pattern }) => pattern.test(path))?.kind;
}

/**
 * Whether Starlight marked the page's `<main>` with `data-pagefind-body`: it does for every page
 * whose frontmatter leaves `pagefind` on, and not for untranslated fallbacks, later tag pages,
 * redirects or the 404. Only the first `<main>` start tag is read: it comes before any text a
 * contributor wrote, so no case text can mark a page.
 */
export function isMarkedForSearch(html: string): boolean {
	const main = /<main\b[^>]*>/i.exec(html)?.[0];
	return main !== undefined && /\sdata-pagefind-body(?=[\s=>])/i.test(main);
}

/** Whether a built page goes into the search index: a reader page kind, and marked for search. */
export function isSearchablePage(file: string, html: string): boolean {
	return getReaderPageKind(file) !== undefined && isMarkedForSearch(html);
}
