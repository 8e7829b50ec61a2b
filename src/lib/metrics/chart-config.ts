import type { Chart, ChartConfiguration, Plugin, Scale } from 'chart.js';
import { localeToLang } from '../i18n/locales.ts';
import { clampFinite, maxChartRows } from './bounds.ts';
import { getExtent, toChartFactor, toChartHours, toChartPercent, type ChartRow, type ChartSpec } from './chart-spec.ts';
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

/** What one line of a bar's label holds: a Chinese character counts two, a Latin letter one (8 characters or 16 letters). */
const lineUnits = 16;

/** Characters that take two units and may be broken between: CJK ideographs, kana, Hangul, full-width forms and punctuation. */
const wideChar = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** A piece of a label: a run of spaces, one wide character, or a run of anything else (a Latin word, a number, "·"). */
const labelPieces =
	/\s+|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+/gu;
/** Punctuation that must not begin a line (，。：、）」 …): it stays with what it follows. */
const closingPunctuation = /^[、。，．：；！？）］｝〉》」』】〕〗〙〛”’…]$/u;
/** Punctuation that must not end a line (（「《 …): it goes with what it opens. */
const openingPunctuation = /^[（［｛〈《「『【〔〖〘〚“‘]$/u;
/** A piece that is only punctuation or symbols ("·", "→", "—"): it stays at the end of the line before, after its space. */
const loneMark = /^[\p{P}\p{S}]+$/u;

const widthOf = (text: string) => {
	let width = 0;
	for (const char of text) width += wideChar.test(char) ? 2 : 1;
	return width;
};

/**
 * The unbreakable pieces of a label, with the space before each: a Chinese character is a piece of
 * its own (a line may break between any two), a Latin word or number is one piece (never split),
 * and punctuation is glued to its neighbour so no line begins with "，" or "·" or ends with "（".
 */
function toLabelPieces(text: string): { text: string; spaceBefore: boolean }[] {
	const pieces: { text: string; spaceBefore: boolean }[] = [];
	let spaceBefore = false;
	let opening = '';
	for (const [piece] of text.matchAll(labelPieces)) {
		if (/^\s/u.test(piece)) {
			spaceBefore = pieces.length > 0 || opening !== '';
			continue;
		}
		const last = pieces.at(-1);
		if (last && !opening && (closingPunctuation.test(piece) ? !spaceBefore : loneMark.test(piece))) {
			last.text += `${spaceBefore ? ' ' : ''}${piece}`;
		} else if (openingPunctuation.test(piece)) {
			opening += piece;
			continue;
		} else {
			pieces.push({ text: `${opening}${piece}`, spaceBefore: spaceBefore && pieces.length > 0 });
			opening = '';
		}
		spaceBefore = false;
	}
	if (opening) pieces.push({ text: opening, spaceBefore });
	return pieces;
}

/** A piece wider than a line, in line-wide chunks, a hyphen where a word breaks: the one case where a word is split. */
function splitWidePiece(text: string): string[] {
	const chunks: string[] = [];
	let rest = [...text];
	while (widthOf(rest.join('')) > lineUnits) {
		let taken = 0;
		// One unit is kept for the hyphen.
		while (taken < rest.length && widthOf(rest.slice(0, taken + 1).join('')) <= lineUnits - 1) taken += 1;
		const chunk = rest.slice(0, taken).join('');
		chunks.push(/\p{L}$/u.test(chunk) && /^\p{L}/u.test(rest[taken] ?? '') ? `${chunk}-` : chunk);
		rest = rest.slice(taken);
	}
	return [...chunks, rest.join('')];
}

/**
 * Splits a long label into lines so the axis keeps room for the bars on a phone. Lines break at
 * spaces and between Chinese characters, never inside a Latin word or number ("Synthetic Iris",
 * not "Syntheti c Iris", also inside a Chinese label) unless the word alone is longer than a
 * line. At most `maxLabelLines` lines, the last ending in "…" when the label is longer, so that
 * no label can make a chart absurdly tall.
 */
