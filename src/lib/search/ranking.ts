/**
 * Pagefind ranking for the site's search. Its title boost goes to the `_rank` meta that only case
 * pages carry (title and company), not to `title`: a tag page titled "审批" must not outrank the
 * cases it lists.
 */
export const pagefindRanking = { metaWeights: { title: 0, _rank: 5 } };
