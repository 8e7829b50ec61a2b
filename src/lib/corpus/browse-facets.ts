import type { Facet } from '../taxonomy/facets.ts';

/**
 * The facets of the cases browser, their query-string names and their Pagefind filter names. The
 * query string holds tag ids (language-neutral: a link works in both languages); the Pagefind
 * index holds labels, so that the search modal's filter panel reads in the page's language.
 */
export const browseFacets = [
	{ facet: 'industries', param: 'industry' },
	{ facet: 'capabilities', param: 'capability' },
	{ facet: 'challenges', param: 'challenge' },
	{ facet: 'regions', param: 'region' },
	{ facet: 'sizes', param: 'size' },
] as const satisfies readonly { facet: Facet; param: string }[];

export type BrowseParam = (typeof browseFacets)[number]['param'];

/** `{ industry: ['fintech'], capability: ['approvals', 'bots'] }` from `?industry=fintech&capability=approvals&capability=bots`; unknown ids dropped. */
export function readFilterState(search: string, known: Record<BrowseParam, Set<string>>): Partial<Record<BrowseParam, string[]>> {
	const params = new URLSearchParams(search);
	const state: Partial<Record<BrowseParam, string[]>> = {};
	for (const { param } of browseFacets) {
		const values = [...new Set(params.getAll(param).flatMap((value) => value.split(',')))].filter((value) => known[param].has(value));
		if (values.length > 0) state[param] = values;
	}
	return state;
}

/** The query string of a filter state, in facet order and with sorted values, so equal states give equal URLs. */
export function writeFilterState(state: Partial<Record<BrowseParam, string[]>>): string {
	const params = new URLSearchParams();
	for (const { param } of browseFacets) for (const value of [...(state[param] ?? [])].sort()) params.append(param, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}
