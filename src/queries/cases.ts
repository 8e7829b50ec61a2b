import { toCaseCard, type CaseCard } from '../lib/corpus/case-card.ts';
import { getRelatedCases, type RelatedCase } from '../lib/corpus/related.ts';
import { localeToLang, locales, type Locale } from '../lib/i18n/locales.ts';
import { urls } from '../lib/urls.ts';
import type { RenderedCaseBody } from '../lib/content/render-case-body.ts';
import type { SimilarityFacet } from '../lib/corpus/corpus.ts';
import { getCaseView, getCorpus } from './corpus.ts';
import { getPageCacheKeys } from './page-cache-keys.ts';

/** `getStaticPaths` of `/{locale}/cases/{slug}/`: every case in every locale, with fallbacks. */
export async function getCasePagePaths() {
	const [{ routes, index }, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
	const base = import.meta.env.BASE_URL;
	// Old slugs (redirectFrom) keep their URLs: a small page that sends readers on.
	const redirects = index.cases.flatMap((item) =>
		(item.data.redirectFrom ?? []).flatMap((old) =>
			locales.map((locale) => {
				const redirect = urls.case(base, locale, item.slug);
				return { params: { locale, slug: old }, props: { redirect }, cacheKey: redirect };
			})
		)
	);
	// A case page shows the case and its related cases as cards: re-rendered when one of them changes.
	const pages = routes.map((route) => ({
		params: { locale: route.locale, slug: route.slug },
		props: { route },
		cacheKey: keys.forCases([route.slug, ...relatedCasesOf(route.slug, index).map((related) => related.slug)]),
	}));
	return [...pages, ...redirects];
}

/** The view and the rendered body of one case page: HTML parts and chart slots, with the report's headings. */
export async function getCasePage(route: { locale: Locale; slug: string; entryId: string }) {
	const { entries } = await getCorpus();
	const entry = entries.get(route.entryId);
	if (!entry) throw new Error(`Case entry "${route.entryId}" disappeared during the build`);
	const body = entry.rendered?.metadata as Partial<RenderedCaseBody> | undefined;
	return { view: await getCaseView(route.slug, route.locale), parts: body?.parts ?? [], headings: body?.headings ?? [] };
}

export interface RelatedCaseCard {
	card: CaseCard;
	/** Why it is related: shared tags with their facet, strongest first. */
	reasons: { facet: SimilarityFacet; label: string }[];
}

/** Related cases do not depend on the language: scored once per case, not once per page. */
const relatedBySlug = new Map<string, RelatedCase[]>();

/** The three cases most like this one, with the reasons, for the reader's language. */
export async function getRelatedCaseCards(slug: string, locale: Locale): Promise<RelatedCaseCard[]> {
	const { index, tagsById } = await getCorpus();
	const lang = localeToLang(locale);
	const base = import.meta.env.BASE_URL;
	return Promise.all(
		relatedCasesOf(slug, index).map(async (item) => ({
			card: toCaseCard(await getCaseView(item.slug, locale), base),
			reasons: item.reasons.map((reason) => ({ facet: reason.facet, label: tagsById.get(reason.id)?.label[lang] ?? reason.id })),
		}))
	);
}

function relatedCasesOf(slug: string, index: Parameters<typeof getRelatedCases>[1]): RelatedCase[] {
	let related = relatedBySlug.get(slug);
	if (!related) relatedBySlug.set(slug, (related = getRelatedCases(slug, index)));
	return related;
}
