/**
 * Search weights (Pagefind, 0–10): pages that list cases (tag pages, lists, insights) weigh their
 * title and text low, so a query finds the case before the page that lists it.
 */
export const listingSearchWeight = 0.1;
