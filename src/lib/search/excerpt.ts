/** A piece of an excerpt; `mark` pieces are the matched words. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for all needles, longest first: Chinese as written, Latin words only where a word
 * starts ("on" must not light up inside "response"); Latin words under three letters and single
 * Chinese characters only as the whole query (单 of 单点登录 must not light up inside 工单).
 */
function buildPattern(query: string, terms: string[]): RegExp | undefined {
	const whole = query.normalize('NFKC').trim().toLowerCase();
	const needles = [...new Set([whole, ...terms.map((needle) => needle.normalize('NFKC').trim().toLowerCase())])]
		.filter((needle) => needle && (needle === whole || (/\p{Script=Han}/u.test(needle) ? [...needle].length >= 2 : needle.length >= 3)))
		.sort((a, b) => b.length - a.length);
	if (needles.length === 0) return undefined;
	const alternatives = needles.map((needle) => (/^\p{Script=Han}/u.test(needle) ? escape(needle) : `(?<![\\p{L}\\p{N}])${escape(needle)}`));
	return new RegExp(alternatives.join('|'), 'giu');
}

/** Moves an excerpt's start to the beginning of a word when a space is near (Latin text). */
function snapToWord(text: string, start: number): number {
	const back = text.lastIndexOf(' ', start);
	if (back >= 0 && start - back <= 12) return back + 1;
	const forward = text.indexOf(' ', start);
	return forward >= 0 && forward - start <= 12 ? forward + 1 : start;
}

/** Moves an excerpt's end back to the end of a word when it would cut one (Latin text: "efficienc …"). */
function snapEndToWord(text: string, end: number): number {
	if (end >= text.length || !/[\p{Script=Latin}\p{N}]/u.test(text[end - 1] ?? '') || !/[\p{Script=Latin}\p{N}]/u.test(text[end] ?? '')) return end;
	const back = text.lastIndexOf(' ', end);
	return back >= 0 && end - back <= 12 ? back : end;
}

/**
 * A short excerpt of `content` around the first place the query occurs, with every occurrence
 * marked. `hidden` (the indexed search terms: tag names, aliases, company, figure labels) is
 * removed first: it is there to be found, not to be read; so is the page title the text starts
 * with, which the result shows above its excerpt. Falls back to the start of the text when
 * nothing occurs.
 */
export function buildExcerpt(
	content: string,
	query: string,
	terms: string[],
	options: { hidden?: string; title?: string; length?: number } = {}
): ExcerptPart[] {
	const { hidden, title, length = 90 } = options;
	// Pagefind's content has a zero-width space between the words it segmented in Chinese text.
	const plain = content.replace(/\u200b/g, '');
	let text = (hidden ? plain.split(hidden).join(' ') : plain).replace(/\s+/g, ' ').trim();
	if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.。:：]+/, '');
	// Match on the NFKC form (full-width ＡＰＩ finds api) but show the text as written.
	const normalised = text.normalize('NFKC');
	const searchable = normalised.length === text.length ? normalised : text;
	const pattern = buildPattern(query, terms);
	const first = pattern ? searchable.search(pattern) : -1;
	const from = Math.max(0, first - Math.floor(length / 3));
	const start = from > 0 ? snapToWord(text, from) : 0;
	const end = snapEndToWord(text, Math.min(text.length, start + length));
	const window = text.slice(start, end);
	const windowSearchable = searchable.slice(start, end);
	const parts: ExcerptPart[] = [];
	if (start > 0) parts.push({ text: '… ', mark: false });
	let position = 0;
	for (const match of pattern ? windowSearchable.matchAll(pattern) : []) {
		if (match.index > position) parts.push({ text: window.slice(position, match.index), mark: false });
		parts.push({ text: window.slice(match.index, match.index + match[0].length), mark: true });
		position = match.index + match[0].length;
	}
	if (position < window.length) parts.push({ text: window.slice(position), mark: false });
	if (end < text.length) parts.push({ text: ' …', mark: false });
	return parts;
}
