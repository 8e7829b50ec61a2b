import type { Metric } from '../../schemas/metric.ts';
import type { Locale } from '../i18n/locales.ts';
import { clampFinite, maxChartHours, maxChartPercent, minChartHours, minChartPercent, multiplierRange } from './bounds.ts';
import { deriveMetric } from './derive-metric.ts';
import { formatHours } from './format-duration.ts';
import { formatMetric } from './format-metric.ts';
import { toHours } from './units.ts';

/**
 * improvement: percent changes as horizontal bars on a percent axis; multiplier: factors (5×) on
 * an axis of their own, since 5× drawn as +400% reads as a different claim; time: durations in
 * hours; count: how many cases (insights across the corpus).
 */
export type ChartKind = 'improvement' | 'multiplier' | 'time' | 'count';
/** The kinds that chart metrics (counts chart cases). */
export type MetricChartKind = Exclude<ChartKind, 'count'>;

/** The words a chart needs, in the reader's language (from the UI strings). */
export interface ChartLabels {
	improvementTitle: string;
	multiplierTitle: string;
	timeTitle: string;
	metric: string;
	change: string;
	/** Column of a multiplier chart, e.g. "Multiple". */
	factor: string;
	before: string;
	after: string;
	saved: string;
	logScale: string;
	/** Column of a count chart, e.g. "Cases". */
	count: string;
	/** How a multiplier chart's axis writes a multiple: `{{factor}}` stands for the number ("{{factor}}×", "{{factor}} 倍"). */
	multiple: string;
}

/** One bar group: the numbers drawn and the same numbers as text for the table and tooltips. */
export interface ChartRow {
	id: string;
	label: string;
	/** Where the row's label links: the figure on its case page (default `#metric-{id}`). */
	href?: string;
	/** improvement: the percent change. */
	percent?: number;
	/** multiplier: how many times the quantity before (3× → 3; "3× less" → 1/3). */
	factor?: number;
	/** count: the number of cases. */
	count?: number;
	/** time: durations in hours; `null` where the row has no such bar. */
	beforeHours?: number | null;
	afterHours?: number | null;
	savedHours?: number | null;
	/** The figure as the reader sees it elsewhere: "↑80% 以上", "3 天", "每客户每周 1 小时". */
	text: { change?: string; before?: string; after?: string; saved?: string; count?: string };
}

/** Everything one chart shows, serialisable into a `data-*` attribute. */
export interface ChartSpec {
	id: string;
	kind: ChartKind;
	/** The language of the numbers and labels (the case file's). */
	locale: Locale;
	title: string;
	/** Shown under the title, e.g. what is compared. */
	subtitle?: string;
	logScale: boolean;
	labels: ChartLabels;
	rows: ChartRow[];
}

/** The chart a metric is drawn in. */
export function getChartKind(metric: Metric): MetricChartKind | undefined {
	if (metric.kind === 'change') return 'improvement';
	if (metric.kind === 'multiplier') return 'multiplier';
	if (metric.kind === 'before-after' || metric.kind === 'saved') return 'time';
	return undefined;
}

/**
 * Which figures an author may name together in one `<MetricChart>`: percent changes with
 * multipliers (drawn as one chart each, see `buildChartSpecs`), durations with time saved.
 */
export type ChartGroup = 'improvement' | 'time';

export function getChartGroup(metric: Metric): ChartGroup | undefined {
	const kind = getChartKind(metric);
	return kind === 'multiplier' ? 'improvement' : kind;
}

/**
 * A duration in hours as a chart draws it: inside 0.01 minute … 10 years, or `null` (no bar) when
 * it is not a positive finite number. The schema keeps real figures inside; this keeps a figure
 * that got past it from stretching an axis to 1e308 and hanging the reader's tab.
 */
export function toChartHours(hours: unknown): number | null {
	return typeof hours === 'number' && hours > 0 ? (clampFinite(hours, minChartHours, maxChartHours) ?? null) : null;
}

