import { describe, expect, test } from 'vitest';
import { getPageWindow } from '../../../src/lib/corpus/page-window';

describe('the pagination window', () => {
	test('shows every page when there are few', () => {
		expect(getPageWindow(1, 1)).toEqual([1]);
		expect(getPageWindow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	test('first, last and two each side of the current page, gaps between', () => {
		expect(getPageWindow(1, 209)).toEqual([1, 2, 3, 'gap', 209]);
		expect(getPageWindow(100, 209)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 209]);
		expect(getPageWindow(209, 209)).toEqual([1, 'gap', 207, 208, 209]);
	});

	test('a gap of a single page shows that page instead', () => {
		expect(getPageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
	});

	test('never more than 9 links, whatever the corpus', () => {
		for (const pages of [10, 100, 1_000, 10_000])
			for (const page of [1, 5, pages / 2, pages - 4, pages]) expect(getPageWindow(page, pages).length).toBeLessThanOrEqual(9);
	});
});
