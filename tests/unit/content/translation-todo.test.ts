import { describe, expect, test } from 'vitest';
import { selectTranslationTodo } from '../../../src/lib/content/translation-todo';

const row = (slug: string, versions: { exists: boolean; outdated: boolean; date?: string }[]) => ({ slug, versions });

describe('the translation to-do list', () => {
	const rows = [
		row('complete', [{ exists: true, outdated: false, date: '2026-01-01' }, { exists: true, outdated: false, date: '2026-01-02' }]),
		row('missing-old', [{ exists: true, outdated: false, date: '2025-01-01' }, { exists: false, outdated: false }]),
		row('missing-new', [{ exists: false, outdated: false }, { exists: true, outdated: false, date: '2026-03-01' }]),
		row('outdated', [{ exists: true, outdated: false, date: '2025-05-01' }, { exists: true, outdated: true, date: '2025-02-01' }]),
	];

	test('lists only cases needing work, outdated first, then the most recently changed', () => {
		expect(selectTranslationTodo(rows).shown.map((item) => item.slug)).toEqual(['outdated', 'missing-new', 'missing-old']);
	});

	test('stops at the limit and says how many it left out', () => {
		const { shown, notShown, total } = selectTranslationTodo(rows, 2);
		expect(shown.map((item) => item.slug)).toEqual(['outdated', 'missing-new']);
		expect({ notShown, total }).toEqual({ notShown: 1, total: 3 });
	});
});
