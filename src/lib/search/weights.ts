/**
 * Search weights (Pagefind, 0–10): pages that list cases (tag pages, lists, insights) weigh their
 * title and text low, so a query finds the case before the page that lists it.
 */
export const listingSearchWeight = 0.1;

/** The names of a case's tags (labels in both languages, aliases): a match there is a strong signal. */
export const aliasSearchWeight = 3;
