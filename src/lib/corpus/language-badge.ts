import { localeShortLabels, localeToLang, type Locale } from '../i18n/locales.ts';

/** The marker of a case listed untranslated: the language its text is in, named in that language. */
export interface LanguageBadge {
	/** BCP-47 tag of the case's text, the badge's own `lang` ("zh-CN"). */
	lang: string;
	/** The language's short native name ("中文", "English"): a reader who cannot read it learns it is not theirs. */
	label: string;
}

/** A badge when a list in `pageLocale` shows a case written in `contentLocale`; none when they are the same. */
export function getLanguageBadge(pageLocale: Locale, contentLocale: Locale): LanguageBadge | undefined {
	if (pageLocale === contentLocale) return undefined;
	return { lang: localeToLang(contentLocale), label: localeShortLabels[contentLocale] };
}
