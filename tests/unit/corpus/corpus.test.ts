import { describe, expect, test } from 'vitest';
import { indexCorpus, paginate, type CorpusCase } from '../../../src/lib/corpus/corpus';
import { getOutcomeComparisons, getOutcomeSpreads } from '../../../src/lib/corpus/outcomes';
import { getRelatedCases, getRelatedTags, windowAround } from '../../../src/lib/corpus/related';
import { countTagsByFacet, countUsedTags } from '../../../src/lib/corpus/tag-counts';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';
import { caseSchema, type CaseInput } from '../../../src/schemas/case';
import type { MetricInput } from '../../../src/schemas/metric';

/** A synthetic case with only what a test needs. */
function synthetic(slug: string, facts: Partial<CaseInput> & { date?: string; metrics?: MetricInput[] }): CorpusCase {
	const { date, ...rest } = facts;
	return {
		slug,
		data: caseSchema.parse({
			title: `Synthetic ${slug}`,
			description: 'Synthetic.',
			company: { name: `Synthetic ${slug}`, business: 'Synthetic.', size: 'unknown', regions: ['global'] },
			product: 'feishu',
			industries: ['fintech'],
			source: { url: 'https://example.com', publisher: 'Example' },
			reportDate: date ?? '2025-01-01',
			...rest,
		}),
	};
}

const up = (id: string, category: string, value: number): MetricInput => ({ id, label: id, category, change: { direction: 'up', value } });

const corpus = indexCorpus([
	synthetic('a', { date: '2025-03-01', industries: ['fintech'], capabilities: ['approvals', 'bots'], metrics: [up('speed', 'responsiveness', 50)] }),
	synthetic('b', {
		date: '2025-02-01',
		industries: ['fintech'],
		capabilities: ['approvals'],
		metrics: [
			up('speed', 'responsiveness', 30),
			{ id: 'cycle', label: 'cycle', category: 'process-efficiency', before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } },
		],
	}),
	synthetic('c', {
		date: '2025-02-01',
		industries: ['retail'],
		capabilities: ['approvals', 'bots'],
		metrics: [{ id: 'cycle', label: 'cycle', category: 'process-efficiency', before: { value: 2, unit: 'day' }, after: { value: 4, unit: 'hour' } }],
	}),
	synthetic('d', { date: '2024-12-01', industries: ['retail'], capabilities: ['translation'], gaps: ['offline-work'] }),
]);

describe('the corpus index', () => {
	test('lists cases newest first, then by company name', () => {
		expect(corpus.cases.map((item) => item.slug)).toEqual(['a', 'b', 'c', 'd']);
	});

	test('maps every tag to its cases, metric categories included', () => {
		expect(corpus.tagIndex.get('approvals')).toEqual(['a', 'b', 'c']);
		expect(corpus.tagIndex.get('responsiveness')).toEqual(['a', 'b']);
		expect(corpus.tagIndex.get('feishu')).toHaveLength(4);
	});

	test('pages hold at most the page size, and an empty list is one empty page', () => {
		expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(paginate([], 24)).toEqual([[]]);
	});
});

describe('related tags and cases', () => {
	test('related tags are those that co-occur most', () => {
		expect(getRelatedTags('approvals', corpus, 3)).toEqual([
			{ id: 'global', count: 3 },
			{ id: 'unknown', count: 3 },
			{ id: 'bots', count: 2 },
		]);
	});

	test('related cases rank by shared tags, weighted by facet, with the reasons', () => {
		const related = getRelatedCases('a', corpus);
		expect(related.map((item) => item.slug)).toEqual(['b', 'c', 'd']);
		expect(related[0]?.reasons).toEqual([
			{ id: 'fintech', facet: 'industries' },
			{ id: 'approvals', facet: 'capabilities' },
			{ id: 'responsiveness', facet: 'outcomes' },
		]);
		expect(related[1]?.reasons.slice(0, 2)).toEqual([
			{ id: 'approvals', facet: 'capabilities' },
			{ id: 'bots', facet: 'capabilities' },
		]);
	});
});

