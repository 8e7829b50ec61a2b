/**
 * The one place that maps the site's locales (URL folders, lowercase) to BCP-47 language tags.
 * Everything else imports from here so that `zh-cn` ↔ `zh-CN` is never spelled twice.
 */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Lang = 'zh-CN' | 'en';

export const defaultLocale: Locale = 'zh-cn';

const langs: Record<Locale, Lang> = { 'zh-cn': 'zh-CN', en: 'en' };

/** Native names, as the language switcher and the root page show them. */
export const localeLabels: Record<Locale, string> = { 'zh-cn': '简体中文', en: 'English' };

/** Short native names, for badges where space is tight (a case card at 375 px). */
export const localeShortLabels: Record<Locale, string> = { 'zh-cn': '中文', en: 'English' };

export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

export function localeToLang(locale: Locale): Lang {
	return langs[locale];
}

/** The locale of a language tag as pages write it (`zh-CN` → `zh-cn`); undefined for another language. */
export function langToLocale(lang: string): Locale | undefined {
	return locales.find((locale) => langs[locale] === lang);
}

/** The other locales, in the order a fallback should try them. */
export function getFallbackLocales(locale: Locale): Locale[] {
	return [defaultLocale, ...locales].filter((other, i, all) => other !== locale && all.indexOf(other) === i);
}
