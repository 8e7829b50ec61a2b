/**
 * The facets of the shared vocabulary. Each facet is one file `content/taxonomy/<file>.yml`;
 * tag ids are unique across all facets, so a tag's URL needs no facet prefix.
 */
export const facets = ['products', 'industries', 'capabilities', 'challenges', 'gaps', 'outcomes', 'regions', 'sizes'] as const;
export type Facet = (typeof facets)[number];

export function isFacet(value: string): value is Facet {
	return (facets as readonly string[]).includes(value);
}
