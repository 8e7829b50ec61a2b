import { distance } from 'fastest-levenshtein';
import type { SearchVocabulary } from './vocabulary.ts';

/**
 * Typo tolerance for the site's search, from the words the site owns (`SearchVocabulary`): tag
 * labels and aliases in both languages, and company names. Nothing is guessed from pinyin or from
 * the report text: a correction is always a word some case is indexed by.
 */

/** Latin words shorter than this are never corrected: "bot", "api" and "hr" have too many neighbours. */
export const minCorrectableLength = 4;

const latinWord = /\p{Script=Latin}+/gu;
const hanRun = /\p{Script=Han}+/gu;

/**
 * The Latin words of a query a correction may replace (lower case, once each): whether each is in
 * the index is for the caller to ask Pagefind, which drops an unknown word silently and searches the
 * rest, so "singel sign on" finds pages about any "sign on".
 */
export function listCorrectableWords(query: string): string[] {
	const words = [...query.normalize('NFKC').matchAll(latinWord)].map(([word]) => word.toLowerCase());
	return [...new Set(words.filter((word) => word.length >= minCorrectableLength))];
}

/** Edits allowed for a word of this length: one up to five letters, two from six ("singel" → "single"). */
const allowedEdits = (length: number) => (length <= 5 ? 1 : 2);

/**
 * The vocabulary word nearest to `word`, within the edits its length allows; on a tie the one
 * that starts with the same letter, then the one of the nearest length, then the first in the
 * vocabulary. Undefined when the word is in the vocabulary or nothing is near enough.
 */
export function findNearestWord(word: string, vocabulary: SearchVocabulary): string | undefined {
	const typed = word.toLowerCase();
	if (typed.length < minCorrectableLength) return undefined;
	const allowed = allowedEdits(typed.length);
	let best: { word: string; score: [number, number, number] } | undefined;
	for (const candidate of vocabulary.latin) {
		const lower = candidate.toLowerCase();
		if (lower === typed) return undefined;
		if (lower.length < 3 || Math.abs(lower.length - typed.length) > allowed) continue;
		const edits = distance(typed, lower);
		if (edits > allowed) continue;
		const score: [number, number, number] = [edits, lower[0] === typed[0] ? 0 : 1, Math.abs(lower.length - typed.length)];
		if (!best || compare(score, best.score) < 0) best = { word: candidate, score };
	}
	return best && matchCase(word, best.word);
}

const compare = (a: number[], b: number[]) => a.reduce((order, value, index) => order || value - b[index]!, 0);

/** "Approvals" for a reader who typed lower case reads as "approvals"; "PayerMax" and "SSO" keep theirs. */
function matchCase(typed: string, word: string): string {
	const capitalised = word[0] === word[0]!.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase();
	return capitalised && typed === typed.toLowerCase() ? word.toLowerCase() : word;
}

/**
 * A run of Chinese characters split into the vocabulary's terms, covering as many characters as
 * possible and then with the fewest pieces: 飞书审批 → 飞书 · 审批 (the precision check wants each
 * Chinese run as written, and no page writes 飞书审批). Single characters left between terms are
 * dropped (的, 和: a single character is no search term); longer leftovers stay as they are.
 */
export function splitHanRun(run: string, han: ReadonlySet<string>): string[] {
	const chars = [...run];
	const longest = Math.max(0, ...[...han].map((term) => [...term].length));
	// best[i]: the best split of chars[i…]: characters left uncovered, then number of pieces.
	const best: { uncovered: number; pieces: number; next: number; term: boolean }[] = [];
	best[chars.length] = { uncovered: 0, pieces: 0, next: chars.length, term: false };
	for (let at = chars.length - 1; at >= 0; at--) {
		const skip = best[at + 1]!;
		let choice = { uncovered: skip.uncovered + 1, pieces: skip.pieces + 1, next: at + 1, term: false };
		for (let length = 2; length <= Math.min(longest, chars.length - at); length++) {
			if (!han.has(chars.slice(at, at + length).join(''))) continue;
			const rest = best[at + length]!;
			const candidate = { uncovered: rest.uncovered, pieces: rest.pieces + 1, next: at + length, term: true };
			if (candidate.uncovered < choice.uncovered || (candidate.uncovered === choice.uncovered && candidate.pieces < choice.pieces)) choice = candidate;
		}
		best[at] = choice;
	}
	const pieces: string[] = [];
	let leftover = '';
	for (let at = 0; at < chars.length; at = best[at]!.next) {
		const step = best[at]!;
		if (step.term) {
			if (leftover) pieces.push(leftover);
			leftover = '';
			pieces.push(chars.slice(at, step.next).join(''));
		} else leftover += chars[at];
	}
	if (leftover) pieces.push(leftover);
	return pieces.some((piece) => han.has(piece)) ? pieces.filter((piece) => han.has(piece) || [...piece].length > 1) : [run];
}

/**
 * The one vocabulary term a Chinese word of three or more characters becomes by changing one
 * character (单点登陆 → 单点登录: the input method offered the wrong homophone); undefined when
 * none or more than one does.
 */
export function findHanSubstitute(word: string, han: Iterable<string>): string | undefined {
	const chars = [...word];
	if (chars.length < 3) return undefined;
	const found = new Set<string>();
	for (const term of han) {
		const termChars = [...term];
		if (termChars.length !== chars.length || term === word) continue;
		if (termChars.filter((char, index) => char !== chars[index]).length === 1) found.add(term);
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The query as it was probably meant, or undefined when nothing in it is to correct. `absent`
 * holds the Latin words (lower case) the index does not have: each becomes its nearest vocabulary
 * word. With `han`, each Chinese run that is not itself a term is split into terms, and a piece of
 * three or more characters one character away from a single term becomes that term. The rest of
 * the query is kept as typed.
 */
export function correctQuery(query: string, vocabulary: SearchVocabulary, options: { absent: ReadonlySet<string>; han: boolean }): string | undefined {
	const hanTerms = new Set(vocabulary.han);
	const corrected = query
		.normalize('NFKC')
		.replace(latinWord, (word) => (options.absent.has(word.toLowerCase()) ? (findNearestWord(word, vocabulary) ?? word) : word))
		.replace(hanRun, (run) => {
			if (!options.han || hanTerms.has(run)) return run;
			const pieces = splitHanRun(run, hanTerms).map((piece) => (hanTerms.has(piece) ? piece : (findHanSubstitute(piece, hanTerms) ?? piece)));
			return ` ${pieces.join(' ')} `;
		})
		.replace(/\s+/g, ' ')
		.trim();
	return corrected !== query.normalize('NFKC').replace(/\s+/g, ' ').trim() ? corrected : undefined;
}
