import type { Qualifier } from '../../src/lib/metrics/units.ts';

/**
 * The words that qualify a figure, in the one list the importer reads them from: what a figure
 * means (parse-figure), what the cited metric says itself and so leaves the text (compose-body),
 * and what is not part of a metric's label (import-report). `undefined`: the word only introduces
 * the figure (达到 120 万元 is exact).
 */
export const qualifierWordsBefore: Readonly<Record<string, Qualifier | undefined>> = {
	约: 'about',
	大约: 'about',
	近: 'about',
	将近: 'about',
	接近: 'about',
	超: 'at-least',
	超过: 'at-least',
	逾: 'at-least',
	至少: 'at-least',
	最多: 'up-to',
	最高: 'up-to',
	达: undefined,
	达到: undefined,
	about: 'about',
	around: 'about',
	approximately: 'about',
	nearly: 'about',
	almost: 'about',
	over: 'at-least',
	'more than': 'at-least',
	'at least': 'at-least',
	'up to': 'up-to',
	'~': 'about',
	'≈': 'about',
};

/** Qualifiers that follow a whole figure (多/余 sit between number and unit, 10多个, and are not read). */
export const qualifierWordsAfter: Readonly<Record<string, Qualifier>> = {
	以上: 'at-least',
	左右: 'about',
	上下: 'about',
	'or more': 'at-least',
};

/** Longest first, so that 超过 wins over 超; a Latin word only as a whole word (not "over" in "turnover"). */
function alternation(words: string[]): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => (/^[a-z]/i.test(word) ? `\\b${word}` : word))
		.join('|');
}

/** A qualifier word ending the text before a figure (group 1: the word). */
export const qualifierBeforePattern = new RegExp(`(${alternation(Object.keys(qualifierWordsBefore))})\\s*$`, 'iu');
/** A qualifier word starting the text after a figure (group 1: the word). */
export const qualifierAfterPattern = new RegExp(`^\\s*(${alternation(Object.keys(qualifierWordsAfter))})`, 'iu');

const qualifierAfterSticky = new RegExp(`\\s*(${alternation(Object.keys(qualifierWordsAfter))})`, 'iuy');

/** The qualifier word right after position `at` of `text`, read in place (sticky: the rest of the text is not copied). */
export function qualifierWordAt(text: string, at: number): string | undefined {
	qualifierAfterSticky.lastIndex = at;
	return qualifierAfterSticky.exec(text)?.[1];
}

/** The qualifier a word means, in either position. */
export function qualifierOfWord(word: string): Qualifier | undefined {
	const key = word.toLowerCase();
	return qualifierWordsBefore[key] ?? qualifierWordsAfter[key];
}
