import { describe, expect, test } from 'vitest';
import { formatFactor, formatMultiple } from '../../../src/lib/metrics/format-multiple.ts';

describe('formatMultiple and formatFactor', () => {
	// One rounding for the multiple and its bare factor: one decimal, whatever the size.
	test.each([
		[3, 'zh-cn', '3 倍', '3'],
		[3.46, 'zh-cn', '3.5 倍', '3.5'],
		[72.4, 'zh-cn', '72.4 倍', '72.4'],
		[12345.67, 'zh-cn', '12,345.7 倍', '12,345.7'],
		[3, 'en', '3×', '3'],
		[9.96, 'en', '10×', '10'],
		[0.25, 'en', '0.3×', '0.3'],
	] as const)('%s in %s → %s, factor %s', (value, locale, multiple, factor) => {
		expect(formatMultiple(value, locale)).toBe(multiple);
		expect(formatFactor(value, locale)).toBe(factor);
	});

	test('more decimals on request, and a dash for a number that is not finite', () => {
		expect(formatMultiple(3.456, 'en', 2)).toBe('3.46×');
		expect(formatFactor(3.456, 'en', 2)).toBe('3.46');
		expect(formatMultiple(Infinity, 'zh-cn')).toBe('—');
		expect(formatMultiple(Number.NaN, 'en')).toBe('—');
	});
});
