import { describe, expect, test } from 'vitest';
import { loadCaseFile } from '../../support/case-file.ts';
import { getOutcomeComparisons, getOutcomeSpreads } from '../../../src/lib/corpus/outcomes';
import type { CorpusCase, CorpusIndex } from '../../../src/lib/corpus/corpus';
import { maxChartHours, maxChartPercent, maxChartRows } from '../../../src/lib/metrics/bounds';
import { createChartConfig, maxLabelLines, toDrawableRows, wrapLabel } from '../../../src/lib/metrics/chart-config';
import { buildCaseChartSpecs, buildChartSpec, getExtent, hasChartValue, type ChartSpec } from '../../../src/lib/metrics/chart-spec';
import { deriveMetric, formatDerivedMetric } from '../../../src/lib/metrics/derive-metric';
import { formatMetric } from '../../../src/lib/metrics/format-metric';
import type { Metric } from '../../../src/schemas/metric';
import { labels, theme } from '../../support/chart-fixtures';

/** A metric as data that got past the schema would be: no bounds were checked. */
function unchecked(figure: Partial<Metric> & Pick<Metric, 'kind'>, id = 'x'): Metric {
	return { id, label: `Figure ${id}`, category: 'responsiveness', qualifier: 'exact', ...figure } as Metric;
}

const huge = 1.7976931348623157e308;
const hostile: Metric[] = [
	unchecked({ kind: 'change', change: { direction: 'up', value: huge, unit: 'percent' } }, 'huge-change'),
	unchecked({ kind: 'multiplier', multiplier: { direction: 'down', value: Number.MIN_VALUE } }, 'tiny-multiplier'),
	unchecked({ kind: 'change', change: { direction: 'up', value: Number.NaN, unit: 'percent' } }, 'nan-change'),
	unchecked({ kind: 'before-after', before: { value: 1e300, unit: 'year' }, after: { value: 1, unit: 'hour' } }, 'huge-before'),
	unchecked({ kind: 'before-after', before: { value: 3, unit: 'day' }, after: { value: 0, unit: 'hour' } }, 'zero-after'),
	unchecked({ kind: 'saved', saved: { value: Infinity, unit: 'hour', per: 'week' } }, 'infinite-saved'),
];

/** Every number a chart configuration hands to Chart.js: data and axis bounds. */
function numbersOf(config: ReturnType<typeof createChartConfig>): number[] {
	const x = config.options?.scales?.x as { min?: number; max?: number };
	return [
		...config.data.datasets.flatMap((dataset) => dataset.data.filter((value): value is number => value !== null)),
		...[x.min, x.max].filter((value): value is number => value !== undefined),
	];
}

