import { getCaseTags, isSimilarityFacet, similarityWeights, type CorpusIndex, type SimilarityFacet } from './corpus.ts';

export interface RelatedTag {
	id: string;
	/** Cases that carry both tags. */
	count: number;
}

/**
 * Tags that co-occur most with `tagId` across its cases: most shared cases first, then by id.
 * Costs one pass over the tag's own cases.
 */
export function getRelatedTags(tagId: string, corpus: CorpusIndex, limit = 8): RelatedTag[] {
	const counts = new Map<string, number>();
	for (const slug of corpus.tagIndex.get(tagId) ?? []) {
		const data = corpus.bySlug.get(slug)?.data;
		if (!data) continue;
		for (const tag of getCaseTags(data)) {
			if (tag.id === tagId || tag.facet === 'products') continue;
			counts.set(tag.id, (counts.get(tag.id) ?? 0) + 1);
		}
	}
	return [...counts]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
		.slice(0, limit);
}

export interface RelatedCase {
	slug: string;
	score: number;
	/** The shared tags that weigh most, strongest first (at most three). */
	reasons: { id: string; facet: SimilarityFacet }[];
}

/**
 * How many cases of each shared tag are considered: those nearest in date to the case (the tag's
 * cases are in date order). Exact while no tag has more cases; beyond that the cost of a case
 * stays fixed instead of growing with the corpus (scoring every case of every tag made the build
 * quadratic).
 */
export const relatedWindow = 400;

/** The slice of a tag's cases (in case order) nearest to the case at `rank`, at most `size` long. */
export function windowAround(slugs: string[], rank: number, corpus: CorpusIndex, size = relatedWindow): string[] {
	if (slugs.length <= size) return slugs;
	// Binary search for the case's position among the tag's cases (both are in case order).
	let low = 0;
	let high = slugs.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((corpus.rank.get(slugs[middle]!) ?? 0) < rank) low = middle + 1;
		else high = middle;
	}
	const start = Math.min(Math.max(0, low - Math.floor(size / 2)), slugs.length - size);
	return slugs.slice(start, start + size);
}

/**
 * The cases most like `slug`: scored by shared tags weighted by facet (industry counts most, then
 * capabilities, outcome categories, challenges, gaps, regions), ties broken by the case order.
 * Candidates come from the tag index, at most `relatedWindow` per tag, so the cost of a case
 * follows its own tags, not the corpus.
 */
export function getRelatedCases(slug: string, corpus: CorpusIndex, limit = 3): RelatedCase[] {
	const self = corpus.bySlug.get(slug);
	if (!self) return [];
	const rank = corpus.rank.get(slug) ?? 0;
	const scores = new Map<string, { score: number; reasons: { id: string; facet: SimilarityFacet; weight: number }[] }>();
	for (const tag of getCaseTags(self.data)) {
		if (!isSimilarityFacet(tag.facet)) continue;
		const facet = tag.facet;
		const weight = similarityWeights[facet];
		for (const other of windowAround(corpus.tagIndex.get(tag.id) ?? [], rank, corpus)) {
			if (other === slug) continue;
			const entry = scores.get(other) ?? { score: 0, reasons: [] };
			entry.score += weight;
			entry.reasons.push({ id: tag.id, facet, weight });
			scores.set(other, entry);
		}
	}
	return [...scores]
		.sort(([a, x], [b, y]) => y.score - x.score || (corpus.rank.get(a) ?? 0) - (corpus.rank.get(b) ?? 0))
		.slice(0, limit)
		.map(([other, { score, reasons }]) => ({
			slug: other,
			score,
			reasons: reasons
				.sort((a, b) => b.weight - a.weight)
				.slice(0, 3)
				.map(({ id, facet }) => ({ id, facet })),
		}));
}
