import type { Metric } from '../../schemas/metric.ts';
import type { SiteLocation } from '../cases/case-page.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { getChartLabels } from '../metrics/chart-labels.ts';
import { buildChartSpec, type ChartSpec, type MetricChartKind } from '../metrics/chart-spec.ts';
import { breadcrumbJsonLd, jsonLdHead, tagPageJsonLd } from '../sharing/json-ld.ts';
import { buildTagPageHead, type TagShareText } from '../sharing/tag-sharing.ts';
import { urls } from '../urls.ts';

/**
 * The computed parts of a tag page (`/{locale}/tags/{tag}/`, later pages `page/{n}/`): comparison
 * charts, head tags, title and table of contents. Pure: the query passes what it read.
 */

/** One outcome compared across this page's cases, each entry's figure as the reader's version of its case words it. */
export interface TagComparison {
	category: string;
	kind: MetricChartKind;
	title: string;
	entries: { slug: string; company: string; metric: Metric }[];
}

/** A chart per comparison: one row per case ("PayerMax · Response speed"), linked to that figure on its case page. */
export function buildTagComparisonCharts(comparisons: readonly TagComparison[], locale: Locale, base: string): ChartSpec[] {
	const labels = getChartLabels(locale);
	return comparisons.map((comparison) =>
		buildChartSpec({
			id: `compare-${comparison.category}-${comparison.kind}`,
			kind: comparison.kind,
			metrics: comparison.entries.map((entry) => entry.metric),
			locale,
			labels,
			title: comparison.title,
			subtitle: uiText(locale, 'tag.comparisonNote'),
			rowId: (_metric, index) => `${comparison.entries[index]!.slug}-${comparison.entries[index]!.metric.id}`,
			rowLabel: (metric, index) => `${comparison.entries[index]!.company} · ${metric.label}`,
			rowHref: (metric, index) => urls.metric(base, locale, comparison.entries[index]!.slug, metric.id),
		})
	);
}

/**
 * Head entries of a tag page: CollectionPage and breadcrumb JSON-LD, and its own title, og:type and
 * card (a shared tag link says what the tag holds, src/lib/sharing/tag-sharing.ts).
 */
export function buildTagHead(
	tag: { id: string; label: string; description: string | undefined; share: TagShareText; cases: { title: string; href: string }[] },
	options: SiteLocation & { locale: Locale; page: number; pages: number }
) {
	const { locale, base, page, pages } = options;
	const structuredData = [
		tagPageJsonLd({
			name: tag.label,
			description: tag.description,
			url: urls.absolute(urls.tag(base, locale, tag.id, page), options.site),
			lang: localeToLang(locale),
			cases: tag.cases.map((card) => ({ name: card.title, url: urls.absolute(card.href, options.site) })),
		}),
		breadcrumbJsonLd([
			{ name: uiText(locale, 'nav.home'), url: urls.absolute(urls.home(base, locale), options.site) },
			{ name: uiText(locale, 'nav.tags'), url: urls.absolute(urls.tags(base, locale), options.site) },
			{ name: tag.label, url: urls.absolute(urls.tag(base, locale, tag.id), options.site) },
		]),
	].map(jsonLdHead);
	const cardUrl = urls.absolute(urls.tagCard(base, locale, tag.id), options.site);
	return [...structuredData, ...buildTagPageHead({ text: tag.share, siteName: uiText(locale, 'root.title'), locale, page, pages, cardUrl })];
}

/** The tag page's table of contents: its case list, then the comparison and related tags when it has them. */
export function buildTagHeadings(locale: Locale, options: { hasComparison: boolean; hasRelatedTags: boolean }) {
	return [
		{ depth: 2, slug: 'tag-cases', text: uiText(locale, 'tag.caseList') },
		...(options.hasComparison ? [{ depth: 2, slug: 'tag-comparison', text: uiText(locale, 'tag.comparison') }] : []),
		...(options.hasRelatedTags ? [{ depth: 2, slug: 'related-tags', text: uiText(locale, 'tag.relatedTags') }] : []),
	];
}