describe('charts never draw a non-finite or absurd axis', () => {
	test('derived figures are finite or absent, never Infinity or NaN', () => {
		expect(deriveMetric(hostile[1]!)).toEqual({});
		expect(deriveMetric(hostile[4]!)).toEqual({});
		expect(deriveMetric(hostile[5]!)).toEqual({});
		expect(deriveMetric(hostile[2]!)).toEqual({});
		expect(Number.isFinite(deriveMetric(hostile[0]!).percentChange)).toBe(true);
		for (const metric of hostile) {
			for (const locale of ['zh-cn', 'en'] as const) {
				const text = `${formatMetric(metric, locale).value} ${formatDerivedMetric(metric, locale) ?? ''}`;
				expect(text, metric.id).not.toMatch(/∞|NaN|Infinity/);
			}
		}
	});

	test('every number a chart gets lies inside the bounds, and a figure with nothing finite gets no bar', () => {
		const specs = buildCaseChartSpecs(hostile, 'en', labels);
		expect(specs.map((spec) => spec.kind)).toEqual(['improvement', 'multiplier', 'time']);
		const [improvement, multiplier, time] = specs.map((spec) => createChartConfig(spec, theme, { reducedMotion: true }));
		expect(improvement!.data.datasets[0]!.data).toEqual([maxChartPercent, null]);
		// "Number.MIN_VALUE times less" is a factor of Infinity: no bar.
		expect(multiplier!.data.datasets[0]!.data).toEqual([null]);
		expect(time!.data.datasets.map((dataset) => dataset.data)).toEqual([
			[maxChartHours, 72, null],
			[1, null, null],
		]);
		for (const config of [improvement!, multiplier!, time!]) {
			for (const value of numbersOf(config)) {
				expect(Number.isFinite(value)).toBe(true);
				expect(Math.abs(value)).toBeLessThanOrEqual(maxChartPercent);
			}
		}
		// 10 years against 1 hour: a log axis that ends at 10 years, not at 1e308.
		expect(time!.options?.scales?.x).toMatchObject({ type: 'logarithmic', min: 0.5, max: maxChartHours });
	});

	test('a spec read back from the page is cleaned again: rows capped, strings and infinities dropped', () => {
		const rows = Array.from({ length: 5_000 }, (_, index) => ({
			id: `r${index}`,
			label: 'x'.repeat(10_000),
			percent: index % 2 ? Infinity : '5',
			beforeHours: -1,
			afterHours: 'NaN',
			savedHours: 1e308,
			count: -5,
			text: { change: 'y'.repeat(1_000) },
		}));
		const spec = { id: 'c', kind: 'improvement', locale: 'en', title: 't', logScale: false, labels, rows } as unknown as ChartSpec;
		const drawable = toDrawableRows(spec);
		expect(drawable).toHaveLength(maxChartRows);
		expect(drawable[0]).toMatchObject({ beforeHours: null, afterHours: null, savedHours: maxChartHours, count: 0, text: { change: 'y'.repeat(60) } });
		expect(drawable.every((row) => row.percent === undefined)).toBe(true);
		const config = createChartConfig(spec, theme, { reducedMotion: true });
		expect(config.data.labels).toHaveLength(maxChartRows);
		expect(config.data.labels!.every((lines) => lines.length <= maxLabelLines)).toBe(true);
		expect(numbersOf(config)).toEqual([]);
		expect(toDrawableRows({ rows: 'not rows' } as unknown as ChartSpec)).toEqual([]);
	});

	test('labels wrap to a few lines whatever their length', () => {
		const zh = wrapLabel('全'.repeat(100_000));
		expect(zh).toHaveLength(maxLabelLines);
		expect(zh.at(-1)).toMatch(/…$/u);
		const en = wrapLabel(`${'word '.repeat(50_000)}${'x'.repeat(100_000)}`);
		expect(en.length).toBeLessThanOrEqual(maxLabelLines);
		expect(en.at(-1)).toMatch(/…$/u);
		// A word longer than a line is the one thing split, at the line's width, with a hyphen.
		expect(wrapLabel('y'.repeat(100_000))).toEqual([`${'y'.repeat(15)}-`, `${'y'.repeat(15)}-`, `${'y'.repeat(15)}-`, `${'y'.repeat(15)}…`]);
		expect(wrapLabel('Response speed to global customer requests')).toEqual(['Response speed', 'to global', 'customer', 'requests']);
	});

	test('the extent of 500,000 values (Math.min(...values) would overflow the stack)', () => {
		const values = Array.from({ length: 500_000 }, (_, index) => index + 1);
		expect(getExtent(values)).toEqual({ min: 1, max: 500_000 });
		expect(getExtent([])).toBeUndefined();
	});

	test('tag pages compare only figures with something finite to draw; spreads hold finite numbers only', () => {
		const parsed = loadCaseFile('tests/fixtures/corpora/model', 'en', 'payermax');
		const real: CorpusCase = { slug: 'payermax', data: parsed.data };
		const bad: CorpusCase = { slug: 'bad', data: { ...parsed.data, metrics: hostile.map((metric) => ({ ...metric, category: 'responsiveness' })) } };
		const other: CorpusCase = {
			slug: 'other',
			data: { ...parsed.data, metrics: [unchecked({ kind: 'change', change: { direction: 'up', value: 20, unit: 'percent' } }, 'fine')] },
		};
		expect(hostile.map(hasChartValue)).toEqual([true, false, false, true, false, false]);
		const comparisons = getOutcomeComparisons([real, bad, other]);
		const responsiveness = comparisons.find((comparison) => comparison.category === 'responsiveness' && comparison.kind === 'improvement');
		expect(responsiveness?.entries.map((entry) => `${entry.slug}/${entry.metric.id}`)).toEqual(['payermax/response-speed', 'bad/huge-change', 'other/fine']);
		const spec = buildChartSpec({ id: 'compare', kind: 'improvement', metrics: responsiveness!.entries.map((entry) => entry.metric), locale: 'en', labels });
		expect(spec.rows.map((row) => row.percent)).toEqual([50, maxChartPercent, 20]);
		const corpus = { cases: [real, bad, other] } as CorpusIndex;
		for (const spread of getOutcomeSpreads(corpus)) {
			expect([spread.min, spread.median, spread.max, ...spread.values].every(Number.isFinite), spread.category).toBe(true);
		}
	});
});
