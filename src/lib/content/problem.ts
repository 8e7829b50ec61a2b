/** One thing wrong with a content file, as every tool reports it: where, what, and how to fix it. */
export interface ContentProblem {
	/** Path relative to the project root, e.g. `content/cases/en/payermax.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The field path, e.g. `company.name` or `metrics[2].change.value`. */
	field: string;
	/** What is wrong. */
	problem: string;
	/** What to do about it. */
	fix: string;
}

/** `✖ file:line field — problem — fix`, the one format of the build, `npm run check` and the CLIs. */
export function formatProblem(problem: ContentProblem): string {
	return format('✖', problem);
}

/** `⚠ file:line field — problem — fix`: the same format for what is not an error (a draft's review items). */
export function formatWarning(warning: ContentProblem): string {
	return format('⚠', warning);
}

/**
 * Control characters, line separators and direction overrides as visible escapes: a file name or a
 * value from a pull request must not start a line of its own in a CI log (`::error …` is a GitHub
 * workflow command) nor display in another order than it reads.
 */
function visible(text: string): string {
	return text.replace(
		/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

function format(mark: string, { file, line, field, problem, fix }: ContentProblem): string {
	const where = line ? `${file}:${line}` : file;
	return `${mark} ${visible(where)} ${visible(field || '(file)')} — ${visible(problem)} — ${visible(fix)}`;
}

export function formatProblems(problems: ContentProblem[]): string {
	return problems.map(formatProblem).join('\n');
}

/** `metrics[2].change.value` from `['metrics', 2, 'change', 'value']`. */
export function pathToField(path: readonly PropertyKey[]): string {
	return path.reduce<string>((field, key) => {
		if (typeof key === 'number') return `${field}[${key}]`;
		return field ? `${field}.${String(key)}` : String(key);
	}, '');
}

/** Thrown by loaders and CLIs; its message is the formatted list, ready to print. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];

	constructor(problems: ContentProblem[]) {
		super(`${problems.length === 1 ? 'A content file has a problem' : `${problems.length} content problems`}:\n${formatProblems(problems)}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
