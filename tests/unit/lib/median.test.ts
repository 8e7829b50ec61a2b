import { describe, expect, test } from 'vitest';
import { median } from '../../../src/lib/math/median';

describe('median (insights spreads and Lighthouse runs alike)', () => {
	test('odd and even counts, in any order', () => {
		expect(median([99, 90, 97])).toBe(97);
		expect(median([96, 100])).toBe(98);
		expect(median([72, 3, 12, 5])).toBe(8.5);
	});

	test('one value is its own median; none has none', () => {
		expect(median([42])).toBe(42);
		expect(median([])).toBeNaN();
	});

	test('leaves its input as it was', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});
});
