import type { CaseBodyPart } from '../content/render-case-body.ts';
import { getHeadline } from '../corpus/case-card.ts';
import { uiText, type UiTextKey } from '../i18n/ui-text.ts';
import { getChartLabels } from '../metrics/chart-labels.ts';
import { buildCaseChartSpecs, buildChartSpecs, type ChartSpec } from '../metrics/chart-spec.ts';
import { getSharedChartGroup, selectMetrics } from '../metrics/select-metrics.ts';
import { buildEmbedSnippet, estimateEmbedHeight } from '../sharing/embed-snippet.ts';
import { breadcrumbJsonLd, caseJsonLd, jsonLdHead } from '../sharing/json-ld.ts';
import { socialCardHead } from '../sharing/social-card-head.ts';
import type { Facet } from '../taxonomy/facets.ts';
import { urls } from '../urls.ts';
import type { CaseView } from './case-view.ts';

/**
 * The parts of a case page that are computed rather than written: head tags, the table of contents,
 * charts, tag links and the embed code. Pure: the query passes the site's URL and base path, and
 * every word comes from the UI strings of the reader's language.
 */

/** Where the site lives: `site` is the absolute origin (SITE_URL), `base` Astro's BASE_URL. */
export interface SiteLocation {
	site: string | URL;
	base: string;
}

export interface PageHeading {
	depth: number;
	slug: string;
	text: string;
}

/** A piece of a case's report: HTML the body renderer produced, or the charts an author placed with `<MetricChart>`. */
export type CaseReportPart = { html: string } | { charts: ChartSpec[] };

export interface TagLink {
	id: string;
	label: string;
	href: string;
}

/** The charts every case page shows of its figures (percent changes, multiples, time), in the reader's words. */
export function buildCaseCharts(view: CaseView): ChartSpec[] {
	return buildCaseChartSpecs(view.metricData, view.contentLocale, getChartLabels(view.locale, view.contentLocale));
}

/**
 * The report's parts with each `<MetricChart ids={…}>` slot turned into its charts. An id the case
 * does not have, or figures that share no axis, fail the build naming the file (the checker
 * reports them first; this is the last guard).
 */
export function buildCaseReport(view: CaseView, parts: readonly CaseBodyPart[]): CaseReportPart[] {
	const where = { file: view.file, component: 'MetricChart' };
	const labels = getChartLabels(view.locale, view.contentLocale);
	return parts.map((part) => {
		if ('html' in part) return part;
		const metrics = selectMetrics(view.metricData, part.chart, where);
		getSharedChartGroup(metrics, where);
		return { charts: buildChartSpecs({ id: `chart-${part.chart.join('-')}`, metrics, locale: view.contentLocale, labels }) };
	});
}

/** The page's table of contents: its own sections around the report's headings. */
export function buildCaseHeadings(view: CaseView, options: { reportHeadings: PageHeading[]; hasCharts: boolean; hasRelated: boolean }): PageHeading[] {
	const text = (key: UiTextKey) => uiText(view.locale, key);
	return [
		{ depth: 2, slug: 'key-figures', text: text('case.keyFigures') },
		...(options.hasCharts ? [{ depth: 2, slug: 'metric-charts', text: text('metrics.charts') }] : []),
		{ depth: 2, slug: 'company-facts', text: text('case.companyFacts') },
		...options.reportHeadings,
		{ depth: 2, slug: 'case-tags', text: text('case.tags') },
		...(options.hasRelated ? [{ depth: 2, slug: 'related-cases', text: text('related.title') }] : []),
		{ depth: 2, slug: 'case-source', text: text('case.source') },
	];
}

/** Head entries of a case page: the Article and breadcrumb JSON-LD, and its social card with the first three figures as alt text. */
export function buildCaseHead(view: CaseView, location: SiteLocation) {
	const { base } = location;
	const pageUrl = urls.absolute(urls.case(base, view.locale, view.slug), location.site);
	const homeUrl = urls.absolute(urls.home(base, view.locale), location.site);
	const text = (key: UiTextKey) => uiText(view.locale, key);
	const structuredData = [
		caseJsonLd(view, { url: pageUrl, siteName: text('root.title'), siteUrl: homeUrl }),
		breadcrumbJsonLd([
			{ name: text('nav.home'), url: homeUrl },
			{ name: text('nav.cases'), url: urls.absolute(urls.cases(base, view.locale), location.site) },
			{ name: view.company.name, url: pageUrl },
		]),
	].map(jsonLdHead);
	const cardAlt = `${view.company.name}: ${view.metrics
		.slice(0, 3)
		.map((metric) => metric.text)
		.join(' · ')}`;
	return [...structuredData, ...socialCardHead(urls.absolute(urls.caseCard(base, view.locale, view.slug), location.site), cardAlt)];
}

/** The case's tags in groups (capabilities, challenges, unmet needs), each linking to its tag page; empty groups left out. */
export function buildCaseTagGroups(view: CaseView, base: string): { heading: string; tags: TagLink[] }[] {
	const link = (tag: { id: string; label: string }): TagLink => ({ id: tag.id, label: tag.label, href: urls.tag(base, view.locale, tag.id) });
	return [
		{ heading: uiText(view.locale, 'case.capabilities'), tags: view.capabilities.map(link) },
		{ heading: uiText(view.locale, 'case.challenges'), tags: view.challenges.map(link) },
		{ heading: uiText(view.locale, 'case.gaps'), tags: view.gaps.map(link) },
	].filter((group) => group.tags.length > 0);
}

/** "Embed": the HTML a partner pastes (absolute URLs: it runs on another site) and the embed's own address for a preview. */
export function buildCaseEmbedCode(view: CaseView, location: SiteLocation): { snippet: string; previewHref: string } {
	const previewHref = urls.embed(location.base, view.locale, view.slug);
	const snippet = buildEmbedSnippet({
		embedUrl: urls.absolute(previewHref, location.site),
		scriptUrl: urls.absolute(urls.embedScript(location.base), location.site),
		// The embed page's own title: what a screen reader announces for the frame.
		title: buildEmbedTitle(view),
		height: estimateEmbedHeight(view.metricData),
	});
	return { snippet, previewHref };
}

/** The embed page's title: the company and "Key figures" in the reader's language. */
export function buildEmbedTitle(view: CaseView): string {
	return `${view.company.name} · ${uiText(view.locale, 'case.keyFigures')}`;
}

/** The case page's absolute URL: canonical for the embed, printed under a printed page. */
export function getCasePageUrl(view: CaseView, location: SiteLocation): string {
	return urls.absolute(urls.case(location.base, view.locale, view.slug), location.site);
}

/**
 * What Pagefind records of a case besides its text (CasePagefindData.astro): filters by facet, named
 * in the reader's language (the cases browser's facets and the search's filter panel), the
 * industries and the headline figure (its card's) for result cards, and the names of its tags in every language with their aliases.
 */
export function buildCaseSearchData(view: CaseView) {
	const facet = (name: Facet) => uiText(view.locale, `facet.${name}`);
	const labels = (tags: readonly { label: string }[]) => tags.map((tag) => tag.label);
	return {
		filters: [
			{ name: facet('industries'), values: labels(view.industries) },
			{ name: facet('capabilities'), values: labels(view.capabilities) },
			{ name: facet('challenges'), values: labels(view.challenges) },
			{ name: facet('regions'), values: labels(view.company.regions) },
			{ name: facet('sizes'), values: [view.company.size.label] },
		],
		industries: labels(view.industries).join(' · '),
		terms: view.searchTerms.join(' · '),
		/** The figure search results and the cases browser show, the one its card shows. */
		headline: getHeadline(view),
	};
}
