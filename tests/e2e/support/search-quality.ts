import type { Page } from 'playwright-core';
import { getQueryTerms, normaliseText } from '../../../src/lib/search/query';

export interface QualityQuery {
	query: string;
	/** Slugs of the cases that must appear in the top 3 (all of them, or any 3 when more); none: the query must find nothing. */
	expected: string[];
	kind: string;
	/** For a typo: the query the search must correct it to. */
	corrected?: string;
}

export interface QueryOutcome extends QualityQuery {
	top: string[];
	recall: number;
	/** Share of the results whose text contains every word of the query searched (the corrected one for a typo). */
	precision: number;
	results: number;
	/** The query the search ran. */
	searched: string;
	/** Every result's URL path and excerpt, for the leak checks. */
	hits: { path: string; excerpt: string }[];
}

const pathOf = (url: string) => new URL(url, 'http://x').pathname;
const slugOf = (url: string) => /\/cases\/([^/]+)\/$/.exec(pathOf(url))?.[1] ?? pathOf(url);

/**
 * Whether a result's text contains the query: Chinese words as written, Latin words by their stem
 * (approvals ~ approval). Deliberately not the site's matchesQuery: the dialog filters results with
 * that, so judging precision with it would only test the filter against itself.
 */
function contains(text: string, query: string, lang: string): boolean {
	const haystack = normaliseText(text);
	const stem = (term: string) => {
		const singular = term.replace(/(ies|es|s)$/, '');
		return singular.length > 5 ? singular.slice(0, singular.length - 2) : singular;
	};
	return getQueryTerms(query, lang).every((term) => haystack.includes(/\p{Script=Han}/u.test(term) ? term : stem(term)));
}

/** Runs each query through the site's own search in the page (typos corrected, as the dialog does) and scores it. */
export async function runQualityQueries(page: Page, queries: QualityQuery[], lang: string): Promise<QueryOutcome[]> {
	const outcomes: QueryOutcome[] = [];
	for (const item of queries) {
		const found = await page.evaluate(
			async ({ query }) => {
				const search = document.querySelector('cs-site-search') as unknown as {
					find: (query: string, options: object) => Promise<{ query: string; hits: { url: string; text: string; excerpt: { text: string }[] }[] }>;
				};
				const outcome = await search.find(query, { limit: 10 });
				return {
					query: outcome.query,
					hits: outcome.hits.map((hit) => ({ url: hit.url, text: hit.text, excerpt: hit.excerpt.map((part) => part.text).join('') })),
				};
			},
			{ query: item.query }
		);
		const top = found.hits.slice(0, 3).map((hit) => slugOf(hit.url));
		const needed = Math.min(3, item.expected.length);
		const recall = needed === 0 ? (found.hits.length === 0 ? 1 : 0) : top.filter((slug) => item.expected.includes(slug)).length / needed;
		const precision = found.hits.length === 0 ? 1 : found.hits.filter((hit) => contains(hit.text, found.query, lang)).length / found.hits.length;
		const hits = found.hits.map((hit) => ({ path: pathOf(hit.url), excerpt: hit.excerpt }));
		outcomes.push({ ...item, top, recall, precision, results: found.hits.length, searched: found.query, hits });
	}
	return outcomes;
}

export function summarise(outcomes: QueryOutcome[]) {
	const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
	return { queries: outcomes.length, recallAt3: mean(outcomes.map((item) => item.recall)), precision: mean(outcomes.map((item) => item.precision)) };
}

/** The pages readers may get as results: case, tag (first page), industries and insights pages. */
export const readerResultPath = /^\/(?:zh-cn|en)\/(?:cases\/[^/]+|tags\/[^/]+|industries|insights)\/$/;
