import type { Locale } from '../i18n/locales.ts';
import { uiPluralTemplates, uiText } from '../i18n/ui-text.ts';

/**
 * The cases browser's words in `locale`, for its script (`data-strings`): the result count as
 * plural templates the script fills in, and the status and toggle texts with their placeholders.
 * Only what the script writes: the page renders its other words itself (CaseBrowser.astro).
 */
export function getCaseBrowserStrings(locale: Locale) {
	const count = uiPluralTemplates(locale, 'cases.count');
	return {
		count_one: count.one,
		count_other: count.other,
		loading: uiText(locale, 'browser.loading'),
		none: uiText(locale, 'browser.none'),
		unavailable: uiText(locale, 'browser.unavailable'),
		toggle: uiText(locale, 'browser.toggle', { active: '{active}' }),
	};
}
