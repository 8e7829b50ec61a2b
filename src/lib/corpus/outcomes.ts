import type { Metric } from '../../schemas/metric.ts';
import { median } from '../math/median.ts';
import { deriveMetric } from '../metrics/derive-metric.ts';
import { getChartKind, hasChartValue, type MetricChartKind } from '../metrics/chart-spec.ts';
import type { CorpusCase, CorpusIndex } from './corpus.ts';

/** The figures of one outcome category across several cases, all drawable in one chart. */
export interface OutcomeComparison {
	category: string;
	kind: MetricChartKind;
	entries: { slug: string; company: string; metric: Metric }[];
}

/**
 * For the cases given, every outcome category in which at least `minCases` cases report a figure
 * of the same chart kind: the cross-case comparison of a tag page. One figure per case (its first
 * in that category); cases keep their list order. Categories with the most cases first.
 */
export function getOutcomeComparisons(cases: CorpusCase[], minCases = 2): OutcomeComparison[] {
	const groups = new Map<string, OutcomeComparison>();
	for (const item of cases) {
		const seen = new Set<string>();
		for (const metric of item.data.metrics) {
			const kind = getChartKind(metric);
			const key = `${metric.category}/${kind}`;
			// A figure with nothing finite to draw (one that got past the schema) is not compared.
			if (!kind || seen.has(key) || !hasChartValue(metric)) continue;
			seen.add(key);
			const group = groups.get(key) ?? { category: metric.category, kind, entries: [] };
			group.entries.push({ slug: item.slug, company: item.data.company.name, metric });
			groups.set(key, group);
		}
	}
	return [...groups.values()]
		.filter((group) => group.entries.length >= minCases)
		.sort((a, b) => b.entries.length - a.entries.length || a.category.localeCompare(b.category) || a.kind.localeCompare(b.kind));
}

/** How a figure is compared across cases: percent change, multiple (5×), times faster (before → after), hours saved a year. */
export type SpreadMeasure = 'percent' | 'multiplier' | 'speedup' | 'hours-per-year';

export interface OutcomeSpread {
	category: string;
	measure: SpreadMeasure;
	/** Cases with at least one figure of this measure in the category. */
	cases: number;
	/** Every figure, sorted ascending. */
	values: number[];
	min: number;
	median: number;
	max: number;
}

/**
 * The figure a spread counts, when it has one: a multiplier as a multiple (5×, never +400 %), so
 * only like is compared with like. deriveMetric gives finite numbers only, so no spread sorts NaN
 * or shows Infinity. Insights and the tag pages' summaries (tag-summary.ts) both count with it.
 */
export function measureOf(metric: Metric): { measure: SpreadMeasure; value: number } | undefined {
	const derived = deriveMetric(metric);
	if (metric.multiplier && derived.percentChange !== undefined) return { measure: 'multiplier', value: derived.percentChange / 100 + 1 };
	if (metric.change && derived.percentChange !== undefined) return { measure: 'percent', value: derived.percentChange };
	if (metric.before && metric.after && derived.speedup !== undefined) return { measure: 'speedup', value: derived.speedup };
	if (metric.saved && derived.hoursPerYear !== undefined) return { measure: 'hours-per-year', value: derived.hoursPerYear };
	return undefined;
}

/**
 * The spread of results per outcome category across the corpus, one row per way of measuring
 * (percent change; multiple; times faster; hours saved a year), so that only like is compared with like.
 * Categories with the most cases first.
 */
export function getOutcomeSpreads(corpus: CorpusIndex): OutcomeSpread[] {
	const groups = new Map<string, { category: string; measure: SpreadMeasure; cases: Set<string>; values: number[] }>();
	for (const item of corpus.cases) {
		for (const metric of item.data.metrics) {
			const measured = measureOf(metric);
			if (!measured || !Number.isFinite(measured.value)) continue;
			const key = `${metric.category}/${measured.measure}`;
			const group = groups.get(key) ?? { category: metric.category, measure: measured.measure, cases: new Set(), values: [] };
			group.cases.add(item.slug);
			group.values.push(measured.value);
			groups.set(key, group);
		}
	}
	return [...groups.values()]
		.map(({ category, measure, cases, values }) => {
			const sorted = [...values].sort((a, b) => a - b);
			return { category, measure, cases: cases.size, values: sorted, min: sorted[0]!, median: median(sorted), max: sorted.at(-1)! };
		})
		.sort((a, b) => b.cases - a.cases || a.category.localeCompare(b.category) || a.measure.localeCompare(b.measure));
}
