import type { Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { getChartLabels } from '../metrics/chart-labels.ts';
import { buildCountChartSpec, type ChartSpec } from '../metrics/chart-spec.ts';

/** A used tag as the count charts list it: its label, its number of cases and its page. */
export interface CountedTag {
	id: string;
	label: string;
	count: number;
	href: string;
}

/**
 * The chart of cases per tag of one facet (insights, industries): one bar per tag, linked to its
 * page, the count in words in the table ("3 个案例" / "3 cases"), `column` heading the tags.
 */
export function buildTagCountChart(options: { id: string; title: string; column: string; locale: Locale; tags: readonly CountedTag[] }): ChartSpec {
	const { id, title, column, locale, tags } = options;
	return buildCountChartSpec({
		id,
		title,
		locale,
		labels: { ...getChartLabels(locale), metric: column },
		rows: tags.map((tag) => ({ id: tag.id, label: tag.label, count: tag.count, text: uiText(locale, 'cases.count', { count: tag.count }), href: tag.href })),
	});
}
