import { describe, expect, test } from 'vitest';
import { chineseNumeralToNumber, parseFigures } from '../../../tools/import/parse-figure.ts';
import { metricSchema } from '../../../src/schemas/metric';

const figures = (text: string) => parseFigures(text).map((found) => found.figure);

describe('parseFigures', () => {
	// Every figure of the seed report (../shared/seeds/000_386aae597534c6c5.txt), as written there.
	test.each([
		['**↑50%**: 全球客户需求响应速度提升50%', { change: { direction: 'up', value: 50 } }],
		['**↑98%**: 商务轮转场景，客户交接效率提升98%', { change: { direction: 'up', value: 98 } }],
		['**↑80%**: 客户风险信息推送效率提升80%以上', { change: { direction: 'up', value: 80 }, qualifier: 'at-least' }],
		['**时间节省**: 单客户每周节省1小时内部对齐时间', { saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } }],
		['**交接效率**: 轮转交接周期从3天缩短至1小时', { before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }],
		['**多语言翻译功能**: 覆盖15国多语种需求，优化跨国沟通效率', { value: { value: 15, unit: 'country' } }],
	])('seed: %s', (text, expected) => {
		expect(figures(text)).toEqual([expected]);
	});

	test.each([
		['↓35%', { change: { direction: 'down', value: 35 } }],
		['成本降低 35%', { change: { direction: 'down', value: 35 } }],
		['效率↑3倍', { multiplier: { value: 3, direction: 'up' } }],
		['2×', { multiplier: { value: 2, direction: 'up' } }],
		['48小时 → 4小时', { before: { value: 48, unit: 'hour' }, after: { value: 4, unit: 'hour' } }],
		['2周→2天', { before: { value: 2, unit: 'week' }, after: { value: 2, unit: 'day' } }],
		['审批时间从三天缩短到两小时', { before: { value: 3, unit: 'day' }, after: { value: 2, unit: 'hour' } }],
		['每客户每周 1 小时', { saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } }],
		['每月约 120 小时', { saved: { value: 120, unit: 'hour', per: 'month' }, qualifier: 'about' }],
		['准确率 99.5%', { value: { value: 99.5, unit: 'percent' } }],
		['约 200 万元/年', { money: { amount: 2_000_000, currency: 'CNY', per: 'year' }, qualifier: 'about' }],
		['节省成本 1.5亿元', { money: { amount: 150_000_000, currency: 'CNY' } }],
		['超过20个国家', { value: { value: 20, unit: 'country' }, qualifier: 'at-least' }],
		['响应速度提升５０％', { change: { direction: 'up', value: 50 } }],
		// The words before a figure: the period of an amount, whom a saving counts for.
		['每年节省纸张与差旅成本约120万元', { money: { amount: 1_200_000, currency: 'CNY', per: 'year' }, qualifier: 'about' }],
		['每月节省人力成本约35万元', { money: { amount: 350_000, currency: 'CNY', per: 'month' }, qualifier: 'about' }],
		['每位班组长每天约30分钟', { saved: { value: 30, unit: 'minute', per: 'day', each: 'employee' }, qualifier: 'about' }],
		['每名司机每周节省2小时', { saved: { value: 2, unit: 'hour', per: 'week', each: 'employee' } }],
		['每个班组每周节省3小时', { saved: { value: 3, unit: 'hour', per: 'week', each: 'team' } }],
		['全年，节省成本200万元', { money: { amount: 2_000_000, currency: 'CNY' } }],
	])('Chinese: %s', (text, expected) => {
		expect(figures(text)).toEqual([expected]);
	});

	test.each([
		['+50% faster responses', { change: { direction: 'up', value: 50 } }],
		['costs fell by 35%', { change: { direction: 'down', value: 35 } }],
		['handover cut from 3 days to 1 hour', { before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }],
		['saves 1 hour per customer per week', { saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } }],
		['about CNY 2 million a year', { money: { amount: 2_000_000, currency: 'CNY', per: 'year' }, qualifier: 'about' }],
		['3x faster', { multiplier: { value: 3, direction: 'up' } }],
		['in 15 countries', { value: { value: 15, unit: 'country' } }],
	])('English: %s', (text, expected) => {
		expect(figures(text)).toEqual([expected]);
	});

	test('several figures in one sentence come in reading order', () => {
		expect(figures('响应速度提升50%，交接周期从3天缩短至1小时')).toEqual([
			{ change: { direction: 'up', value: 50 } },
			{ before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } },
		]);
	});

	test('text without a figure, or a figure that is not a number, gives nothing', () => {
		expect(figures('↑abc%')).toEqual([]);
		expect(figures('支持全球服务能力跃升')).toEqual([]);
	});

	test('every parsed figure is a valid metric', () => {
		for (const text of ['↑80%以上', '3天 → 1小时', '每客户每周 1 小时', '约 200 万元/年', '↑3倍', '99.5%', '15国']) {
			const [found] = parseFigures(text);
			expect(metricSchema.safeParse({ id: 'x', label: 'x', category: 'x', ...found!.figure }).success, text).toBe(true);
		}
	});
});

