import type { CaseData } from '../../schemas/case.ts';
import { listCaseTagRefs } from '../content/check-case-tags.ts';
import type { Facet } from '../taxonomy/facets.ts';

/** A case as the corpus sees it: its slug and its language-neutral facts. */
export interface CorpusCase {
	slug: string;
	data: CaseData;
}

/** The facets that make two cases alike; `products` and `sizes` tag every case and say little. */
export type SimilarityFacet = 'industries' | 'capabilities' | 'outcomes' | 'challenges' | 'gaps' | 'regions';

export const similarityWeights: Record<SimilarityFacet, number> = {
	industries: 3,
	capabilities: 2,
	outcomes: 1.5,
	challenges: 1,
	gaps: 1,
	regions: 0.5,
};

export function isSimilarityFacet(facet: Facet): facet is SimilarityFacet {
	return facet in similarityWeights;
}

/** Every tag a case carries, once, with its facet (metric categories count as `outcomes`). */
export function getCaseTags(data: CaseData): { id: string; facet: Facet }[] {
	const seen = new Set<string>();
	return listCaseTagRefs(data)
		.filter((ref) => !seen.has(ref.id) && seen.add(ref.id))
		.map(({ id, facet }) => ({ id, facet }));
}

/**
 * The order every list of cases uses: newest report first, then company name, then slug, so that
 * lists are stable from build to build and the same in both languages.
 */
export function compareCases(a: CorpusCase, b: CorpusCase): number {
	return b.data.reportDate.localeCompare(a.data.reportDate) || a.data.company.name.localeCompare(b.data.company.name, 'en') || a.slug.localeCompare(b.slug);
}

/** tag id → the slugs of its cases, in the order of `compareCases`. One pass over the corpus. */
export function buildTagIndex(cases: CorpusCase[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const item of [...cases].sort(compareCases)) {
		for (const tag of getCaseTags(item.data)) {
			const slugs = index.get(tag.id);
			if (slugs) slugs.push(item.slug);
			else index.set(tag.id, [item.slug]);
		}
	}
	return index;
}

/** The corpus with the lookups every page needs, built once per build. */
export interface CorpusIndex {
	/** All cases in the order of `compareCases`. */
	cases: CorpusCase[];
	bySlug: Map<string, CorpusCase>;
	/** tag id → slugs, in case order. */
	tagIndex: Map<string, string[]>;
	/** slug → position in `cases`, for stable tie-breaks. */
	rank: Map<string, number>;
}

export function indexCorpus(cases: CorpusCase[]): CorpusIndex {
	const sorted = [...cases].sort(compareCases);
	return {
		cases: sorted,
		bySlug: new Map(sorted.map((item) => [item.slug, item])),
		tagIndex: buildTagIndex(sorted),
		rank: new Map(sorted.map((item, index) => [item.slug, index])),
	};
}

/** Splits a list into pages of `size` (the last may be shorter); always at least one page. */
export function paginate<T>(items: T[], size: number): T[][] {
	const pages: T[][] = [];
	for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
	return pages.length > 0 ? pages : [[]];
}

/** Cases per page on every list: no page grows with the corpus. */
export const pageSize = 24;
