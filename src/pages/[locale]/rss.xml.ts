import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { localeToLang, locales, type Locale } from '../../lib/i18n/locales.ts';
import { escapeHtml } from '../../lib/sharing/escape-html.ts';
import { urls } from '../../lib/urls.ts';
import { getCaseView, getCorpus } from '../../queries/corpus.ts';

/**
 * The newest cases of a language as RSS; bounded, so the feed never grows with the corpus.
 * @astrojs/rss escapes every value for XML. An item's `<description>` is HTML to feed readers
 * (RSS 2.0: entity-encoded HTML), so its text is also escaped as HTML: a description such as
 * `<img src=x onerror=…>` reads as those characters. Titles and categories are plain text.
 */
const feedSize = 30;

export function getStaticPaths() {
	return locales.map((locale) => ({ params: { locale } }));
}

export async function GET(context: APIContext) {
	const locale = context.params.locale as Locale;
	const lang = localeToLang(locale);
	const strings = ((await getCollection('i18n')).find((entry) => entry.id.toLowerCase() === lang.toLowerCase())?.data ?? {}) as Record<string, string>;
	const { index } = await getCorpus();
	const base = import.meta.env.BASE_URL;
	const site = context.site ?? new URL(context.url.origin);
	const items = await Promise.all(
		index.cases.slice(0, feedSize).map(async ({ slug }) => {
			const view = await getCaseView(slug, locale);
			const headline = view.metrics[0];
			return {
				title: view.title,
				link: new URL(urls.case(base, locale, slug), site).href,
				pubDate: new Date(`${view.reportDate.iso}T00:00:00Z`),
				description: escapeHtml(headline ? `${view.description} ${headline.value} ${headline.label}` : view.description),
				categories: view.industries.map((tag) => tag.label),
			};
		})
	);
	return rss({
		title: strings['root.title'] ?? 'Customer case reports',
		description: strings['cases.description'] ?? '',
		site: new URL(urls.home(base, locale), site).href,
		items,
		customData: `<language>${lang}</language>`,
	});
}
