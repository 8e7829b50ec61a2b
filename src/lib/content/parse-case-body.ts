import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkSmartypants from 'remark-smartypants';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { frontmatterPattern } from './frontmatter.ts';
import { guardMarkdown } from './guard-markdown.ts';
import type { ContentProblem } from './problem.ts';

/**
 * The one parser of a case body. The safety check, the metric-reference check and the renderer all
 * read the tree this returns, and nothing else ever parses or compiles a case body: what the check
 * accepts is exactly what is rendered (no second parser that could read the same text differently).
 * MDX (for `<Metric>`/`<MetricChart>`) plus GitHub Flavored Markdown (tables, footnotes,
 * strikethrough, autolinks), as contributors expect from GitHub; typographic quotes, dashes and
 * ellipses in the text, as Astro's Markdown gives every other page (remark-smartypants changes
 * text nodes only, never code, attributes or the tree's shape).
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** remark-smartypants alone; it changes text nodes in place. */
const typography = unified().use(remarkSmartypants).freeze();
/** What SmartyPants changes: straight quotes, backticks, `--`, `...` (spaced too). */
const typographyMarks = /["'`]|--|\.\s?\.\s?\./;

/**
 * Typographic punctuation, one top-level block at a time and only in blocks that have something
 * to change: SmartyPants parses text into a natural-language tree (retext), which was half the
 * time of checking a corpus, while most blocks (all of a Chinese report) have nothing to change.
 * Same result: remark-smartypants already reads every block as starting afresh.
 */
function educateTypography(tree: Root) {
	for (const block of tree.children) {
		if (typographyMarks.test(toString(block))) typography.runSync({ type: 'root', children: [block] } as Root);
	}
}

/** A report is about 10 KB; far larger input only serves to slow the parser down. */
export const maxCaseFileBytes = 100_000;
/** Trees deeper than this (elements in elements) are refused before the renderer's recursion; quotes and lists are bounded earlier (guard-markdown.ts). */
export const maxTreeDepth = 32;

/** The MDX without its frontmatter, with blank lines in its place so that positions stay file lines. */
function blankFrontmatter(source: string): string {
	const match = frontmatterPattern.exec(source);
	return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/** The deepest nesting of a tree, walked without recursion. */
function findDeepNode(tree: Root): number | undefined {
	const stack: { node: { children?: unknown[]; position?: { start: { line: number } } }; depth: number }[] = [{ node: tree, depth: 0 }];
	while (stack.length > 0) {
		const { node, depth } = stack.pop()!;
		if (depth > maxTreeDepth) return node.position?.start.line;
		for (const child of (node.children ?? []) as (typeof node)[]) stack.push({ node: child, depth: depth + 1 });
	}
	return undefined;
}

export type ParsedCaseBody = { tree: Root; problems: [] } | { tree?: undefined; problems: ContentProblem[] };

/** A file over the size bound, as a problem: checked before anything parses it (YAML included). */
export function checkFileSize(file: string, source: string): ContentProblem | undefined {
	const bytes = Buffer.byteLength(source, 'utf8');
	if (bytes <= maxCaseFileBytes) return undefined;
	return {
		file,
		line: 1,
		field: '(file)',
		problem: `the file has ${bytes.toLocaleString('en')} bytes, more than the ${maxCaseFileBytes.toLocaleString('en')} a case may have`,
		fix: 'shorten the report: a case page is a summary (the PayerMax case has about 10,000 bytes)',
	};
}

/** Parses the body of a case file (its frontmatter blanked out), within bounds of size and nesting. */
export function parseCaseBody(file: string, source: string): ParsedCaseBody {
	const problem = (line: number | undefined, text: string, fix: string): ParsedCaseBody => ({
		problems: [{ file, line, field: '(body)', problem: text, fix }],
	});
	const tooLarge = checkFileSize(file, source);
	if (tooLarge) return { problems: [tooLarge] };
	const body = blankFrontmatter(source);
	// Blocks the parser would take seconds or minutes on (deep nesting, thousands of marks in one
	// paragraph): refused before it sees them, each with its line and what to change.
	const slow = guardMarkdown(body).guarded;
	if (slow.length > 0) {
		return {
			problems: slow.map((block) => ({
				file,
				line: block.from,
				field: '(body)',
				problem: `${block.reason}: too much for the Markdown parser`,
				fix: 'split the paragraph or list, nest less, or write fewer marks; a report never needs this',
			})),
		};
	}
	const nestingFix = `nest elements at most ${maxTreeDepth} levels deep`;
	let tree: Root;
	try {
		tree = processor.runSync(processor.parse(body)) as Root;
		educateTypography(tree);
	} catch (error) {
		if (error instanceof RangeError) return problem(undefined, 'the body is nested too deeply to parse', nestingFix);
		const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
		const line = place?.line ?? place?.start?.line ?? (error as { line?: number }).line;
		return problem(
			line,
			`the MDX does not parse: ${(error as Error).message.split('\n')[0]}`,
			'write < as &lt; and { as \\{ in text, and close every tag you open'
		);
	}
	const deepNode = findDeepNode(tree);
	if (deepNode !== undefined) return problem(deepNode, 'elements are nested too deeply', nestingFix);
	return { tree, problems: [] };
}
