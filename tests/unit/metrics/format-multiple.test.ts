import { describe, expect, test } from 'vitest';
import { formatFactor, formatMultiple } from '../../../src/lib/metrics/format-multiple.ts';

describe('formatMultiple', () => {
	test.each([
		[3, 'zh-cn', '3 倍'],
		[3.46, 'zh-cn', '3.5 倍'],
		[12345.67, 'zh-cn', '12,345.7 倍'],
		[3, 'en', '3×'],
		[3.46, 'en', '3.5×'],
		[0.25, 'en', '0.3×'],
	] as const)('%s in %s → %s', (value, locale, text) => {
		expect(formatMultiple(value, locale)).toBe(text);
	});

	test('more decimals on request, and a dash for a number that is not finite', () => {
		expect(formatMultiple(3.456, 'en', 2)).toBe('3.46×');
		expect(formatMultiple(Infinity, 'zh-cn')).toBe('—');
		expect(formatMultiple(Number.NaN, 'en')).toBe('—');
	});
});

describe('formatFactor', () => {
	test.each([
		[3.46, 'zh-cn', '3.5'],
		[72.4, 'zh-cn', '72'],
		[12345.6, 'zh-cn', '12,346'],
		[9.96, 'en', '10'],
		[0.25, 'en', '0.3'],
	] as const)('%s in %s → %s: one decimal below 10, whole numbers from 10 on', (value, locale, text) => {
		expect(formatFactor(value, locale)).toBe(text);
	});
});
