import { formatSpreadValue } from '../lib/corpus/format-spread.ts';
import { getOutcomeSpreads } from '../lib/corpus/outcomes.ts';
import { buildTagCountChart } from '../lib/corpus/tag-count-chart.ts';
import { localeToLang, type Locale } from '../lib/i18n/locales.ts';
import { joinSentences, toSentence, uiText, type UiTextKey } from '../lib/i18n/ui-text.ts';
import { listingSearchWeight } from '../lib/search/weights.ts';
import { urls } from '../lib/urls.ts';
import { getCaseCards, getCorpus } from './corpus.ts';
import { getOpenDataDownloads } from './open-data.ts';
import { getUsedTags } from './tags.ts';

/** Cases shown under each unmet need; the rest are on the need's tag page. */
const casesPerGap = 5;

/** The page's sections, in order: the id of each heading and its UI string. */
const sectionTitles = {
	'insights-industries': 'insights.byIndustry',
	'insights-capabilities': 'insights.byCapability',
	'insights-gaps': 'insights.gaps',
	'insights-spread': 'insights.spread',
	'insights-download': 'insights.download',
} as const;

/**
 * The insights page, ready to render: cases per industry and capability (as chart specs), the most
 * frequent gaps with their first cases, the spread of results per outcome with every value
 * formatted in the reader's language, and the open data downloads (`site` sizes their links).
 */
export async function getInsightsPage(locale: Locale) {
	const { index, tagsById } = await getCorpus();
	const lang = localeToLang(locale);
	const base = import.meta.env.BASE_URL;
	const say = (key: UiTextKey) => uiText(locale, key);
	const countText = (count: number) => uiText(locale, 'cases.count', { count });
	const heading = (id: keyof typeof sectionTitles) => ({ id, title: say(sectionTitles[id]) });
	const countChart = async (section: 'insights-industries' | 'insights-capabilities', facet: 'industries' | 'capabilities') => {
		const { id, title } = heading(section);
		return { id, title, spec: buildTagCountChart({ id: `${id}-chart`, title, column: say(`facet.${facet}`), locale, tags: await getUsedTags(locale, facet) }) };
	};
	const gaps = await Promise.all(
		(await getUsedTags(locale, 'gaps')).map(async (gap) => {
			const cases = await getCaseCards((index.tagIndex.get(gap.id) ?? []).slice(0, casesPerGap), locale);
			// The cases not shown are on the need's tag page: "… 12 cases".
			return { ...gap, cases, more: gap.count > cases.length ? countText(gap.count) : undefined };
		})
	);
	return {
		frontmatter: { searchWeight: listingSearchWeight, title: say('insights.title'), description: say('insights.description') },
		headings: Object.entries(sectionTitles).map(([slug, key]) => ({ depth: 2, slug, text: say(key) })),
		// "… 的结果分布。1 个案例。" / "… by outcome. 1 case.": each sentence ends in its language's stop.
		intro: joinSentences([toSentence(say('insights.description'), locale), toSentence(countText(index.cases.length), locale)], locale),
		charts: [await countChart('insights-industries', 'industries'), await countChart('insights-capabilities', 'capabilities')],
		gaps: { ...heading('insights-gaps'), rows: gaps },
		spreads: {
			...heading('insights-spread'),
			rows: getOutcomeSpreads(index).map((spread) => ({
				category: spread.category,
				measure: spread.measure,
				label: tagsById.get(spread.category)?.label[lang] ?? spread.category,
				href: urls.tag(base, locale, spread.category),
				measureLabel: say(`insights.measure.${spread.measure}`),
				cases: spread.cases,
				min: formatSpreadValue(spread.measure, spread.min, locale),
				median: formatSpreadValue(spread.measure, spread.median, locale),
				max: formatSpreadValue(spread.measure, spread.max, locale),
			})),
		},
		downloads: { ...heading('insights-download'), files: downloadsText(locale, await getOpenDataDownloads(locale)) },
	};
}

/** The download links with their format and size in words: "JSON, 12.3 KB". */
function downloadsText(locale: Locale, files: Awaited<ReturnType<typeof getOpenDataDownloads>>) {
	const formatText = (format: string, size: string) => uiText(locale, 'insights.downloadFormat', { format, size });
	return {
		casesJson: { href: files.casesJson.href, format: formatText('JSON', files.casesJson.size) },
		casesJsonSchema: { href: files.casesJsonSchema.href },
		metricsCsv: { href: files.metricsCsv.href, format: formatText('CSV', files.metricsCsv.size) },
	};
}

export type InsightsPage = Awaited<ReturnType<typeof getInsightsPage>>;
