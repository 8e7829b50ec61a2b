import { describe, expect, test } from 'vitest';
import { formatSpreadRange, formatSpreadValue } from '../../../src/lib/corpus/format-spread.ts';
import type { SpreadMeasure } from '../../../src/lib/corpus/outcomes.ts';
import { formatMetric } from '../../../src/lib/metrics/format-metric.ts';
import { formatMultiple } from '../../../src/lib/metrics/format-multiple.ts';
import { metricSchema, type MetricInput } from '../../../src/schemas/metric.ts';

describe('a spread in words, in both languages', () => {
	test.each([
		['percent', 19, 80, '↑19% 至 ↑80%', '+19% to +80%'],
		['percent', -35, -35, '↓35%', '−35%'],
		['percent', 12.5, 40, '↑12.5% 至 ↑40%', '+12.5% to +40%'],
		['multiplier', 5, 6, '5 至 6 倍', '5× to 6×'],
		['multiplier', 3, 3, '3 倍', '3×'],
		['speedup', 12, 72.4, '快 12 至 72.4 倍', '12× to 72.4× faster'],
		['speedup', 3.5, 3.5, '快 3.5 倍', '3.5× faster'],
		['hours-per-year', 52, 416, '每年 52 至 416 小时', '52 to 416 hours a year'],
		['hours-per-year', 1.04, 1, '每年 1 小时', '1 hour a year'],
		['hours-per-year', 1520, 1520, '每年 1,520 小时', '1,520 hours a year'],
	] as [SpreadMeasure, number, number, string, string][])('%s from %d to %d', (measure, min, max, zh, en) => {
		expect(formatSpreadRange({ measure, min, max }, 'zh-cn')).toBe(zh);
		expect(formatSpreadRange({ measure, min, max }, 'en')).toBe(en);
	});
});

describe('insights and tag pages write the same spread figure the same way', () => {
	// The insights table writes each value alone; a tag summary writes the same value as a range's end.
	test.each([
		['speedup', 72.4, '72.4', '72.4'],
		['multiplier', 3.25, '3.3', '3.3'],
		// A percent change reads as the key figures of each language write it.
		['percent', 12.5, '↑12.5%', '+12.5%'],
		['percent', -98.64, '↓98.6%', '−98.6%'],
		['hours-per-year', 415.6, '416', '416'],
	] as [SpreadMeasure, number, string, string][])('%s %d reads %s / %s', (measure, value, zh, en) => {
		for (const [locale, figure] of [
			['zh-cn', zh],
			['en', en],
		] as const) {
			const alone = formatSpreadValue(measure, value, locale);
			const inRange = formatSpreadRange({ measure, min: value, max: value }, locale);
			expect(alone).toContain(figure);
			expect(inRange).toContain(figure);
		}
	});

	test('a percent spread is written as the key figure of the same change', () => {
		const metric = metricSchema.parse({ id: 'm', label: 'Speed', category: 'responsiveness', change: { direction: 'up', value: 50 } } satisfies MetricInput);
		for (const locale of ['zh-cn', 'en'] as const) expect(formatSpreadValue('percent', 50, locale)).toBe(formatMetric(metric, locale).value);
	});

	test('a multiple is written by formatMultiple everywhere; a key figure keeps its exact two decimals', () => {
		const metric = metricSchema.parse({
			id: 'm',
			label: 'Throughput',
			category: 'process-efficiency',
			multiplier: { direction: 'up', value: 3.25 },
		} satisfies MetricInput);
		expect(formatMetric(metric, 'en').value).toBe(formatMultiple(3.25, 'en', 2));
		expect(formatMetric(metric, 'en').value).toBe('3.25×');
		expect(formatMetric(metric, 'zh-cn').value).toBe(`↑${formatMultiple(3.25, 'zh-cn', 2)}`);
		expect(formatSpreadValue('multiplier', 3.25, 'en')).toBe(formatMultiple(3.25, 'en'));
		expect(formatSpreadRange({ measure: 'multiplier', min: 3.25, max: 3.25 }, 'en')).toBe(formatMultiple(3.25, 'en'));
	});
});
