import { locales, type Locale } from './locales.ts';

/**
 * The site locale that best fits a browser's `navigator.languages`, in the reader's order of
 * preference: any Chinese → zh-cn, any English → en. A reader whose languages the site lacks gets
 * English, the site's common second language, rather than Chinese.
 */
export function pickPreferredLocale(languages: readonly string[]): Locale {
	for (const language of languages) {
		const primary = language.toLowerCase().split('-')[0];
		const match = locales.find((locale) => locale.split('-')[0] === primary);
		if (match) return match;
	}
	return 'en';
}
