import { describe, expect, test } from 'vitest';
import { formatFactor, formatMultiple } from '../../../src/lib/metrics/format-multiple.ts';

describe('formatMultiple and formatFactor', () => {
	// The multiple with one decimal; the bare factor as the words around figures round it: one decimal below 10, whole from 10 on.
	test.each([
		[3, 'zh-cn', '3 倍', '3'],
		[3.46, 'zh-cn', '3.5 倍', '3.5'],
		[72.4, 'zh-cn', '72.4 倍', '72'],
		[12345.67, 'zh-cn', '12,345.7 倍', '12,346'],
		[3, 'en', '3×', '3'],
		[9.96, 'en', '10×', '10'],
		[0.25, 'en', '0.3×', '0.3'],
	] as const)('%s in %s → %s, factor %s', (value, locale, multiple, factor) => {
		expect(formatMultiple(value, locale)).toBe(multiple);
		expect(formatFactor(value, locale)).toBe(factor);
	});

	test('more decimals on request, and a dash for a number that is not finite', () => {
		expect(formatMultiple(3.456, 'en', 2)).toBe('3.46×');
		expect(formatMultiple(Infinity, 'zh-cn')).toBe('—');
		expect(formatMultiple(Number.NaN, 'en')).toBe('—');
	});
});
