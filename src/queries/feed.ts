import type { RSSOptions } from '@astrojs/rss';
import type { CaseView } from '../lib/cases/case-view.ts';
import { localeToLang, type Locale } from '../lib/i18n/locales.ts';
import { uiText } from '../lib/i18n/ui-text.ts';
import { feedChannelData, feedNamespaces, selectFeedCases, toFeedItem } from '../lib/sharing/feed.ts';
import { urls } from '../lib/urls.ts';
import { getCaseView, getCorpus, getSiteLocation } from './corpus.ts';

/** The cases of the feed of `locale` (written or translated in it, newest first, bounded), as views in that language. */
async function getFeedCases(locale: Locale): Promise<CaseView[]> {
	const { routes, index } = await getCorpus();
	const candidates = routes
		.filter((route) => route.locale === locale)
		.map((route) => ({ slug: route.slug, contentLocale: route.contentLocale, reportDate: index.bySlug.get(route.slug)!.data.reportDate }));
	return Promise.all(selectFeedCases(candidates, locale).map((candidate) => getCaseView(candidate.slug, locale)));
}

/**
 * The feed of `locale` as @astrojs/rss takes it: the channel, its items and their absolute links
 * (on the build's site).
 */
export async function getFeed(locale: Locale): Promise<RSSOptions> {
	const { site, base } = getSiteLocation();
	const absolute = (path: string) => urls.absolute(path, site);
	const views = await getFeedCases(locale);
	return {
		title: uiText(locale, 'root.title'),
		description: uiText(locale, 'cases.description'),
		site: absolute(urls.home(base, locale)),
		xmlns: feedNamespaces,
		items: views.map((view) => toFeedItem(view, absolute(urls.case(base, locale, view.slug)))),
		customData: feedChannelData({ lang: localeToLang(locale), selfUrl: absolute(urls.feed(base, locale)) }),
	};
}
