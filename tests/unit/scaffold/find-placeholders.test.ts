import { describe, expect, test } from 'vitest';
import { findPlaceholders } from '../../../src/lib/content/placeholders';
import { scaffoldCase } from '../../../tools/scaffold/new-case';

describe('the lines that still hold the scaffold marker', () => {
	test('a TODO in a frontmatter value or a body line counts; a frontmatter comment naming it does not', () => {
		const source = ['---', '# replace every TODO', 'title: "TODO: title"', '---', '', 'TODO: a paragraph', '', 'done'].join('\n');
		expect(findPlaceholders(source)).toEqual([3, 6]);
	});

	test('a body heading is text to fill: its TODO counts although the line starts with #', () => {
		const source = ['---', 'title: Done', '---', '', '## TODO: 公司概况', '', '### Done'].join('\n');
		expect(findPlaceholders(source)).toEqual([5]);
	});

	test('the new-case scaffold is flagged where it was before: values and the body, never its comments', () => {
		const lines = scaffoldCase('en', { company: 'Acme', date: '2025-10-17' }).split('\n');
		const flagged = findPlaceholders(lines.join('\n'));
		expect(flagged.length).toBeGreaterThan(0);
		for (const line of flagged) expect(lines[line - 1]!.trimStart().startsWith('#'), lines[line - 1]).toBe(false);
	});
});
