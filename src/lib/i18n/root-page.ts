import { urls } from '../urls.ts';
import { defaultLocale, localeLabels, localeToLang, locales, type Lang, type Locale } from './locales.ts';
import { uiText, type UiTextKey } from './ui-text.ts';

/** A text in one language, for an element that carries its `lang`. */
export interface LangText {
	lang: Lang;
	text: string;
}

/** What `/` shows: its words in every language, the link to each language's home and the alternates for search engines. */
export interface RootPage {
	lang: Lang;
	title: string;
	titles: LangText[];
	prompts: LangText[];
	alternates: { hreflang: string; href: string }[];
	/** Every locale, for the redirect script to match the reader's languages against. */
	locales: readonly Locale[];
	links: { locale: Locale; lang: Lang; href: string; label: string }[];
}

/**
 * The root page (`/`) under `base`: it only sends readers on, so it speaks every language at once,
 * the default one first in its `lang`. `site` (the origin) makes the alternates absolute.
 */
export function buildRootPage(base: string, site: string | URL): RootPage {
	const inEveryLanguage = (key: UiTextKey) => locales.map((locale) => ({ lang: localeToLang(locale), text: uiText(locale, key) }));
	const titles = inEveryLanguage('root.title');
	const absoluteHome = (locale: Locale) => urls.absolute(urls.home(base, locale), site);
	return {
		lang: localeToLang(defaultLocale),
		title: titles.map((title) => title.text).join(' · '),
		titles,
		prompts: inEveryLanguage('root.choose'),
		alternates: [
			...locales.map((locale) => ({ hreflang: localeToLang(locale), href: absoluteHome(locale) })),
			{ hreflang: 'x-default', href: absoluteHome(defaultLocale) },
		],
		locales,
		links: locales.map((locale) => ({ locale, lang: localeToLang(locale), href: urls.home(base, locale), label: localeLabels[locale] })),
	};
}