describe('related cases in a large corpus', () => {
	// 1,000 cases sharing one tag: each case is scored against a window of that tag's cases near it
	// in date, so its cost does not grow with the corpus.
	const big = indexCorpus(
		Array.from({ length: 1_000 }, (_, index) => ({
			slug: `case-${String(index).padStart(4, '0')}`,
			data: {
				...corpus.cases[0]!.data,
				reportDate: `2020-01-01`,
				company: { ...corpus.cases[0]!.data.company, name: `Company ${String(index).padStart(4, '0')}` },
			},
		}))
	);
	const slugs = big.cases.map((item) => item.slug);

	test("the window is the tag's cases nearest the case, never longer than its size", () => {
		expect(windowAround(slugs.slice(0, 10), 5, big, 400)).toHaveLength(10);
		const middle = windowAround(slugs, 500, big, 400);
		expect(middle).toHaveLength(400);
		expect(middle[0]).toBe(slugs[300]);
		expect(middle).toContain(slugs[500]);
		expect(windowAround(slugs, 0, big, 400)[0]).toBe(slugs[0]);
		expect(windowAround(slugs, 999, big, 400).at(-1)).toBe(slugs[999]);
	});

	test('only the cases in the window are candidates (ties go to the earliest in case order)', () => {
		expect(getRelatedCases(slugs[500]!, big).map((item) => item.slug)).toEqual([slugs[300], slugs[301], slugs[302]]);
	});
});

describe('outcomes across cases', () => {
	test('comparisons need two cases with figures of the same category and kind', () => {
		const comparisons = getOutcomeComparisons(corpus.cases);
		expect(comparisons.map((item) => [item.category, item.kind, item.entries.map((entry) => entry.slug)])).toEqual([
			['process-efficiency', 'time', ['b', 'c']],
			['responsiveness', 'improvement', ['a', 'b']],
		]);
	});

	test('spreads compare like with like', () => {
		const spreads = getOutcomeSpreads(corpus);
		expect(spreads.map(({ category, measure, cases, min, median, max }) => [category, measure, cases, min, median, max])).toEqual([
			['process-efficiency', 'speedup', 2, 12, 42, 72],
			['responsiveness', 'percent', 2, 30, 40, 50],
		]);
	});

	test('a multiplier is a multiple of its own, never a percent change (5×, not +400 %)', () => {
		const withMultiples = indexCorpus([
			synthetic('m', { metrics: [{ id: 'speed', label: 'speed', category: 'responsiveness', multiplier: { value: 5 } }] }),
			synthetic('n', { metrics: [{ id: 'speed', label: 'speed', category: 'responsiveness', multiplier: { value: 6 } }, up('rise', 'responsiveness', 40)] }),
		]);
		expect(getOutcomeSpreads(withMultiples).map(({ category, measure, cases, min, max }) => [category, measure, cases, min, max])).toEqual([
			['responsiveness', 'multiplier', 2, 5, 6],
			['responsiveness', 'percent', 1, 40, 40],
		]);
	});
});

describe('tag counts', () => {
	test('per facet, most cases first, then by label in the reader language', () => {
		const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');
		const industries = countTagsByFacet(corpus, tags, 'en').find((group) => group.facet === 'industries')!;
		expect(industries.tags.slice(0, 3).map(({ tag, count }) => [tag.id, count])).toEqual([
			['fintech', 2],
			['retail', 2],
			['cross-border-payments', 0],
		]);
	});

	test('used tags: only those with a case, in the same order', () => {
		const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');
		expect(countUsedTags(corpus, tags, 'en', 'industries').map(({ tag, count }) => [tag.id, count])).toEqual([
			['fintech', 2],
			['retail', 2],
		]);
		expect(countUsedTags(corpus, tags, 'en', 'capabilities').map(({ tag }) => tag.id)).toEqual(['approvals', 'bots', 'translation']);
	});
});
