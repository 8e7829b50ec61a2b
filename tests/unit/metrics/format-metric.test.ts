import { describe, expect, test } from 'vitest';
import { formatMetric } from '../../../src/lib/metrics/format-metric.ts';
import { metricSchema, type MetricInput } from '../../../src/schemas/metric.ts';

const base = { id: 'x', label: 'X', category: 'responsiveness' };
const metric = (input: Omit<MetricInput, 'id' | 'label' | 'category'>) => metricSchema.parse({ ...base, ...input });

describe('formatMetric', () => {
	test.each([
		['percent rise', { change: { direction: 'up', value: 50 } }, '↑50%', '+50%'],
		['percent fall', { change: { direction: 'down', value: 35 } }, '↓35%', '−35%'],
		['qualified rise (以上)', { change: { direction: 'up', value: 80 }, qualifier: 'at-least' }, '↑80% 以上', '≥ +80%'],
		['before → after', { before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }, '3 天 → 1 小时', '3 days → 1 hour'],
		['before → after, plural both sides', { before: { value: 2, unit: 'week' }, after: { value: 2, unit: 'day' } }, '2 周 → 2 天', '2 weeks → 2 days'],
		[
			'time saved per customer per week',
			{ saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } },
			'每客户每周 1 小时',
			'1 hour per customer per week',
		],
		['time saved per month, about', { saved: { value: 120, unit: 'hour', per: 'month' }, qualifier: 'about' }, '每月约 120 小时', '≈ 120 hours per month'],
		['absolute percent', { value: { value: 99.5, unit: 'percent' } }, '99.5%', '99.5%'],
		['count', { value: { value: 15, unit: 'country' } }, '15 个国家', '15 countries'],
		['count of one', { value: { value: 1, unit: 'language' } }, '1 种语言', '1 language'],
		['multiplier', { multiplier: { value: 3 } }, '↑3 倍', '3×'],
		['multiplier down', { multiplier: { value: 2, direction: 'down' } }, '↓2 倍', '2×'],
		['count of many, grouped', { value: { value: 2500, unit: 'employee' } }, '2,500 名员工', '2,500 employees'],
		['count of one employee', { value: { value: 1, unit: 'employee' } }, '1 名员工', '1 employee'],
		['up to', { change: { direction: 'up', value: 20 }, qualifier: 'up-to' }, '最多 ↑20%', '≤ +20%'],
		['money per month', { money: { amount: 5000, currency: 'USD', per: 'month' } }, '5000 美元/月', 'USD 5 thousand a month'],
		['time saved per team per day', { saved: { value: 30, unit: 'minute', per: 'day', each: 'team' } }, '每团队每天 30 分钟', '30 minutes per team per day'],
	] as const)('%s', (_name, input, zh, en) => {
		const parsed = metric(input as never);
		expect(formatMetric(parsed, 'zh-cn').value).toBe(zh);
		expect(formatMetric(parsed, 'en').value).toBe(en);
	});

	test('money uses Chinese scales in zh and the currency code in en', () => {
		const parsed = metric({ money: { amount: 2_000_000, currency: 'CNY', per: 'year' }, qualifier: 'about' });
		expect(formatMetric(parsed, 'zh-cn').value).toBe('约 200 万元/年');
		expect(formatMetric(parsed, 'en').value).toBe('≈ CNY 2 million a year');
	});

	test('the text form reads as a sentence with the qualifier in words', () => {
		const parsed = metricSchema.parse({ ...base, label: 'Risk alerts', change: { direction: 'up', value: 80 }, qualifier: 'at-least' });
		expect(formatMetric(parsed, 'en').text).toBe('Risk alerts: at least +80%');
		expect(formatMetric({ ...parsed, label: '风险信息推送效率' }, 'zh-cn').text).toBe('风险信息推送效率：↑80% 以上');
		const saved = metricSchema.parse({ ...base, label: '对齐时间', saved: { value: 120, unit: 'hour', per: 'month' }, qualifier: 'about' });
		expect(formatMetric(saved, 'zh-cn').text).toBe('对齐时间：每月约 120 小时');
		expect(formatMetric({ ...saved, label: 'Alignment time' }, 'en').text).toBe('Alignment time: about 120 hours per month');
	});

	test('direction follows the figure', () => {
		expect(formatMetric(metric({ change: { direction: 'down', value: 10 } }), 'en').direction).toBe('down');
		expect(formatMetric(metric({ value: { value: 15, unit: 'country' } }), 'en').direction).toBe('none');
	});
});
