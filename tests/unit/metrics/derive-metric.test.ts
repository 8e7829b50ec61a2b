import { describe, expect, test } from 'vitest';
import { deriveMetric, formatDerivedMetric } from '../../../src/lib/metrics/derive-metric';
import { metricSchema, type MetricInput } from '../../../src/schemas/metric';

const metric = (figure: Partial<MetricInput>) => metricSchema.parse({ id: 'x', label: 'x', category: 'x', ...figure });

describe('deriveMetric', () => {
	test('3 days → 1 hour is 72 times faster, 98.6 % less time', () => {
		const derived = deriveMetric(metric({ before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }));
		expect(derived.speedup).toBe(72);
		expect(derived.percentChange).toBeCloseTo(-98.61, 2);
	});

	test('a multiplier is a percent change', () => {
		expect(deriveMetric(metric({ multiplier: { value: 3 } })).percentChange).toBe(200);
		expect(deriveMetric(metric({ multiplier: { value: 2, direction: 'down' } })).percentChange).toBe(-50);
	});

	test('time saved per week adds up over a year', () => {
		expect(deriveMetric(metric({ saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } })).hoursPerYear).toBe(52);
		expect(deriveMetric(metric({ saved: { value: 120, unit: 'hour', per: 'month' } })).hoursPerYear).toBe(1440);
	});
});

describe('formatDerivedMetric', () => {
	test.each([
		[{ before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }, '快 72 倍 · 用时 −98.6%', '72× faster · −98.6% time'],
		[{ before: { value: 48, unit: 'hour' }, after: { value: 4, unit: 'hour' } }, '快 12 倍 · 用时 −91.7%', '12× faster · −91.7% time'],
		[{ saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } }, '每客户每年约 52 小时', '≈ 52 hours a year per customer'],
		[{ saved: { value: 30, unit: 'minute', per: 'day', each: 'employee' } }, '每人每年约 183 小时', '≈ 183 hours a year per employee'],
		[{ saved: { value: 2, unit: 'hour', per: 'month', each: 'team' } }, '每团队每年约 24 小时', '≈ 24 hours a year per team'],
		[{ saved: { value: 1, unit: 'day', per: 'month', each: 'project' } }, '每项目每年约 288 小时', '≈ 288 hours a year per project'],
		[{ saved: { value: 3, unit: 'hour', per: 'week' } }, '每年约 156 小时', '≈ 156 hours a year'],
		[{ before: { value: 1, unit: 'week' }, after: { value: 2, unit: 'day' } }, '快 3.5 倍 · 用时 −71.4%', '3.5× faster · −71.4% time'],
		[{ multiplier: { value: 3 } }, '+200%', '+200%'],
	] as const)('%j', (figure, zh, en) => {
		expect(formatDerivedMetric(metric(figure as Partial<MetricInput>), 'zh-cn')).toBe(zh);
		expect(formatDerivedMetric(metric(figure as Partial<MetricInput>), 'en')).toBe(en);
	});

	test('a plain percent change needs no extra line', () => {
		expect(formatDerivedMetric(metric({ change: { direction: 'up', value: 50 } }), 'en')).toBeUndefined();
	});
});
