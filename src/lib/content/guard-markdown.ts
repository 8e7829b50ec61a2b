/**
 * The Markdown parser (micromark, under remark) takes time that grows with the square of some
 * inputs: a paragraph of 20,000 `*a_` takes 6 s, 100,000 nested `>` a minute, a paragraph of
 * 10,000 lines 14 s, 20,000 `\<b>x\</b>` in one paragraph 10 s. Reports never look like that.
 * The case-body parser refuses a file with such a block (parse-case-body.ts); before the importer
 * parses a report, every such block (lines between blank lines) is turned into plain text the
 * parser reads in linear time: each line split into paragraphs of at most
 * `plainChunkChars` characters, each ASCII punctuation character escaped with a backslash (which
 * Markdown reads as that very character), indentation dropped. The block's text stays whole; only
 * its Markdown is not read. This file reads the report line by line, in linear time.
 *
 * The unit of the limits is the inline run, the text the parser matches marks in: a paragraph, a
 * list item, a heading. Only lines that are sure to start a new run start one here; every other
 * line counts with the run before it, so a run can only be counted too long (and kept as plain
 * text), never too short.
 */

/** What one inline run (a paragraph, a list item, a heading, a table row) may hold before its block is read as plain text. */
export const inlineLimits = {
	/** `*`, `_`, `~`: emphasis and strikethrough, whose delimiters are matched pairwise. */
	emphasis: 256,
	/** `[`, `]`: link and footnote labels. */
	brackets: 256,
	/** `` ` ``: code spans. */
	backticks: 256,
	/** `<`: HTML tags and autolinks. */
	angles: 256,
	/** `{`, `}`, `\\`, `&`: written back escaped, each escape a token of its own. */
	escapes: 256,
	/** Characters: no report paragraph comes near. */
	chars: 20_000,
};
/** Plain-text paragraphs are cut to this many characters, so that no paragraph the parser reads is long. */
export const plainChunkChars = 1_000;
/** Quotes and lists nested deeper than this, or indented by more columns than `maxIndent`, are no report. */
export const maxNesting = 16;
export const maxIndent = 64;
/** Lines of one block (a table is one block; each row costs the parser more than a line of text). */
export const maxBlockLines = 1_000;

export interface GuardedBlock {
	/** 1-based first and last line of the block in the report. */
	from: number;
	to: number;
	/** Why the block is kept as plain text, e.g. "300 emphasis marks in one paragraph (at most 256)". */
	reason: string;
}

/** The quote and list markers a line opens with. */
const containerPattern = /^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*/;
/**
 * A line that always starts a new inline run, whatever comes before it: an ATX heading or a
 * non-empty bullet item at most 3 spaces in (inside quotes, too); both interrupt a paragraph. Any
 * other line (an ordered item, a table row, a quoted line) may continue the paragraph before it,
 * so its marks count with those of the lines before.
 */
// Each repetition starts with its own spaces and ends with ">": one way to match, no backtracking storm.
const startsRun = /^(?: {0,3}>){0,16} {0,3}(?:[-+*][ \t]+\S|#{1,6}(?:[ \t]|$))/;

const asciiPunctuation = /[!-/:-@[-`{-~]/g;
const labels: Record<keyof typeof inlineLimits, string> = {
	emphasis: 'emphasis marks (* _ ~)',
	brackets: 'brackets',
	backticks: 'backticks',
	angles: 'angle brackets',
	escapes: 'braces, backslashes and ampersands',
	chars: 'characters',
};

/**
 * A line as plain-text paragraphs: no indentation, at most `plainChunkChars` characters each
 * (never splitting a surrogate pair), every ASCII punctuation character escaped, a blank line
 * between them.
 */
export function toPlainParagraphs(line: string): string {
	const text = line.trim();
	const parts: string[] = [];
	let from = 0;
	while (from < text.length) {
		let to = Math.min(text.length, from + plainChunkChars);
		const last = text.charCodeAt(to - 1);
		if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
		parts.push(text.slice(from, to).trim().replace(asciiPunctuation, '\\$&'));
		from = to;
	}
	return parts.filter(Boolean).join('\n\n');
}

function countMarks(line: string, counts: Record<keyof typeof inlineLimits, number>) {
	counts.chars += line.length;
	for (let index = 0; index < line.length; index++) {
		const char = line.charCodeAt(index);
		if (char === 42 || char === 95 || char === 126) counts.emphasis++;
		else if (char === 91 || char === 93) counts.brackets++;
		else if (char === 96) counts.backticks++;
		else if (char === 60) counts.angles++;
		else if (char === 123 || char === 125 || char === 92 || char === 38) counts.escapes++;
	}
}

/** Why `line` alone makes its block hostile: nesting or indentation. */
function lineProblem(line: string): string | undefined {
	const prefix = containerPattern.exec(line)![0];
	const markers = prefix.match(/>|[-*+]|\d+[.)]/g)?.length ?? 0;
	if (markers > maxNesting) return `quotes or lists nested ${markers} deep (at most ${maxNesting})`;
	const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
	if (indent > maxIndent) return `a line indented by ${indent} columns (at most ${maxIndent})`;
	return undefined;
}

/** Why a block of lines would make the parser slow, or undefined for an ordinary block. */
function blockProblem(lines: string[]): string | undefined {
	if (lines.length > maxBlockLines) return `${lines.length.toLocaleString('en')} lines without a blank line (at most ${maxBlockLines.toLocaleString('en')})`;
	const empty = () => ({ emphasis: 0, brackets: 0, backticks: 0, angles: 0, escapes: 0, chars: 0 });
	let counts = empty();
	for (const line of lines) {
		const problem = lineProblem(line);
		if (problem) return problem;
		if (startsRun.test(line)) counts = empty();
		countMarks(line, counts);
		for (const key of Object.keys(inlineLimits) as (keyof typeof inlineLimits)[]) {
			if (counts[key] > inlineLimits[key]) return `more than ${inlineLimits[key].toLocaleString('en')} ${labels[key]} in one paragraph`;
		}
	}
	return undefined;
}

/**
 * The report with every block that would make the parser slow turned into plain-text paragraphs,
 * and the list of those blocks. Fenced code gets no exception: a fence cannot be told from its
 * context line by line, and a report's code never holds hundreds of marks.
 */
export function guardMarkdown(markdown: string): { markdown: string; guarded: GuardedBlock[] } {
	const lines = markdown.split('\n');
	const guarded: GuardedBlock[] = [];
	let start = -1;
	const flush = (end: number) => {
		if (start < 0) return;
		const reason = blockProblem(lines.slice(start, end));
		if (reason) {
			// Every line a paragraph of its own: a paragraph of thousands of lines is slow to parse too.
			for (let index = start; index < end; index++) lines[index] = `${toPlainParagraphs(lines[index]!)}${index < end - 1 ? '\n' : ''}`;
			guarded.push({ from: start + 1, to: end, reason });
		}
		start = -1;
	};
	for (let index = 0; index < lines.length; index++) {
		if (lines[index]!.trim() === '') flush(index);
		else if (start < 0) start = index;
	}
	flush(lines.length);
	return { markdown: lines.join('\n'), guarded };
}
