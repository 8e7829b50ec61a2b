import { localeToLang, type Lang } from '../i18n/locales.ts';
import { urls } from '../urls.ts';
import { wrapLabel } from './chart-config.ts';
import type { ChartKind, ChartRow, ChartSpec } from './chart-spec.ts';

/** A series of a time chart: its numbers' key in a row, its name (`data-series`) and its column heading. */
interface TimeSeries {
	key: 'beforeHours' | 'afterHours' | 'savedHours';
	name: 'before' | 'after' | 'saved';
	label: string;
}

/** One cell of the chart's table: the number the chart draws (`data-value`) and the figure as text. */
export interface ChartFigureCell {
	value: number | undefined;
	text: string | undefined;
	/** A time saved reads "1 hour per customer-week": it may wrap. */
	wrap: boolean;
}

/**
 * What ChartFigure.astro renders of a chart: the caption, the legend and columns of a time chart,
 * a height that leaves room for every bar and label (the page does not shift when the chart draws),
 * and the table the chart reads its numbers from (chart-table.ts), one copy of them in the page.
 */
export interface ChartFigure {
	id: string;
	kind: ChartKind;
	lang: Lang;
	title: string;
	/** "Log scale", when the axis is logarithmic. */
	scaleLabel: string | undefined;
	subtitle: string | undefined;
	/** A CSS length for `--cs-chart-height`. */
	height: string;
	/** A multiplier chart's way of writing a multiple on its axis (ChartLabels' `multiple`); other kinds have none. */
	multiple: string | undefined;
	/** The series a time chart shows (its legend); other kinds have no legend. */
	legend: { name: TimeSeries['name']; label: string }[] | undefined;
	/** The table's column headings after the metric column; `series` on a time chart's. */
	columns: { series: TimeSeries['name'] | undefined; label: string }[];
	metricHeading: string;
	rows: { label: string; href: string; cells: ChartFigureCell[] }[];
}

function timeSeriesOf(spec: ChartSpec): TimeSeries[] {
	const all: TimeSeries[] = [
		{ key: 'beforeHours', name: 'before', label: spec.labels.before },
		{ key: 'afterHours', name: 'after', label: spec.labels.after },
		{ key: 'savedHours', name: 'saved', label: spec.labels.saved },
	];
	return all.filter(({ key }) => spec.rows.some((row) => typeof row[key] === 'number'));
}

/** Room for each bar (one per series of a time chart) and each line of its wrapped label. */
function chartHeight(spec: ChartSpec, seriesCount: number): string {
	const isTime = spec.kind === 'time';
	const barHeight = isTime ? seriesCount * 22 + 24 : spec.kind === 'count' ? 30 : 44;
	const rows = spec.rows.reduce((sum, row) => sum + Math.max(barHeight, wrapLabel(row.label).length * 17 + 16), 0);
	return `${Math.max(160, rows + (isTime ? 72 : 40))}px`;
}

function cellsOf(spec: ChartSpec, row: ChartRow, series: TimeSeries[]): ChartFigureCell[] {
	if (spec.kind === 'time') return series.map(({ key, name }) => ({ value: row[key] ?? undefined, text: row.text[name] ?? '—', wrap: name === 'saved' }));
	if (spec.kind === 'count') return [{ value: row.count, text: row.text.count, wrap: false }];
	return [{ value: spec.kind === 'multiplier' ? row.factor : row.percent, text: row.text.change, wrap: false }];
}

export function buildChartFigure(spec: ChartSpec): ChartFigure {
	const series = spec.kind === 'time' ? timeSeriesOf(spec) : [];
	const valueHeading = { improvement: spec.labels.change, multiplier: spec.labels.factor, count: spec.labels.count, time: '' }[spec.kind];
	return {
		id: spec.id,
		kind: spec.kind,
		lang: localeToLang(spec.locale),
		title: spec.title,
		scaleLabel: spec.logScale ? spec.labels.logScale : undefined,
		subtitle: spec.subtitle,
		// Every chart but a time chart has one bar per row, whatever its series.
		height: chartHeight(spec, spec.kind === 'time' ? series.length : 1),
		multiple: spec.kind === 'multiplier' ? spec.labels.multiple : undefined,
		legend: spec.kind === 'time' ? series.map(({ name, label }) => ({ name, label })) : undefined,
		columns: spec.kind === 'time' ? series.map(({ name, label }) => ({ series: name, label })) : [{ series: undefined, label: valueHeading }],
		metricHeading: spec.labels.metric,
		rows: spec.rows.map((row) => ({ label: row.label, href: row.href ?? `#${urls.metricAnchor(row.id)}`, cells: cellsOf(spec, row, series) })),
	};
}
