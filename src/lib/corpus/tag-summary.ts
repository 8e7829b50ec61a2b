import type { Metric } from '../../schemas/metric.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { numberFormat } from '../i18n/intl-cache.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { formatFactor } from '../metrics/format-multiple.ts';
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

/** "↑19%" / "+19%", as the case pages write a percent change. */
function formatChange(value: number, locale: Locale): string {
	const percent = numberFormat(localeToLang(locale), { style: 'percent', maximumFractionDigits: 0 }).format(Math.abs(value) / 100);
	return uiText(locale, value < 0 ? 'metrics.changeFigure.down' : 'metrics.changeFigure.up', { percent });
}

/**
 * The range of a spread in words: "+19% to +80%", "5× to 6×", "12× to 72× faster",
 * "52 to 416 hours a year" / "↑19% 至 ↑80%", "5 至 6 倍", "快 12 至 72 倍", "每年 52 至 416 小时".
 * One figure when every case has the same.
 */
export function formatSpreadRange(spread: Pick<TagSpread, 'measure' | 'min' | 'max'>, locale: Locale): string {
	switch (spread.measure) {
		case 'percent': {
			const [low, high] = [formatChange(spread.min, locale), formatChange(spread.max, locale)];
			return low === high ? low : uiText(locale, 'metrics.range', { low, high });
		}
		case 'multiplier':
		case 'speedup':
		case 'hours-per-year': {
			// Hours a year are rounded as factors are: one decimal below 10.
			const [min, max] = [formatFactor(spread.min, locale), formatFactor(spread.max, locale)];
			// The plural follows the number as shown: "1 hour a year" for 1.04 hours.
			if (min === max) return uiText(locale, `metrics.spread.${spread.measure}`, { value: min, count: Number(min.replace(/[^\d.]/g, '')) });
			return uiText(locale, `metrics.spreadRange.${spread.measure}`, { min, max });
		}
	}
}
