import {
	buildCaseCharts,
	buildCaseEmbedCode,
	buildCaseHead,
	buildCaseHeadings,
	buildCaseReport,
	buildCaseSearchData,
	buildCaseTagGroups,
	buildEmbedTitle,
	getCasePageUrl,
} from '../lib/cases/case-page.ts';
import { toCaseCard, type CaseCard } from '../lib/corpus/case-card.ts';
import { getRelatedCases, type RelatedCase } from '../lib/corpus/related.ts';
import { localeToLang, locales, type Locale } from '../lib/i18n/locales.ts';
import { uiText } from '../lib/i18n/ui-text.ts';
import { urls } from '../lib/urls.ts';
import type { RenderedCaseBody } from '../lib/content/render-case-body.ts';
import type { SimilarityFacet } from '../lib/corpus/corpus.ts';
import { getCaseView, getCorpus, getSiteLocation } from './corpus.ts';
import { getPageCacheKeys } from './page-cache-keys.ts';

/** `getStaticPaths` of `/{locale}/cases/{slug}/`: every case in every locale, with fallbacks. */
export async function getCasePagePaths() {
	const [{ routes, index }, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
	const { site, base } = getSiteLocation();
	// Old slugs (redirectFrom) keep their URLs: a small page that sends readers on.
	const redirects = index.cases.flatMap((item) =>
		(item.data.redirectFrom ?? []).flatMap((old) =>
			locales.map((locale) => {
				const path = urls.case(base, locale, item.slug);
				const redirect = { path, url: urls.absolute(path, site) };
				return { params: { locale, slug: old }, props: { redirect, route: undefined }, cacheKey: path };
			})
		)
	);
	// A case page shows the case and its related cases as cards: re-rendered when one of them changes.
	const pages = routes.map((route) => ({
		params: { locale: route.locale, slug: route.slug },
		props: { route, redirect: undefined },
		cacheKey: keys.forCases([route.slug, ...relatedCasesOf(route.slug, index).map((related) => related.slug)]),
	}));
	return [...pages, ...redirects];
}

/** The view and the rendered body of one case page: HTML parts and chart slots, with the report's headings. */
async function getCaseBody(route: { locale: Locale; slug: string; entryId: string }) {
	const { entries } = await getCorpus();
	const entry = entries.get(route.entryId);
	if (!entry) throw new Error(`Case entry "${route.entryId}" disappeared during the build`);
	// The cases loader stores every body it renders here: without it the page would be an empty report.
	const body = entry.rendered?.metadata as Partial<RenderedCaseBody> | undefined;
	if (!body?.parts || !body.headings) {
		throw new Error(
			`Case entry "${route.entryId}" has no rendered body (rendered.metadata.parts/headings): src/loaders/cases-loader.ts stores it, so the content cache is stale: delete node_modules/.astro and build again`
		);
	}
	return { view: await getCaseView(route.slug, route.locale), parts: body.parts, headings: body.headings };
}

/**
 * Everything a case page shows, ready to render: the view, Starlight's frontmatter (head tags with
 * JSON-LD and the social card) and table of contents, the charts (and those the report places),
 * tag links, related cases and the embed code.
 */
export async function getCasePageView(route: { locale: Locale; slug: string; entryId: string }) {
	const location = getSiteLocation();
	const { view, parts, headings } = await getCaseBody(route);
	const related = await getRelatedCaseCards(view.slug, view.locale);
	const charts = buildCaseCharts(view);
	return {
		view,
		frontmatter: {
			title: view.title,
			description: view.description,
			// An untranslated fallback carries the other language's text: keep it out of this language's index.
			pagefind: !view.isFallback,
			head: buildCaseHead(view, location),
		},
		headings: buildCaseHeadings(view, { reportHeadings: headings, hasCharts: charts.length > 0, hasRelated: related.length > 0 }),
		charts,
		report: buildCaseReport(view, parts),
		tagGroups: buildCaseTagGroups(view, location.base),
		industryLinks: view.industries.map((industry) => ({ ...industry, href: urls.tag(location.base, view.locale, industry.id) })),
		related,
		search: buildCaseSearchData(view),
		embed: buildCaseEmbedCode(view, location),
		pageUrl: getCasePageUrl(view, location),
	};
}

export type CasePageView = Awaited<ReturnType<typeof getCasePageView>>;

/** `getStaticPaths` of `/{locale}/embed/{slug}/`: every case in every locale, re-rendered when the case changes. */
export async function getEmbedPaths() {
	const [{ routes }, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
	return routes.map((route) => ({ params: { locale: route.locale, slug: route.slug }, cacheKey: keys.forCases([route.slug]) }));
}

/** What a case's embed shows: its key figures and charts, the link back to the case (also its canonical URL), its title and language. */
export async function getEmbedView(locale: Locale, slug: string) {
	const view = await getCaseView(slug, locale);
	return {
		view,
		lang: localeToLang(locale),
		title: buildEmbedTitle(view),
		caseUrl: getCasePageUrl(view, getSiteLocation()),
		charts: buildCaseCharts(view),
	};
}

export interface RelatedCaseCard {
	card: CaseCard;
	/** Why it is related: shared tags with their facet, strongest first. */
	reasons: { facet: SimilarityFacet; label: string }[];
	/** The reasons as the reader reads them: "also uses Approvals · also in Southeast Asia". */
	reasonText: string;
}

/** Related cases do not depend on the language: scored once per case, not once per page. */
const relatedBySlug = new Map<string, RelatedCase[]>();

/** The three cases most like this one, with the reasons, for the reader's language. */
async function getRelatedCaseCards(slug: string, locale: Locale): Promise<RelatedCaseCard[]> {
	const { index, tagsById } = await getCorpus();
	const lang = localeToLang(locale);
	const base = import.meta.env.BASE_URL;
	return Promise.all(
		relatedCasesOf(slug, index).map(async (item) => {
			const reasons = item.reasons.map((reason) => ({ facet: reason.facet, label: tagsById.get(reason.id)?.label[lang] ?? reason.id }));
			return {
				card: toCaseCard(await getCaseView(item.slug, locale), base),
				reasons,
				// Unescaped (Starlight's t() would escape "R&D" to "R&amp;D" and Astro again): Astro escapes it once.
				reasonText: reasons.map((reason) => uiText(locale, `related.${reason.facet}`, { tag: reason.label })).join(' · '),
			};
		})
	);
}

function relatedCasesOf(slug: string, index: Parameters<typeof getRelatedCases>[1]): RelatedCase[] {
	let related = relatedBySlug.get(slug);
	if (!related) relatedBySlug.set(slug, (related = getRelatedCases(slug, index)));
	return related;
}
