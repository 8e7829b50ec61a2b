import type { CaseView } from '../lib/cases/case-view.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { selectFeedCases } from '../lib/sharing/feed.ts';
import { getCaseView, getCorpus } from './corpus.ts';

/** The cases of the feed of `locale` (written or translated in it, newest first, bounded), as views in that language. */
export async function getFeedCases(locale: Locale): Promise<CaseView[]> {
	const { routes, index } = await getCorpus();
	const candidates = routes
		.filter((route) => route.locale === locale)
		.map((route) => ({ slug: route.slug, contentLocale: route.contentLocale, reportDate: index.bySlug.get(route.slug)!.data.reportDate }));
	return Promise.all(selectFeedCases(candidates, locale).map((candidate) => getCaseView(candidate.slug, locale)));
}
