import { isLocale } from '../lib/i18n/locales.ts';
import { getLanguageBadge } from '../lib/corpus/language-badge.ts';
import { uiText } from '../lib/i18n/ui-text.ts';
import { urls } from '../lib/urls.ts';
import { getCaseCards, getCaseView, getCorpus } from './corpus.ts';
import { getUsedTags } from './tags.ts';

/** How much of each the front door shows; fixed, so the home page never grows with the corpus. */
const limits = { figures: 4, newest: 3, tags: 12 };

/**
 * The front door of a language: corpus totals, one headline figure per outcome category (from the
 * newest case that reports one, categories with the most cases first), the newest cases, and the
 * industries and capabilities with the most cases.
 */
export async function getFrontDoor(locale: string) {
	// Its component sits in Starlight's MDX home pages, which pass the locale as a plain string.
	if (!isLocale(locale)) throw new Error(`<FrontDoor locale="${locale}">: not a site locale`);
	const { index } = await getCorpus();
	const base = import.meta.env.BASE_URL;
	const industries = await getUsedTags(locale, 'industries');
	const outcomes = await getUsedTags(locale, 'outcomes');
	const figures = await Promise.all(
		outcomes.slice(0, limits.figures).map(async (tag) => {
			// The tag index lists cases newest first: the first one reports a figure in this category.
			const slug = index.tagIndex.get(tag.id)![0]!;
			const metric = index.bySlug.get(slug)!.data.metrics.find((candidate) => candidate.category === tag.id)!;
			const view = await getCaseView(slug, locale);
			const shown = view.metrics.find((candidate) => candidate.id === metric.id)!;
			return {
				category: tag.label,
				value: shown.value,
				label: shown.label,
				company: view.company.name,
				lang: view.contentLang,
				languageBadge: getLanguageBadge(locale, view.contentLocale),
				href: urls.metric(base, locale, slug, metric.id),
				direction: shown.direction,
			};
		})
	);
	return {
		// "1 case · 2 industries · 6 figures": each count with its own plural form.
		stats: [
			uiText(locale, 'cases.count', { count: index.cases.length }),
			uiText(locale, 'home.industries', { count: industries.length }),
			uiText(locale, 'home.figures', { count: index.cases.reduce((sum, item) => sum + item.data.metrics.length, 0) }),
		].join(' · '),
		figures,
		newest: await getCaseCards(
			index.cases.slice(0, limits.newest).map((item) => item.slug),
			locale
		),
		industries: industries.slice(0, limits.tags),
		capabilities: (await getUsedTags(locale, 'capabilities')).slice(0, limits.tags),
		casesHref: urls.cases(base, locale),
		tagsHref: urls.tags(base, locale),
	};
}
