/**
 * Query handling the site's search adds on top of Pagefind. Pagefind indexes Chinese partly
 * character by character, so 机器人 also matches a page that has 机器 and 人 apart (机器翻译 … 新人);
 * `matchesQuery` keeps only results that contain each Chinese word of the query as written.
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

/** Text as the precision check compares it: NFKC, lower case, no spaces between Chinese characters. */
export function normaliseText(text: string): string {
	return text
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
