import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeToLang, locales, type Locale } from '../../lib/i18n/locales.ts';
import { uiText } from '../../lib/i18n/ui-text.ts';
import { feedChannelData, feedNamespaces, toFeedItem } from '../../lib/sharing/feed.ts';
import { urls } from '../../lib/urls.ts';
import { getFeedCases } from '../../queries/feed.ts';

/**
 * `/{locale}/rss.xml`: the newest cases written in the language (src/lib/sharing/feed.ts says
 * which and why). @astrojs/rss escapes every value for XML.
 */
export function getStaticPaths() {
	return locales.map((locale) => ({ params: { locale } }));
}

export async function GET(context: APIContext) {
	const locale = context.params.locale as Locale;
	const base = import.meta.env.BASE_URL;
	const site = context.site ?? new URL(context.url.origin);
	const absolute = (path: string) => new URL(path, site).href;
	const views = await getFeedCases(locale);
	return rss({
		title: uiText(locale, 'root.title'),
		description: uiText(locale, 'cases.description'),
		site: absolute(urls.home(base, locale)),
		xmlns: feedNamespaces,
		items: views.map((view) => toFeedItem(view, absolute(urls.case(base, locale, view.slug)))),
		customData: feedChannelData({ lang: localeToLang(locale), selfUrl: absolute(urls.feed(base, locale)) }),
	});
}
