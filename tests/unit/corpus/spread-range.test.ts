import { describe, expect, test } from 'vitest';
import { formatSpreadRange, type SpreadMeasure } from '../../../src/lib/corpus/tag-summary';

describe('a spread in words, in both languages', () => {
	test.each([
		['percent', 19, 80, '↑19% 至 ↑80%', '+19% to +80%'],
		['percent', -35, -35, '↓35%', '−35%'],
		['multiplier', 5, 6, '5 至 6 倍', '5× to 6×'],
		['multiplier', 3, 3, '3 倍', '3×'],
		['speedup', 12, 72, '快 12 至 72 倍', '12× to 72× faster'],
		['speedup', 3.5, 3.5, '快 3.5 倍', '3.5× faster'],
		['hours-per-year', 52, 416, '每年 52 至 416 小时', '52 to 416 hours a year'],
		['hours-per-year', 1.04, 1, '每年 1 小时', '1 hour a year'],
		['hours-per-year', 1520, 1520, '每年 1,520 小时', '1,520 hours a year'],
	] as [SpreadMeasure, number, number, string, string][])('%s from %d to %d', (measure, min, max, zh, en) => {
		expect(formatSpreadRange({ measure, min, max }, 'zh-cn')).toBe(zh);
		expect(formatSpreadRange({ measure, min, max }, 'en')).toBe(en);
	});
});
