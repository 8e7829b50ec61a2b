import type { Locale } from '../i18n/locales.ts';
import { uiText, type UiTextKey } from '../i18n/ui-text.ts';

/** The search dialog's words and their UI string keys: all of the UI strings it reads. */
const searchStringKeys = {
	input: 'pagefind.search_label',
	placeholder: 'searchbox.placeholder',
	results: 'searchbox.results',
	filters: 'pagefind.filters_label',
	more: 'pagefind.load_more',
	searching: 'pagefind.searching',
	none: 'pagefind.zero_results',
	one: 'pagefind.one_result',
	many: 'pagefind.many_results',
	showingFor: 'searchbox.showingFor',
	searchInstead: 'searchbox.searchInstead',
	unavailable: 'searchbox.unavailable',
} as const satisfies Record<string, UiTextKey>;

export type SearchStrings = Record<keyof typeof searchStringKeys, string>;

/**
 * The search dialog's words in `locale`, served as `/{locale}/search-strings.json` and fetched on
 * its first open, so neither every page nor the dialog's first download carries the whole table.
 * Their `[SEARCH_TERM]`-style placeholders are Pagefind's, filled in by the dialog.
 */
export function getSearchStrings(locale: Locale): SearchStrings {
	return Object.fromEntries(Object.entries(searchStringKeys).map(([name, key]) => [name, uiText(locale, key)])) as SearchStrings;
}
