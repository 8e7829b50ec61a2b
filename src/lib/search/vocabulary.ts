import type { CaseData } from '../../schemas/case.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { getCaseTagTerms } from './search-terms.ts';

/**
 * The words the site owns, for correcting a reader's query when it finds nothing: the labels (both
 * languages) and aliases of the tags the cases of one language use, and those cases' company
 * names. Every one of them is in that language's index (case pages carry their tags' names and the
 * company), so a correction to one of them always leads somewhere. The search dialog fetches it
 * from `urls.searchVocabulary` only when a query needs it.
 */
export interface SearchVocabulary {
	/** Latin words as first written (`PayerMax`, `approvals`), unique regardless of case. */
	latin: string[];
	/** Runs of Chinese characters of two or more (`单点登录`, `统一身份认证`). */
	han: string[];
}

const latinWord = /\p{Script=Latin}+/gu;
const hanRun = /\p{Script=Han}{2,}/gu;

/** The vocabulary of the given terms: their Latin words (two letters or more) and Chinese runs. */
export function buildSearchVocabulary(terms: Iterable<string>): SearchVocabulary {
	const latin = new Map<string, string>();
	const han = new Set<string>();
	for (const term of terms) {
		const text = term.normalize('NFKC');
		for (const [word] of text.matchAll(latinWord)) if (word.length >= 2 && !latin.has(word.toLowerCase())) latin.set(word.toLowerCase(), word);
		for (const [run] of text.matchAll(hanRun)) han.add(run);
	}
	const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return { latin: [...latin.values()].sort((a, b) => byText(a.toLowerCase(), b.toLowerCase())), han: [...han].sort(byText) };
}

/**
 * The terms of one language's vocabulary: for each case indexed in that language, its company and
 * the names of its tags (not its figure labels: those are prose, not words the site owns).
 */
export function listVocabularyTerms(cases: CaseData[], tagsById: Map<string, Tag>): string[] {
	const terms = new Set<string>();
	for (const data of cases) for (const term of [data.company.name, ...getCaseTagTerms(data, tagsById)]) terms.add(term);
	return [...terms];
}
