import type { Metric } from '../../schemas/metric.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import type { CorpusCase } from './corpus.ts';
import { measureOf, type SpreadMeasure } from './outcomes.ts';

export type { SpreadMeasure };

/**
 * What a shared tag page says about its cases (title, description, social card): how many there
 * are and a headline spread: the range of one comparable figure across them ("Process efficiency:
 * 5× to 6× across 2 cases"). Computed from language-neutral facts, so both languages agree.
 */

export interface TagSpread {
	/** Outcome category id (a tag of the `outcomes` facet). */
	category: string;
	measure: SpreadMeasure;
	/** Cases with such a figure: one figure each (its first in the category). */
	cases: number;
	min: number;
	max: number;
}

export interface TagSummary {
	total: number;
	/** Spreads over at least two cases, most cases first; at most `maxSpreads`. */
	spreads: TagSpread[];
	/** The newest case's first figure, the headline when no figure is comparable across cases. */
	newest?: { company: string; reportDate: string; metric?: Metric };
}

/**
 * The summary of a tag from its cases (newest first, as the tag index holds them). For an outcome
 * tag only figures of that outcome count: its page is about them.
 */
export function summarizeTag(tag: Pick<Tag, 'id' | 'facet'>, cases: readonly CorpusCase[], maxSpreads = 2): TagSummary {
	const groups = new Map<string, { category: string; measure: SpreadMeasure; values: number[] }>();
	for (const item of cases) {
		const seen = new Set<string>();
		for (const metric of item.data.metrics) {
			if (tag.facet === 'outcomes' && metric.category !== tag.id) continue;
			const measured = measureOf(metric);
			if (!measured) continue;
			const key = `${metric.category}/${measured.measure}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const group = groups.get(key) ?? { category: metric.category, measure: measured.measure, values: [] };
			group.values.push(measured.value);
			groups.set(key, group);
		}
	}
	const spreads = [...groups.values()]
		.filter((group) => group.values.length >= 2)
		.map(({ category, measure, values }) => {
			// A loop: spreading thousands of values into Math.min could overflow the stack.
			let [min, max] = [Infinity, -Infinity];
			for (const value of values) [min, max] = [Math.min(min, value), Math.max(max, value)];
			return { category, measure, cases: values.length, min, max };
		})
		.sort((a, b) => b.cases - a.cases || a.category.localeCompare(b.category) || a.measure.localeCompare(b.measure))
		.slice(0, maxSpreads);
	const first = cases[0];
	const newestMetric = first?.data.metrics.find((metric) => tag.facet !== 'outcomes' || metric.category === tag.id) ?? first?.data.metrics[0];
	return {
		total: cases.length,
		spreads,
		...(first ? { newest: { company: first.data.company.name, reportDate: first.data.reportDate, ...(newestMetric ? { metric: newestMetric } : {}) } } : {}),
	};
}
