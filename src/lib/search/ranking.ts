/**
 * Pagefind ranking for the site's search. Its title boost goes to the `_rank` meta that only case
 * pages carry (title and company), not to `title`: a tag page titled "审批" must not outrank the
 * cases it lists. Page length counts little (Pagefind's default is 0.75): a tag, industries or
 * insights page is indexed by its title and a sentence or two, and at full length normalisation
 * those few words outranked a report that is about the query (单点登录 found the tag page first).
 */
export const pagefindRanking = { metaWeights: { title: 0, _rank: 5 }, pageLength: 0.2 };
