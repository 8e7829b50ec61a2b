import en from '../../content/i18n/en.json' with { type: 'json' };
import zh from '../../content/i18n/zh-CN.json' with { type: 'json' };
import { pluralRules } from './intl-cache.ts';
import { localeToLang, type Locale } from './locales.ts';

/** Every UI string table, by site locale: the JSON files themselves (the page cache keys hash them). */
export const uiStrings: Record<Locale, Readonly<Record<string, string>>> = { 'zh-cn': zh, en };

/** A key of the UI strings, plural keys by their base name (`cases.count` for `cases.count_one` / `cases.count_other`). */
export type UiTextKey = keyof typeof en extends infer Key
	? Key extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
		? Base
		: Key
	: never;

/**
 * The one way to a UI string outside `.astro` components (queries, feeds, head tags, social cards
 * drawn in a worker thread, the CLIs that write text into content files). Components use
 * `Astro.locals.t`, Starlight's own `t()` over the very same files (src/content/i18n/{zh-CN,en}.json);
 * this reads them as it does: `{{name}}` placeholders, and `key_one` / `key_other` chosen by the
 * plural rules of the language when `count` is given. A missing key throws: a card or a feed must
 * never show a key instead of words.
 */
export function uiText(locale: Locale, key: UiTextKey, values: Record<string, string | number> = {}): string {
	const table = uiStrings[locale];
	const plural = typeof values.count === 'number' ? `${key}_${pluralRules(localeToLang(locale)).select(values.count)}` : undefined;
	const template = (plural && table[plural]) ?? table[`${key}_other`] ?? table[key];
	if (template === undefined) throw new Error(`No UI string "${key}" for ${locale} in src/content/i18n`);
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A plural string's forms as templates, for a browser script that picks the form itself with
 * `Intl.PluralRules` and fills in the number: `{ one: '{count} case', other: '{count} cases' }`.
 */
export function uiPluralTemplates(locale: Locale, key: UiTextKey, placeholder = '{count}'): { one: string; other: string } {
	const table = uiStrings[locale];
	const other = table[`${key}_other`] ?? table[key];
	if (other === undefined) throw new Error(`No UI string "${key}" for ${locale} in src/content/i18n`);
	const fill = (template: string) => template.replace(/\{\{count\}\}/g, placeholder);
	return { one: fill(table[`${key}_one`] ?? other), other: fill(other) };
}

const endsSentence = /[.!?…。！？][\s"'”’」』）)]*$/u;

/** A text as a whole sentence: its own final stop, or the language's ("." / "。"). */
export function toSentence(text: string, locale: Locale): string {
	const trimmed = text.trim();
	return endsSentence.test(trimmed) ? trimmed : `${trimmed}${locale === 'zh-cn' ? '。' : '.'}`;
}

/** Sentences as one text: a space between English ones, nothing between Chinese ones. */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
	return sentences.join(locale === 'zh-cn' ? '' : ' ');
}