test('a subject read before a saving belongs to its text: the body cites the whole of it', () => {
	expect(parseFigures('排班：每位班组长每天约30分钟')[0]).toMatchObject({ text: '每位班组长每天约30分钟', index: 3 });
});

describe('chineseNumeralToNumber', () => {
	test.each([
		['三', 3],
		['两', 2],
		['十', 10],
		['十五', 15],
		['二十', 20],
		['一百二十', 120],
	])('%s → %d', (text, expected) => expect(chineseNumeralToNumber(text)).toBe(expected));
});

/**
 * Each input below took minutes with the quadratic patterns of before (80,000 digits: 42 s, and
 * time grows with the square of the length); linear, each takes milliseconds. No timing assertion:
 * a quadratic regression runs into the test's own timeout. The time is printed for the record.
 */
describe('parseFigures is linear in the length of its input', () => {
	const timed = <T>(name: string, run: () => T): T => {
		const start = performance.now();
		const result = run();
		console.log(`parseFigures ${name}: ${(performance.now() - start).toFixed(1)} ms`);
		return result;
	};

	test.each([
		['200,000 digits', '1'.repeat(200_000)],
		['100,000 times "1."', '1.'.repeat(100_000)],
		['a digit and 200,000 spaces', `1${' '.repeat(200_000)}。`],
		['200,000 Chinese numerals', '三'.repeat(200_000)],
		['每周 and 100,000 filler words', `每周${'节省'.repeat(100_000)}`],
		['每周 and 200,000 spaces', `每周${' '.repeat(200_000)}`],
		['from and 200,000 spaces', `from${' '.repeat(200_000)}`],
		['a decimal with 200,000 places', `1.${'5'.repeat(200_000)}`],
		['100,000 times "↑"', '↑'.repeat(100_000)],
	])('%s: no figure', (name, input) => {
		expect(timed(name, () => figures(input))).toEqual([]);
	});

	test('40,000 different figures in one paragraph, each found once', () => {
		const input = Array.from({ length: 40_000 }, (_, index) => `${index + 1}% `).join('');
		const found = timed('40,000 figures', () => figures(input));
		expect(found).toHaveLength(40_000);
		expect(found.at(-1)).toEqual({ value: { value: 40_000, unit: 'percent' } });
	});

	test('the same figure 50,000 times is one figure', () => {
		expect(timed('50,000 repeats', () => figures('提升5%以上，'.repeat(50_000)))).toEqual([{ change: { direction: 'up', value: 5 }, qualifier: 'at-least' }]);
	});

	test('a figure after 200,000 digits is still read', () => {
		expect(timed('a figure after digits', () => figures(`${'1'.repeat(200_000)} 从3天缩短至1小时`))).toEqual([
			{ before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } },
		]);
	});
});
