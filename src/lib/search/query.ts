/**
 * Query handling the site's search adds on top of Pagefind. Pagefind indexes Chinese partly
 * character by character, so 机器人 also matches a page that has 机器 and 人 apart (机器翻译 … 新人);
 * `matchesQuery` keeps only results that contain each Chinese word of the query as written.
 * Pagefind also answers a Latin word it does not have with words that merely start alike
 * ("aprovals" finds "APIs", "PayerMax" finds "Pay") or drops it: `matchesLatinStems` keeps only
 * results that have each Latin word of the query, give or take an English ending.
 */

const han = /\p{Script=Han}/u;

/** The words of a query: Latin words and Chinese runs, as `Intl.Segmenter` and whitespace split them. */
export function getQueryTerms(query: string, lang: string): string[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	const terms: string[] = [];
	for (const part of query.normalize('NFKC').trim().split(/\s+/)) {
		if (!part) continue;
		for (const { segment, isWordLike } of segmenter.segment(part)) if (isWordLike) terms.push(segment.toLowerCase());
	}
	return [...new Set(terms)];
}

/**
 * Text as the precision check compares it: NFKC, lower case, no spaces between Chinese characters
 * (nor the zero-width spaces Pagefind puts between the words it segmented).
 */
export function normaliseText(text: string): string {
	return text
		.replace(/\u200b/g, '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
}

/**
 * Whether a result really contains the query: every term written with Chinese characters must
 * appear as written in the page's text or its search terms (tag names, aliases). Latin terms are
 * left to Pagefind, whose stemming finds "approvals" for "approval".
 */
export function matchesQuery(terms: string[], text: string): boolean {
	const haystack = normaliseText(text);
	return terms.filter((term) => han.test(term)).every((term) => haystack.includes(normaliseText(term)));
}

/**
 * The Chinese terms of a query joined back when the segmenter split a run the pages write as one
 * word (query "机器人" may come back as 机器 + 人): a run of Han characters typed without spaces is
 * checked as one string.
 */
export function getPhraseTerms(query: string): string[] {
	return [...query.normalize('NFKC').matchAll(/\p{Script=Han}+/gu)].map((match) => match[0].toLowerCase());
}

/** Words too common to ask a page for. */
const stopWords = new Set(['the', 'and', 'for', 'with', 'from', 'into']);

/**
 * A Latin word without its English ending, as the precision check looks for it at the start of a
 * word: approvals → approval, policies → polic(y), boxes → box, planned → plan, making → mak(e).
 * Always a prefix of the word, so a page with the word itself always passes; never shorter than
 * three letters.
 */
export function stemLatinWord(word: string): string {
	const lower = word.normalize('NFKC').toLowerCase();
	const stripped = lower
		.replace(/(ss|x|z|ch|sh)es$/, '$1')
		.replace(/ies$/, '')
		.replace(/s$/, '')
		.replace(/(ing|ed)$/, '')
		.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
	return stripped.length >= 3 ? stripped : lower;
}

/** The stems of the Latin words of a query (three letters or more, common words left out). */
export function getLatinStems(query: string): string[] {
	const words = [
		...query
			.normalize('NFKC')
			.toLowerCase()
			.matchAll(/\p{Script=Latin}+/gu),
	].map(([word]) => word);
	return [...new Set(words.filter((word) => word.length >= 3 && !stopWords.has(word)).map(stemLatinWord))];
}

const escapePattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether each stem starts a word of the text (page text and search terms). */
export function matchesLatinStems(stems: string[], text: string): boolean {
	if (stems.length === 0) return true;
	const haystack = normaliseText(text);
	return stems.every((stem) => new RegExp(`(?<![\\p{L}\\p{N}])${escapePattern(stem)}`, 'u').test(haystack));
}