/** A percent change as a chart draws it: inside −100% … +99,900%, or undefined (no bar) when not finite. */
export function toChartPercent(percent: unknown): number | undefined {
	return clampFinite(percent, minChartPercent, maxChartPercent);
}

/** A factor as a chart draws it: inside 1/1000 … 1,000 (the schema's range), or undefined (no bar) when not a positive finite number. */
export function toChartFactor(factor: unknown): number | undefined {
	return typeof factor === 'number' && factor > 0 ? clampFinite(factor, multiplierRange.min, multiplierRange.max) : undefined;
}

/** 3× more → 3, 3× less → 1/3: the quantity after as a multiple of the one before. */
function factorOf(multiplier: NonNullable<Metric['multiplier']>): number {
	return multiplier.direction === 'down' ? 1 / multiplier.value : multiplier.value;
}

function toRow(metric: Metric, locale: Locale): ChartRow {
	const shown = formatMetric(metric, locale).value;
	if (metric.before && metric.after) {
		const before = toHours(metric.before.value, metric.before.unit);
		const after = toHours(metric.after.value, metric.after.unit);
		return {
			id: metric.id,
			label: metric.label,
			beforeHours: toChartHours(before),
			afterHours: toChartHours(after),
			savedHours: null,
			text: { before: formatHours(before, locale), after: formatHours(after, locale) },
		};
	}
	if (metric.saved) {
		return {
			id: metric.id,
			label: metric.label,
			beforeHours: null,
			afterHours: null,
			savedHours: toChartHours(toHours(metric.saved.value, metric.saved.unit)),
			text: { saved: shown },
		};
	}
	if (metric.multiplier) {
		const factor = toChartFactor(factorOf(metric.multiplier));
		return { id: metric.id, label: metric.label, ...(factor === undefined ? {} : { factor }), text: { change: shown } };
	}
	const percent = toChartPercent(deriveMetric(metric).percentChange);
	return { id: metric.id, label: metric.label, ...(percent === undefined ? {} : { percent }), text: { change: shown } };
}

/** The smallest and largest of `values` (a loop: spreading thousands of arguments into Math.min can overflow the stack). */
export function getExtent(values: readonly number[]): { min: number; max: number } | undefined {
	if (values.length === 0) return undefined;
	let min = Infinity;
	let max = -Infinity;
	for (const value of values) {
		if (value < min) min = value;
		if (value > max) max = value;
	}
	return { min, max };
}

/** A log axis once the longest duration is over 20 times the shortest (3 days vs 1 hour). */
function needsLogScale(rows: ChartRow[]): boolean {
	const hours = rows
		.flatMap((row) => [row.beforeHours, row.afterHours, row.savedHours])
		.filter((value): value is number => typeof value === 'number' && value > 0);
	const extent = getExtent(hours);
	return hours.length > 1 && extent !== undefined && extent.max / extent.min > 20;
}

/** Whether a metric gives a chart something finite to draw (the tag pages leave the others out of comparisons). */
export function hasChartValue(metric: Metric): boolean {
	if (metric.before && metric.after)
		return toChartHours(toHours(metric.before.value, metric.before.unit)) !== null && toChartHours(toHours(metric.after.value, metric.after.unit)) !== null;
	if (metric.saved) return toChartHours(toHours(metric.saved.value, metric.saved.unit)) !== null;
	if (metric.multiplier) return toChartFactor(factorOf(metric.multiplier)) !== undefined;
	return toChartPercent(deriveMetric(metric).percentChange) !== undefined;
}

/**
 * One chart of metrics of one kind, in the order given. `rowLabel` and `rowHref` relabel rows for
 * charts across cases ("PayerMax · Response speed", linked to that case's figure).
 */
