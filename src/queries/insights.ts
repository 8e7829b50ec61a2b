import { getOutcomeSpreads } from '../lib/corpus/outcomes.ts';
import { localeToLang, type Locale } from '../lib/i18n/locales.ts';
import { urls } from '../lib/urls.ts';
import { getCaseCards, getCorpus } from './corpus.ts';
import { getUsedTags } from './tags.ts';

/** Cases shown under each unmet need; the rest are on the need's tag page. */
const casesPerGap = 5;

/** The insights page: cases per industry and capability, the most frequent gaps with their cases, and the spread of results per outcome. */
export async function getInsights(locale: Locale) {
	const { index, tagsById } = await getCorpus();
	const lang = localeToLang(locale);
	const base = import.meta.env.BASE_URL;
	const gaps = await Promise.all(
		(await getUsedTags(locale, 'gaps')).map(async (gap) => ({
			...gap,
			cases: await getCaseCards((index.tagIndex.get(gap.id) ?? []).slice(0, casesPerGap), locale),
		}))
	);
	return {
		total: index.cases.length,
		industries: await getUsedTags(locale, 'industries'),
		capabilities: await getUsedTags(locale, 'capabilities'),
		gaps,
		spreads: getOutcomeSpreads(index).map((spread) => ({
			...spread,
			label: tagsById.get(spread.category)?.label[lang] ?? spread.category,
			href: urls.tag(base, locale, spread.category),
		})),
	};
}
