import type { Page } from 'playwright-core';
import { getQueryTerms, normaliseText } from '../../../src/lib/search/query';

export interface QualityQuery {
	query: string;
	/** Slugs of the cases that must appear in the top 3 (all of them, or any 3 when more). */
	expected: string[];
	kind: string;
}

export interface QueryOutcome extends QualityQuery {
	top: string[];
	recall: number;
	/** Share of the results whose text contains every word of the query. */
	precision: number;
	results: number;
}

const slugOf = (url: string) => /\/cases\/([^/]+)\/$/.exec(new URL(url, 'http://x').pathname)?.[1] ?? new URL(url, 'http://x').pathname;

/** Whether a result's text contains the query: Chinese words as written, Latin words by their stem (approvals ~ approval). */
function contains(text: string, query: string, lang: string): boolean {
	const haystack = normaliseText(text);
	const stem = (term: string) => {
		const singular = term.replace(/(ies|es|s)$/, '');
		return singular.length > 5 ? singular.slice(0, singular.length - 2) : singular;
	};
	return getQueryTerms(query, lang).every((term) => haystack.includes(/\p{Script=Han}/u.test(term) ? term : stem(term)));
}

/** Runs each query through the site's own search in the page and scores it. */
export async function runQualityQueries(page: Page, queries: QualityQuery[], lang: string): Promise<QueryOutcome[]> {
	const outcomes: QueryOutcome[] = [];
	for (const item of queries) {
		const hits = await page.evaluate(
			async ({ query }) => {
				const search = document.querySelector('cs-site-search') as unknown as { search: (query: string, options: object) => Promise<{ url: string; text: string }[]> };
				return search.search(query, { limit: 10 });
			},
			{ query: item.query }
		);
		const top = hits.slice(0, 3).map((hit) => slugOf(hit.url));
		const needed = Math.min(3, item.expected.length);
		const recall = needed === 0 ? 1 : top.filter((slug) => item.expected.includes(slug)).length / needed;
		const precision = hits.length === 0 ? 1 : hits.filter((hit) => contains(hit.text, item.query, lang)).length / hits.length;
		outcomes.push({ ...item, top, recall, precision, results: hits.length });
	}
	return outcomes;
}

export function summarise(outcomes: QueryOutcome[]) {
	const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
	return { queries: outcomes.length, recallAt3: mean(outcomes.map((item) => item.recall)), precision: mean(outcomes.map((item) => item.precision)) };
}
