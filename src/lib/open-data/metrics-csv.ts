import type { CasesExport, OpenDataCase, OpenDataMetric } from '../../schemas/open-data.ts';
import { toCsv, type CsvCell } from './csv.ts';

interface MetricRow {
	entry: OpenDataCase;
	metric: OpenDataMetric;
}

/** The stated figure as one number and its unit, whatever its kind (before → after has two: see its own columns). */
function figureOf({ metric }: MetricRow): { value?: number; unit?: string; direction?: string; per?: string; each?: string } {
	if (metric.change) return { value: metric.change.value, unit: 'percent', direction: metric.change.direction };
	if (metric.multiplier) return { value: metric.multiplier.value, unit: 'times', direction: metric.multiplier.direction };
	if (metric.saved) return { value: metric.saved.value, unit: metric.saved.unit, per: metric.saved.per, each: metric.saved.each };
	if (metric.value) return { value: metric.value.value, unit: metric.value.unit };
	if (metric.money) return { value: metric.money.amount, unit: metric.money.currency, per: metric.money.per };
	return {};
}

/**
 * The columns of `/data/metrics.csv`, in order. One row per figure of each entry of cases.json
 * (a case in both languages has its figures twice, each with the label and the formatting of its
 * language): a spreadsheet filters one language with the locale column, and no cell has to hold
 * two languages. Numbers are unformatted; derived figures are those of cases.json.
 */
export const metricsCsvColumns: { header: string; cell: (row: MetricRow) => CsvCell }[] = [
	{ header: 'slug', cell: ({ entry }) => entry.slug },
	{ header: 'locale', cell: ({ entry }) => entry.locale },
	{ header: 'company', cell: ({ entry }) => entry.company.name },
	{ header: 'report_date', cell: ({ entry }) => entry.reportDate },
	{ header: 'metric_id', cell: ({ metric }) => metric.id },
	{ header: 'label', cell: ({ metric }) => metric.label },
	{ header: 'note', cell: ({ metric }) => metric.note },
	{ header: 'category_id', cell: ({ metric }) => metric.category.id },
	{ header: 'category_label', cell: ({ entry, metric }) => metric.category.label[entry.lang] },
	{ header: 'kind', cell: ({ metric }) => metric.kind },
	{ header: 'qualifier', cell: ({ metric }) => metric.qualifier },
	{ header: 'direction', cell: (row) => figureOf(row).direction },
	{ header: 'value', cell: (row) => figureOf(row).value },
	{ header: 'unit', cell: (row) => figureOf(row).unit },
	{ header: 'per', cell: (row) => figureOf(row).per },
	{ header: 'each', cell: (row) => figureOf(row).each },
	{ header: 'before_value', cell: ({ metric }) => metric.before?.value },
	{ header: 'before_unit', cell: ({ metric }) => metric.before?.unit },
	{ header: 'after_value', cell: ({ metric }) => metric.after?.value },
	{ header: 'after_unit', cell: ({ metric }) => metric.after?.unit },
	{ header: 'hours_before', cell: ({ metric }) => metric.derived.hoursBefore },
	{ header: 'hours_after', cell: ({ metric }) => metric.derived.hoursAfter },
	{ header: 'speedup', cell: ({ metric }) => metric.derived.speedup },
	{ header: 'percent_change', cell: ({ metric }) => metric.derived.percentChange },
	{ header: 'hours_per_year', cell: ({ metric }) => metric.derived.hoursPerYear },
	{ header: 'amount_per_year', cell: ({ metric }) => metric.derived.amountPerYear },
	{ header: 'formatted_value', cell: ({ entry, metric }) => metric.formatted[entry.lang].value },
	{ header: 'formatted_derived', cell: ({ entry, metric }) => metric.formatted[entry.lang].derived },
	{ header: 'url', cell: ({ metric }) => metric.url },
];

/** The rows of metrics.csv (header first) implied by a cases.json export, in its order. */
export function toMetricsCsvRows(data: CasesExport): CsvCell[][] {
	const rows = data.cases.flatMap((entry) => entry.metrics.map((metric) => ({ entry, metric })));
	return [metricsCsvColumns.map((column) => column.header), ...rows.map((row) => metricsCsvColumns.map((column) => column.cell(row)))];
}

/** `/data/metrics.csv`: UTF-8 with a byte order mark, RFC 4180. */
export function toMetricsCsv(data: CasesExport): string {
	return toCsv(toMetricsCsvRows(data));
}
