import type { Chart, ChartConfiguration, Plugin, Scale } from 'chart.js';
import { localeToLang } from '../i18n/locales.ts';
import { clampFinite, maxChartRows } from './bounds.ts';
import { getExtent, toChartHours, toChartPercent, type ChartRow, type ChartSpec } from './chart-spec.ts';
import { formatHours } from './format-duration.ts';

/** Colours read from Starlight's CSS variables, so charts follow the light/dark theme. */
export interface ChartTheme {
	text: string;
	muted: string;
	grid: string;
	up: string;
	down: string;
	before: string;
	after: string;
	saved: string;
	font: string;
}

/**
 * Writes each bar's figure at its end, so the chart reads without hovering (and in a screenshot
 * or a slide). Replaces Chart.js' tooltip and legend plugins, which would add ~10 KB gzip; the
 * legend is HTML next to the canvas.
 */
function valueLabels(texts: (datasetIndex: number, index: number) => string | undefined): Plugin<'bar'> {
	return {
		id: 'csValueLabels',
		afterDatasetsDraw(chart: Chart<'bar'>) {
			const { ctx } = chart;
			ctx.save();
			// From the chart's options, so that a theme switch (new options) recolours the labels too.
			ctx.fillStyle = String(chart.options.color);
			ctx.font = `600 12px ${chart.options.font?.family ?? 'sans-serif'}`;
			ctx.textBaseline = 'middle';
			chart.data.datasets.forEach((dataset, datasetIndex) => {
				chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
					const text = dataset.data[index] === null ? undefined : texts(datasetIndex, index);
					if (!text) return;
					const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
					const negative = x < base;
					ctx.textAlign = negative ? 'right' : 'left';
					ctx.fillText(text, x + (negative ? -6 : 6), y);
				});
			});
			ctx.restore();
		},
	};
}

/** Lines of a bar's label at most; the table under the chart has the whole label. */
export const maxLabelLines = 4;

/**
 * Splits a long label into lines so the axis keeps room for the bars on a phone: Chinese by
 * characters, other languages by words. At most `maxLabelLines` lines of at most twice the width,
 * the last ending in "…" when the label is longer, so that no label can make a chart absurdly tall.
 */
