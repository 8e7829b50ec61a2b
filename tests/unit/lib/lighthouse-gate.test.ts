import { describe, expect, test } from 'vitest';
import { judgeLighthouseResult, type LighthouseResult } from '../../../tools/budgets/lighthouse-gate';

function result(scores: Record<string, number>, audits: LighthouseResult['audits'] = {}): LighthouseResult {
	const refs = Object.keys(audits).map((id) => ({ id, weight: 1 }));
	return {
		categories: Object.fromEntries(Object.entries(scores).map(([category, score]) => [category, { score, auditRefs: category === 'seo' ? refs : [] }])),
		audits,
	};
}

describe('the Lighthouse gate', () => {
	test('passes a page at the thresholds', () => {
		const judged = judgeLighthouseResult(result({ performance: 0.97, accessibility: 1, 'best-practices': 1, seo: 1 }));
		expect(judged).toEqual({ scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 }, problems: [], passed: true });
	});

	test('fails one point below and names the audits that cost points', () => {
		const judged = judgeLighthouseResult(
			result(
				{ performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 0.92 },
				{
					'meta-description': { title: 'Document does not have a meta description', score: 0, scoreDisplayMode: 'binary' },
					hreflang: { title: 'Document has a valid hreflang', score: 1, scoreDisplayMode: 'binary' },
					'robots-txt': { title: 'robots.txt is not valid', score: null, scoreDisplayMode: 'notApplicable' },
				}
			)
		);
		expect(judged.passed).toBe(false);
		expect(judged.problems).toEqual(['seo: Document does not have a meta description']);
	});

	test('a missing category counts as 0', () => {
		expect(judgeLighthouseResult(result({ performance: 1 })).scores.accessibility).toBe(0);
	});
});