export function wrapLabel(label: string): string[] {
	const full = String(label).trim();
	// Five lines' worth of characters is more than the lines can show: the rest is never read.
	const text = full.slice(0, lineUnits * (maxLabelLines + 1));
	const lines: string[] = [];
	let line = '';
	let consumed = true;
	for (const piece of toLabelPieces(text)) {
		const joined = line && piece.spaceBefore ? `${line} ${piece.text}` : `${line}${piece.text}`;
		if (widthOf(joined) <= lineUnits) line = joined;
		else if (widthOf(piece.text) <= lineUnits) {
			if (line) lines.push(line);
			line = piece.text;
		} else {
			const chunks = splitWidePiece(piece.text);
			if (line) lines.push(line);
			lines.push(...chunks.slice(0, -1));
			line = chunks.at(-1)!;
		}
		if (lines.length >= maxLabelLines) {
			consumed = false;
			break;
		}
	}
	if (line && lines.length < maxLabelLines) lines.push(line);
	if (consumed && text.length === full.length) return lines.length > 0 ? lines : [''];
	const kept = lines.slice(0, maxLabelLines);
	let last = kept.at(-1) ?? '';
	while (last && widthOf(last) + 1 > lineUnits) last = [...last].slice(0, -1).join('');
	kept[kept.length - 1] = `${last.replace(/-$/u, '').trimEnd()}…`;
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
		const factor = toChartFactor(row?.factor);
		const count = clampFinite(row?.count, 0, Number.MAX_SAFE_INTEGER);
		const text = row?.text && typeof row.text === 'object' ? row.text : {};
		return {
			id: String(row?.id ?? ''),
			label: String(row?.label ?? ''),
			...(percent === undefined ? {} : { percent }),
			...(factor === undefined ? {} : { factor }),
			...(count === undefined ? {} : { count }),
			beforeHours: toChartHours(row?.beforeHours),
			afterHours: toChartHours(row?.afterHours),
			savedHours: toChartHours(row?.savedHours),
			text: Object.fromEntries(Object.entries(text).map(([key, value]) => [key, String(value).slice(0, 60)])),
		};
	});
}

/** The size of the bars' labels, and the room between a label and its bar (Chart.js' tick padding and border). */
const labelFontSize = 13;
const labelGap = 10;

/** Bounds that read well on a time axis: 30 minutes, 1 hour, 1 day, 3 days, 1 week … */
const niceHours = [1 / 60, 0.25, 0.5, 1, 2, 4, 8, 24, 48, 72, 168, 336, 720, 2160, 4380, 8760, 17520, 43800, 87600];
/** Ticks on a log time axis: 1 hour, 4 hours, 1 day, 1 week …; sparser on a phone. */
const tickHours = [1 / 60, 0.25, 1, 4, 24, 168, 720, 8760, 87600];
const phoneTickHours = [1 / 60, 1, 24, 168, 8760, 87600];

/**
 * The Chart.js configuration of a spec: horizontal bars, values formatted in the spec's language,
 * colours from the theme, no animation when the reader prefers reduced motion.
 */
export function createChartConfig(
	spec: ChartSpec,
	theme: ChartTheme,
	options: { reducedMotion: boolean }
): ChartConfiguration<'bar', (number | null)[], string[]> {
	const lang = localeToLang(spec.locale);
	const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
	const rows = toDrawableRows(spec);
	const labels = rows.map((row) => wrapLabel(row.label));
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
	const yAxis = {
		ticks: { color: theme.text, autoSkip: false, font: { family: theme.font, size: labelFontSize } },
		grid: { display: false },
		border: { color: theme.grid },
		// Chart.js caps the label column at half the plot's width (~118 px on a phone) and cuts longer
		// lines off at the canvas edge: widen it to the widest line, up to 55 % of the chart.
		afterFit: (scale: Scale) => {
			const { ctx } = scale;
			ctx.save();
			ctx.font = `${labelFontSize}px ${theme.font}`;
			let widest = 0;
			for (const line of labels.flat()) widest = Math.max(widest, ctx.measureText(line).width);
			ctx.restore();
			scale.width = Math.max(scale.width, Math.min(Math.ceil(widest) + labelGap, Math.floor(scale.chart.width * 0.55)));
		},
	};

	if (spec.kind === 'count') {
		const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
		return {
			type: 'bar',
			data: {
				labels,
				datasets: [{ label: spec.labels.count, data: rows.map((row) => row.count ?? 0), backgroundColor: theme.after, borderRadius: 4, maxBarThickness: 24 }],
			},
			plugins: [valueLabels((_dataset, index) => integer.format(rows[index]?.count ?? 0))],
			options: {
				...base,
				scales: {
					x: {
						beginAtZero: true,
						ticks: { color: theme.muted, precision: 0, maxRotation: 0, callback: (value) => integer.format(Number(value)) },
						grid: { color: theme.grid },
						border: { color: theme.grid },
					},
					y: yAxis,
				},
			},
		};
	}

	// Multiples ("5×" / "5 倍", a bar below 1× a fall) and percent changes: one bar per row from 0,
	// coloured by direction, the value written on the bar; only the axis differs.
	if (spec.kind === 'multiplier' || spec.kind === 'improvement') {
		const multiple = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
		const isMultiplier = spec.kind === 'multiplier';
		const values = rows.map((row) => (isMultiplier ? row.factor : row.percent) ?? null);
		const tick = isMultiplier
			? (value: number) => spec.labels.multiple.replace('{{factor}}', multiple.format(value))
			: (value: number) => percent.format(value / 100);
		return {
			type: 'bar',
			data: {
				labels,
				datasets: [
					{
						label: isMultiplier ? spec.labels.factor : spec.labels.change,
						// A row without a finite figure gets no bar, rather than one that stretches the axis.
						data: values,
						backgroundColor: values.map((value) => ((value ?? (isMultiplier ? 1 : 0)) >= (isMultiplier ? 1 : 0) ? theme.up : theme.down)),
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
						ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, callback: (value) => tick(Number(value)) },
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
