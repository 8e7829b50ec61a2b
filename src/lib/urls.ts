import type { Locale } from './i18n/locales.ts';

/**
 * Every internal URL the site builds, in one place (DESIGN.md §3 is a contract: marketing links
 * them). `base` is Astro's BASE_URL ("/" or "/sub-path/"). Page 1 of a list has no page segment.
 */
function join(base: string, path: string): string {
	return `${base.replace(/\/$/, '')}${path}`;
}

/**
 * Where `npm start` serves the built site (astro.config.mjs's server), and the origin of every
 * absolute URL (canonical, og:image, feeds, copied links) of a build without SITE_URL.
 */
export const previewHost = '127.0.0.1';
export const previewPort = 4321;
export const previewOrigin = `http://${previewHost}:${previewPort}`;

/** The id of a key figure's element on its case page, and its link's fragment: `metric-{id}`. */
const metricAnchor = (metricId: string) => `metric-${metricId}`;

const pagePath = (page: number) => (page > 1 ? `page/${page}/` : '');
const caseCardFile = (locale: Locale, slug: string) => `${locale}/cards/${slug}.png`;
const tagCardFile = (locale: Locale, tagId: string) => `${locale}/cards/tags/${tagId}.png`;
const notFoundFile = (locale: Locale) => `${locale}/404.html`;

/** An absolute URL of a path of the site on `site`, its origin (SITE_URL): canonical links, og:image, feeds, JSON-LD, open data. */
const absolute = (path: string, site: string | URL) => new URL(path, site).href;

export const urls = {
	absolute,
	home: (base: string, locale: Locale) => join(base, `/${locale}/`),
	cases: (base: string, locale: Locale, page = 1) => join(base, `/${locale}/cases/${pagePath(page)}`),
	case: (base: string, locale: Locale, slug: string) => join(base, `/${locale}/cases/${slug}/`),
	metric: (base: string, locale: Locale, slug: string, metricId: string) => join(base, `/${locale}/cases/${slug}/#${metricAnchor(metricId)}`),
	metricAnchor,
	tags: (base: string, locale: Locale) => join(base, `/${locale}/tags/`),
	tag: (base: string, locale: Locale, tagId: string, page = 1) => join(base, `/${locale}/tags/${tagId}/${pagePath(page)}`),
	insights: (base: string, locale: Locale) => join(base, `/${locale}/insights/`),
	industries: (base: string, locale: Locale) => join(base, `/${locale}/industries/`),
	/** Open data: every published case in both languages, its JSON Schema, and one row per figure. */
	casesJson: (base: string) => join(base, '/data/cases.json'),
	casesJsonSchema: (base: string) => join(base, '/data/cases.schema.json'),
	metricsCsv: (base: string) => join(base, '/data/metrics.csv'),
	feed: (base: string, locale: Locale) => join(base, `/${locale}/rss.xml`),
	/** Social cards: a case's, a tag's (in the reader's language) and the site's (both languages). */
	caseCard: (base: string, locale: Locale, slug: string) => join(base, `/${caseCardFile(locale, slug)}`),
	tagCard: (base: string, locale: Locale, tagId: string) => join(base, `/${tagCardFile(locale, tagId)}`),
	siteCard: (base: string) => join(base, '/cards/site.png'),
	/** Where a card lies in the output folder (`zh-cn/cards/acme.png`), as the card worker writes it. */
	caseCardFile,
	tagCardFile,
	/** Not a page: the words the site search corrects queries to (src/lib/search/vocabulary.ts). */
	searchVocabulary: (base: string, locale: Locale) => join(base, `/${locale}/search-vocabulary.json`),
	/** Not a page: the search dialog's words (src/lib/search/search-strings.ts). */
	searchStrings: (base: string, locale: Locale) => join(base, `/${locale}/search-strings.json`),
	embed: (base: string, locale: Locale, slug: string) => join(base, `/${locale}/embed/${slug}/`),
	/** A language's not-found page, where static hosts look for it (src/integrations/not-found-pages.ts copies it there). */
	notFound: (base: string, locale: Locale) => join(base, `/${notFoundFile(locale)}`),
	notFoundFile,
	/** The script a partner's page loads once to size the site's embeds to their content. */
	embedScript: (base: string) => join(base, '/embed.js'),
};
