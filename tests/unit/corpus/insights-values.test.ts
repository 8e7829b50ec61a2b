import { describe, expect, test } from 'vitest';
import { formatSpreadValue } from '../../../src/lib/corpus/format-spread.ts';
import { buildTagCountChart } from '../../../src/lib/corpus/tag-count-chart.ts';

describe('formatSpreadValue', () => {
	test.each([
		['percent', 80, '↑80%', '+80%'],
		['percent', -98.64, '↓98.6%', '−98.6%'],
		['multiplier', 3.46, '3.5 倍', '3.5×'],
		['speedup', 72, '72 倍', '72×'],
		['hours-per-year', 415.6, '416 小时', '416 hours'],
	] as const)('%s %s → %s / %s', (measure, value, zh, en) => {
		expect(formatSpreadValue(measure, value, 'zh-cn')).toBe(zh);
		expect(formatSpreadValue(measure, value, 'en')).toBe(en);
	});
});

describe('buildTagCountChart', () => {
	const tags = [
		{ id: 'fintech', label: '金融科技', count: 3, href: '/zh-cn/tags/fintech/' },
		{ id: 'retail', label: '零售', count: 1, href: '/zh-cn/tags/retail/' },
	];

	test('one linked bar per tag, the count in words, the column named', () => {
		const spec = buildTagCountChart({ id: 'industries-chart', title: '各行业案例数', column: '行业', locale: 'zh-cn', tags });
		expect(spec).toMatchObject({ id: 'industries-chart', kind: 'count', locale: 'zh-cn', title: '各行业案例数', logScale: false });
		expect(spec.labels).toMatchObject({ metric: '行业', count: '案例数' });
		expect(spec.rows).toEqual([
			{ id: 'fintech', label: '金融科技', href: '/zh-cn/tags/fintech/', count: 3, text: { count: '3 个案例' } },
			{ id: 'retail', label: '零售', href: '/zh-cn/tags/retail/', count: 1, text: { count: '1 个案例' } },
		]);
	});

	test('English counts agree in number', () => {
		const spec = buildTagCountChart({ id: 'x', title: 'Cases per industry', column: 'Industries', locale: 'en', tags });
		expect(spec.rows.map((row) => row.text.count)).toEqual(['3 cases', '1 case']);
	});
});