export function buildChartSpec(options: {
	id: string;
	kind: MetricChartKind;
	metrics: Metric[];
	locale: Locale;
	labels: ChartLabels;
	title?: string;
	subtitle?: string;
	rowLabel?: (metric: Metric, index: number) => string;
	rowHref?: (metric: Metric, index: number) => string;
	rowId?: (metric: Metric, index: number) => string;
}): ChartSpec {
	const { id, kind, metrics, locale, labels } = options;
	const rows = metrics.map((metric, index) => ({
		...toRow(metric, locale),
		...(options.rowId ? { id: options.rowId(metric, index) } : {}),
		...(options.rowLabel ? { label: options.rowLabel(metric, index) } : {}),
		...(options.rowHref ? { href: options.rowHref(metric, index) } : {}),
	}));
	return {
		id,
		kind,
		locale,
		title: options.title ?? { improvement: labels.improvementTitle, multiplier: labels.multiplierTitle, time: labels.timeTitle }[kind],
		subtitle: options.subtitle,
		logScale: kind === 'time' && needsLogScale(rows),
		labels,
		rows,
	};
}

/** A chart of counts (cases per tag), each row linking to its tag page. */
export function buildCountChartSpec(options: {
	id: string;
	title: string;
	locale: Locale;
	labels: ChartLabels;
	rows: { id: string; label: string; count: number; text: string; href: string }[];
}): ChartSpec {
	return {
		id: options.id,
		kind: 'count',
		locale: options.locale,
		title: options.title,
		logScale: false,
		labels: options.labels,
		rows: options.rows.map((row) => ({
			id: row.id,
			label: row.label,
			href: row.href,
			count: clampFinite(row.count, 0, Number.MAX_SAFE_INTEGER) ?? 0,
			text: { count: row.text },
		})),
	};
}

const metricChartKinds = ['improvement', 'multiplier', 'time'] as const satisfies readonly MetricChartKind[];

/**
 * The charts a case page shows without the author doing anything: one of percent changes, one of
 * multipliers and one of time (before → after, time saved), each when the case has such figures.
 * Absolute values and money stay key figures only.
 */
export function buildCaseChartSpecs(metrics: Metric[], locale: Locale, labels: ChartLabels): ChartSpec[] {
	return metricChartKinds.flatMap((kind) => {
		const ofKind = metrics.filter((metric) => getChartKind(metric) === kind);
		return ofKind.length > 0 ? [buildChartSpec({ id: `chart-${kind}`, kind, metrics: ofKind, locale, labels })] : [];
	});
}

/**
 * The chart(s) of figures an author named together (`<MetricChart>`, one chart group): one chart,
 * with `id`, when they share an axis; otherwise one per kind in the order first named, with
 * `{id}-{kind}` (percent changes and multipliers never share an axis).
 */
export function buildChartSpecs(options: { id: string; metrics: Metric[]; locale: Locale; labels: ChartLabels }): ChartSpec[] {
	const kinds = [...new Set(options.metrics.map(getChartKind))].filter((kind): kind is MetricChartKind => kind !== undefined);
	return kinds.map((kind) =>
		buildChartSpec({
			...options,
			id: kinds.length > 1 ? `${options.id}-${kind}` : options.id,
			kind,
			metrics: options.metrics.filter((metric) => getChartKind(metric) === kind),
		})
	);
}

/**
 * Titles of charts shown together (a tag page's comparisons, titled by outcome): each keeps its
 * own title unless another chart has the same one; then each of those says what it compares,
 * `qualify(title, kind)`: "Process efficiency: multiples", "Process efficiency: time".
 */
export function getDistinctChartTitles<Kind extends ChartKind>(
	charts: readonly { title: string; kind: Kind }[],
	qualify: (title: string, kind: Kind) => string
): string[] {
	const counts = new Map<string, number>();
	for (const chart of charts) counts.set(chart.title, (counts.get(chart.title) ?? 0) + 1);
	return charts.map((chart) => ((counts.get(chart.title) ?? 0) > 1 ? qualify(chart.title, chart.kind) : chart.title));
}
