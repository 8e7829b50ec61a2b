import { describe, expect, test } from 'vitest';
import { countTranslationWork, getVersionStatus, selectTranslationTodo } from '../../../src/lib/content/translation-todo';

const row = (slug: string, versions: { exists: boolean; outdated: boolean; draft?: boolean; date?: string }[]) => ({
	slug,
	versions: versions.map((version) => ({ draft: false, ...version })),
});

describe('the translation to-do list', () => {
	const rows = [
		row('complete', [
			{ exists: true, outdated: false, date: '2026-01-01' },
			{ exists: true, outdated: false, date: '2026-01-02' },
		]),
		row('missing-old', [
			{ exists: true, outdated: false, date: '2025-01-01' },
			{ exists: false, outdated: false },
		]),
		row('missing-new', [
			{ exists: false, outdated: false },
			{ exists: true, outdated: false, date: '2026-03-01' },
		]),
		row('outdated', [
			{ exists: true, outdated: false, date: '2025-05-01' },
			{ exists: true, outdated: true, date: '2025-02-01' },
		]),
	];

	test('lists only cases needing work, outdated first, then the most recently changed', () => {
		expect(selectTranslationTodo(rows).shown.map((item) => item.slug)).toEqual(['outdated', 'missing-new', 'missing-old']);
	});

	test('stops at the limit and says how many it left out', () => {
		const { shown, notShown, total } = selectTranslationTodo(rows, 2);
		expect(shown.map((item) => item.slug)).toEqual(['outdated', 'missing-new']);
		expect({ notShown, total }).toEqual({ notShown: 1, total: 3 });
	});

	test('a case with a draft version (in astro dev) is work to do, though every language exists', () => {
		const inReview = row('in-review', [
			{ exists: true, outdated: false, date: '2025-06-01' },
			{ exists: true, outdated: false, draft: true, date: '2025-06-02' },
		]);
		expect(selectTranslationTodo([...rows, inReview]).shown.map((item) => item.slug)).toEqual(['outdated', 'missing-new', 'in-review', 'missing-old']);
	});

	test('the summary counts cases, not versions, with a missing, an outdated or a draft version', () => {
		const inReview = row('in-review', [
			{ exists: true, outdated: false, draft: true },
			{ exists: false, outdated: false, draft: true },
		]);
		expect(countTranslationWork(rows)).toEqual({ missing: 2, outdated: 1, inReview: 0 });
		// A draft that does not exist (a missing file) is not in review.
		expect(countTranslationWork([...rows, inReview])).toEqual({ missing: 3, outdated: 1, inReview: 1 });
		expect(countTranslationWork([])).toEqual({ missing: 0, outdated: 0, inReview: 0 });
	});
});

describe('the status of a version', () => {
	const version = { exists: true, outdated: false, draft: false, isSource: false };

	test.each([
		[{ exists: false }, 'missing'],
		[{ isSource: true }, 'source'],
		[{}, 'current'],
		[{ outdated: true }, 'outdated'],
		// A draft is in review whether it is the source, a translation or an outdated one.
		[{ draft: true }, 'in-review'],
		[{ draft: true, isSource: true }, 'in-review'],
		[{ draft: true, outdated: true }, 'in-review'],
	])('%o is %s', (change, status) => {
		expect(getVersionStatus({ ...version, ...change })).toBe(status);
	});
});
