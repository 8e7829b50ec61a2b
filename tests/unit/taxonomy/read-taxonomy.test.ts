import { describe, expect, test } from 'vitest';
import { ContentError, formatProblems } from '../../../src/lib/content/problem.ts';
import { facets } from '../../../src/lib/taxonomy/facets.ts';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy.ts';

function problemsOf(dir: string): string {
	try {
		readTaxonomy(`tests/fixtures/taxonomy/${dir}`);
	} catch (error) {
		if (error instanceof ContentError) return formatProblems(error.problems);
		throw error;
	}
	throw new Error(`${dir} was accepted`);
}

describe('readTaxonomy', () => {
	test('a complete taxonomy (the model fixture) is valid, covers every facet and labels every tag in both languages', () => {
		const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');
		expect(new Set(tags.map((tag) => tag.facet))).toEqual(new Set(facets));
		for (const tag of tags) {
			expect(tag.label['zh-CN'], tag.id).toMatch(/[\u4e00-\u9fff]/);
			expect(tag.label.en, tag.id).toMatch(/^[A-Z0-9]/);
		}
	});

	test('ids are unique across facets', () => {
		expect(problemsOf('duplicate')).toBe(
			'✖ tests/fixtures/taxonomy/duplicate/industries.yml id "fintech" — duplicate tag id, already defined in tests/fixtures/taxonomy/duplicate/capabilities.yml — tag ids are unique across facets: rename one of them'
		);
	});

	test('a missing label names the file, line and field', () => {
		expect(problemsOf('bad-entry')).toBe(
			'✖ tests/fixtures/taxonomy/bad-entry/capabilities.yml:5 [1].label.en — missing required field — add it. English text, e.g. "Fintech".'
		);
	});

	test('a file that is not a facet is reported, not ignored', () => {
		expect(problemsOf('unknown-facet')).toContain('industry.yml (file name) — unknown facet "industry" — name the file after one of: products, industries');
	});
});