export function wrapLabel(label: string, lang: string): string[] {
	const width = lang.startsWith('zh') ? 8 : 16;
	const text = String(label);
	if (text.length <= width) return [text];
	let lines: string[];
	if (lang.startsWith('zh')) {
		lines = text.slice(0, width * (maxLabelLines + 1)).match(new RegExp(`.{1,${width}}`, 'gsu')) ?? [text.slice(0, width)];
	} else {
		lines = [];
		for (const word of text.split(/\s+/)) {
			const last = lines.at(-1);
			if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
			else lines.push(word.length > width * 2 ? `${word.slice(0, width * 2 - 1)}…` : word);
			if (lines.length > maxLabelLines) break;
		}
	}
	const cut = lines.length > maxLabelLines || lines.join('').length < text.replace(/\s+/g, '').length;
	if (!cut) return lines;
	const kept = lines.slice(0, maxLabelLines);
	kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/…$/u, '').slice(0, width * 2 - 1)}…`;
	return kept;
}

/**
 * The rows of a spec as a chart may draw them, whatever the spec holds (it comes from a `data-*`
 * attribute): at most `maxChartRows`, every number finite and inside the chart's bounds or left out.
 */
export function toDrawableRows(spec: Pick<ChartSpec, 'rows'>): ChartRow[] {
	const rows = Array.isArray(spec.rows) ? spec.rows.slice(0, maxChartRows) : [];
	return rows.map((row) => {
		const percent = toChartPercent(row?.percent);
		const count = clampFinite(row?.count, 0, Number.MAX_SAFE_INTEGER);
		const text = row?.text && typeof row.text === 'object' ? row.text : {};
		return {
			id: String(row?.id ?? ''),
			label: String(row?.label ?? ''),
			...(percent === undefined ? {} : { percent }),
			...(count === undefined ? {} : { count }),
			beforeHours: toChartHours(row?.beforeHours),
			afterHours: toChartHours(row?.afterHours),
			savedHours: toChartHours(row?.savedHours),
			text: Object.fromEntries(Object.entries(text).map(([key, value]) => [key, String(value).slice(0, 60)])),
		};
	});
}

/** Bounds that read well on a time axis: 30 minutes, 1 hour, 1 day, 3 days, 1 week … */
const niceHours = [1 / 60, 0.25, 0.5, 1, 2, 4, 8, 24, 48, 72, 168, 336, 720, 2160, 4380, 8760, 17520, 43800, 87600];
/** Ticks on a log time axis: 1 hour, 4 hours, 1 day, 1 week …; sparser on a phone. */
const tickHours = [1 / 60, 0.25, 1, 4, 24, 168, 720, 8760, 87600];
const phoneTickHours = [1 / 60, 1, 24, 168, 8760, 87600];

/**
 * The Chart.js configuration of a spec: horizontal bars, values formatted in the spec's language,
 * colours from the theme, no animation when the reader prefers reduced motion.
 */
export function createChartConfig(spec: ChartSpec, theme: ChartTheme, options: { reducedMotion: boolean }): ChartConfiguration<'bar', (number | null)[], string[]> {
	const lang = localeToLang(spec.locale);
	const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
	const rows = toDrawableRows(spec);
	const labels = rows.map((row) => wrapLabel(row.label, lang));
	const base = {
		animation: options.reducedMotion ? (false as const) : { duration: 400 },
		indexAxis: 'y' as const,
		responsive: true,
		maintainAspectRatio: false,
		color: theme.text,
		font: { family: theme.font },
		// Room at the end of the bars for the value labels.
		layout: { padding: { right: 64 } },
	};
	// Every label, always: skipping one would leave a bar without its name.
	const yAxis = { ticks: { color: theme.text, autoSkip: false, font: { family: theme.font, size: 13 } }, grid: { display: false }, border: { color: theme.grid } };

	if (spec.kind === 'count') {
		const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
		return {
			type: 'bar',
			data: { labels, datasets: [{ label: spec.labels.count, data: rows.map((row) => row.count ?? 0), backgroundColor: theme.after, borderRadius: 4, maxBarThickness: 24 }] },
			plugins: [valueLabels((_dataset, index) => integer.format(rows[index]?.count ?? 0))],
			options: {
				...base,
				scales: {
					x: { beginAtZero: true, ticks: { color: theme.muted, precision: 0, maxRotation: 0, callback: (value) => integer.format(Number(value)) }, grid: { color: theme.grid }, border: { color: theme.grid } },
					y: yAxis,
				},
			},
		};
	}

	if (spec.kind === 'improvement') {
		return {
			type: 'bar',
			data: {
				labels,
				datasets: [
					{
						label: spec.labels.change,
						// A row without a finite figure gets no bar, rather than one that stretches the axis.
						data: rows.map((row) => row.percent ?? null),
						backgroundColor: rows.map((row) => ((row.percent ?? 0) >= 0 ? theme.up : theme.down)),
						borderRadius: 4,
						maxBarThickness: 28,
					},
				],
			},
			plugins: [valueLabels((_dataset, index) => rows[index]?.text.change)],
			options: {
				...base,
				scales: {
					x: {
						beginAtZero: true,
						ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, callback: (value) => percent.format(Number(value) / 100) },
						grid: { color: theme.grid },
						border: { color: theme.grid },
					},
					y: yAxis,
				},
			},
		};
	}

	const series = [
		{ key: 'beforeHours', text: 'before', label: spec.labels.before, color: theme.before },
		{ key: 'afterHours', text: 'after', label: spec.labels.after, color: theme.after },
		{ key: 'savedHours', text: 'saved', label: spec.labels.saved, color: theme.saved },
	] as const;
	const used = series.filter((item) => rows.some((row) => typeof row[item.key] === 'number'));
	const extent = getExtent(rows.flatMap((row) => used.map((item) => row[item.key])).filter((value): value is number => typeof value === 'number' && value > 0));
	// A log axis must start below the shortest bar, or a 1-hour bar on a 1-hour axis has no length.
	const logMin = extent && niceHours.filter((value) => value < extent.min).at(-1);
	const logMax = extent && niceHours.find((value) => value >= extent.max);
	return {
		type: 'bar',
		data: {
			labels,
			datasets: used.map((item) => ({
				label: item.label,
				data: rows.map((row) => row[item.key] ?? null),
				backgroundColor: item.color,
				borderRadius: 4,
				maxBarThickness: 24,
				skipNull: true,
			})),
		},
		plugins: [
			valueLabels((datasetIndex, index) => {
				const key = used[datasetIndex]?.key;
				const value = key ? rows[index]?.[key] : undefined;
				return typeof value === 'number' ? formatHours(value, spec.locale, 'short') : undefined;
			}),
		],
		options: {
			...base,
			scales: {
				x: {
					type: spec.logScale ? 'logarithmic' : 'linear',
					beginAtZero: !spec.logScale,
					...(spec.logScale ? { min: logMin, max: logMax } : {}),
					title: { display: spec.logScale, text: spec.labels.logScale, color: theme.muted },
					ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, callback: (value) => formatHours(Number(value), spec.locale, 'short') },
					grid: { color: theme.grid },
					border: { color: theme.grid },
					// On a log axis show only durations people count in (1 hour, 1 day, 1 week …).
					afterBuildTicks: spec.logScale
						? (axis: Scale) => {
								const candidates = axis.chart.width < 480 ? phoneTickHours : tickHours;
								axis.ticks = candidates.filter((hours) => hours >= axis.min && hours <= axis.max).map((value) => ({ value }));
							}
						: undefined,
				},
				y: yAxis,
			},
		},
	};
}
