import { buildTagCountChart } from '../lib/corpus/tag-count-chart.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { joinSentences, toSentence, uiText, type UiTextKey } from '../lib/i18n/ui-text.ts';
import { listingSearchWeight } from '../lib/search/weights.ts';
import { getTagsIndex, getUsedTags } from './tags.ts';

/** The industries page: every industry (those without a case unlinked) and, once a case exists, the chart of cases per industry. */
export async function getIndustriesPage(locale: Locale) {
	const say = (key: UiTextKey) => uiText(locale, key);
	const industries = (await getTagsIndex(locale)).find((group) => group.facet === 'industries')!.tags;
	const used = await getUsedTags(locale, 'industries');
	return {
		frontmatter: { searchWeight: listingSearchWeight, title: say('nav.industries'), description: say('industries.description'), tableOfContents: false },
		// The description and the sort note as sentences: no space between Chinese ones.
		intro: joinSentences([toSentence(say('industries.description'), locale), toSentence(say('insights.sortNote'), locale)], locale),
		tags: industries,
		chart:
			used.length > 0
				? buildTagCountChart({ id: 'industries-chart', title: say('insights.byIndustry'), column: say('facet.industries'), locale, tags: used })
				: undefined,
	};
}
