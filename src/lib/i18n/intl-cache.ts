/**
 * Intl formatters, made once per language and options: building one costs far more than using it,
 * and a build formats figures and dates tens of thousands of times (it was 10 % of page rendering).
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(kind: string, lang: string, options: object, make: () => T): T {
	const key = `${kind}|${lang}|${JSON.stringify(options)}`;
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) cache.set(key, (formatter = make()));
	return formatter;
}

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
	cached('number', lang, options, () => new Intl.NumberFormat(lang, options));
export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
	cached('date', lang, options, () => new Intl.DateTimeFormat(lang, options));
export const pluralRules = (lang: string, options: Intl.PluralRulesOptions = {}) => cached('plural', lang, options, () => new Intl.PluralRules(lang, options));
