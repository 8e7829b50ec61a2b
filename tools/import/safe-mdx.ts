import type { Nodes, Parents, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { checkMdxSafety, isAllowedUrl } from '../../src/lib/content/mdx-safety.ts';
import { maxCaseFileBytes, parseCaseBody } from '../../src/lib/content/parse-case-body.ts';

/**
 * The importer's serializer: a report's Markdown tree in, MDX out that no compiler can read as
 * code. The report is parsed as the site parses a case (Markdown with GitHub's extensions: tables,
 * footnotes, autolinks), so both see the same structure (a table cell that splits a code span, a
 * footnote definition, are the same nodes for both). Then:
 *
 * - raw HTML becomes text, images become their alt text (a case body has none);
 * - links, definitions and link references keep only http(s) and mailto URLs, the others become
 *   their text;
 * - the MDX serializer escapes `{`, `}` and `<` in text, and lines that would start with
 *   `import` or `export` get a character reference;
 * - the result is checked as the build checks a case (parseCaseBody + checkMdxSafety from
 *   src/lib/content), and any problem makes the import fail: escape, or refuse.
 *
 * Everything dropped or escaped is listed with the reason, for the import's summary.
 */

/** What the serializer changed, for the summary: never silently. */
export interface SafetyNotes {
	/** What was left out (the URL of a link whose text stays, an image) and why. */
	dropped: string[];
	/** What stays as text although it looks like code: raw HTML, braces, import/export lines. */
	escaped: string[];
}

/**
 * Whether an imported link may point there: a URL the site allows (isAllowedUrl) that is an
 * http(s) page or a mailto: address, without white space. A report's relative links and fragments
 * point into the report's own site, not this one, so in-site paths are not imported.
 */
export function isImportableUrl(url: string): boolean {
	return isAllowedUrl(url) && /^(?:https?|mailto):/i.test(url) && !/\s/u.test(url);
}

const urlRule = 'only http(s) and mailto links are imported';

/** At most `max` characters of `text` on one line, for a summary line. */
export function clip(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A list that keeps its first `limit` entries and counts the rest: 100,000 dropped links make one line, not 100,000. */
function createNoteList(limit = 20) {
	const items: string[] = [];
	let more = 0;
	return {
		add(item: string) {
			if (items.length < limit) items.push(item);
			else more += 1;
		},
		list: () => (more > 0 ? [...items, `… and ${more.toLocaleString('en')} more`] : items),
	};
}

const phrasingParents = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** The identifiers of the definitions that keep their URL. */
function collectDefinitions(root: Root): Map<string, boolean> {
	const definitions = new Map<string, boolean>();
	const stack: Nodes[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.type === 'definition') definitions.set(node.identifier, isImportableUrl(node.url));
		if ('children' in node) for (const child of node.children) stack.push(child);
	}
	return definitions;
}

/**
 * Rebuilds every children list of `root` with unsafe nodes replaced (one pass, no splicing: a
 * paragraph of 100,000 links costs 100,000 steps, not 100,000²).
 */
function sanitizeTree(root: Root): SafetyNotes {
	const dropped = createNoteList();
	const html = createNoteList();
	let braces = 0;
	let angles = 0;
	const definitions = collectDefinitions(root);
	const textOf = (value: string): Text => ({ type: 'text', value });
	/** Counts what the serializer escapes in text and titles, for the summary. */
	const countEscaped = (value: string | null | undefined) => {
		for (let index = 0; index < (value?.length ?? 0); index++) {
			const char = value!.charCodeAt(index);
			if (char === 123 || char === 125) braces += 1;
			else if (char === 60) angles += 1;
		}
	};

	const sanitizeChildren = (parent: Parents): void => {
		const phrasing = phrasingParents.has(parent.type);
		const next: Nodes[] = [];
		for (const child of parent.children as Nodes[]) next.push(...sanitizeNode(child, phrasing));
		(parent as { children: Nodes[] }).children = next;
	};

	const sanitizeNode = (node: Nodes, phrasing: boolean): Nodes[] => {
		switch (node.type) {
			case 'html': {
				html.add(`"${clip(node.value, 40)}"`);
				countEscaped(node.value);
				if (phrasing) return [textOf(node.value)];
				// A block of HTML may hold blank lines: one paragraph of text per part.
				return node.value
					.split(/\n[ \t]*\n/)
					.filter((part) => part.trim() !== '')
					.map((part) => ({ type: 'paragraph', children: [textOf(part)] }) as Nodes);
			}
			case 'image':
			case 'imageReference': {
				const where = node.type === 'image' ? ` (${clip(node.url, 40)})` : '';
				dropped.add(`image "${clip(node.alt ?? '', 40)}"${where}: a case body has no images; its alt text is kept`);
				return node.alt ? [textOf(node.alt)] : [];
			}
			case 'link': {
				sanitizeChildren(node);
				if (isImportableUrl(node.url)) {
					countEscaped(node.title);
					return [node];
				}
				dropped.add(`link "${clip(node.url, 40)}": ${urlRule}; its text is kept`);
				return node.children;
			}
			case 'definition': {
				if (isImportableUrl(node.url)) {
					countEscaped(node.title);
					return [node];
				}
				dropped.add(`definition [${clip(node.label ?? node.identifier, 20)}] "${clip(node.url, 40)}": ${urlRule}`);
				return [];
			}
			case 'linkReference': {
				sanitizeChildren(node);
				if (definitions.get(node.identifier) === true) return [node];
				// Its definition was dropped or never written: the text stays, the brackets go.
				return node.children;
			}
			case 'text':
				countEscaped(node.value);
				return [node];
			default:
				if ('children' in node) sanitizeChildren(node);
				return [node];
		}
	};

	sanitizeChildren(root);
	const escaped = html.list().length > 0 ? [`raw HTML kept as text: ${html.list().join(', ')}`] : [];
	if (braces > 0)
		escaped.push(`${braces.toLocaleString('en')} brace${braces === 1 ? '' : 's'} { } kept as text (escaped \\{): MDX would run what they enclose`);
	if (angles > 0) escaped.push(`${angles.toLocaleString('en')} angle bracket${angles === 1 ? '' : 's'} < kept as text (escaped \\<): MDX would read a tag`);
	return { dropped: dropped.list(), escaped };
}

const serializer = unified()
	// GFM and MDX extensions of the serializer: tables, footnotes and strikethrough written back, and `{`, `<` escaped in text.
	.use(remarkGfm, { tablePipeAlign: false })
	.use(remarkMdx)
	.use(remarkStringify, {
		bullet: '-',
		emphasis: '*',
		strong: '*',
		listItemIndent: 'one',
		fences: true,
		resourceLink: true,
		// Every "]" in text escaped too: the parser looks back through the whole paragraph at each
		// unescaped "]" (quadratic), and the result is parsed again below.
		unsafe: [
			{
				character: ']',
				inConstruct: 'phrasing',
				notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'],
			},
		],
	})
	.freeze();

/**
 * MDX reads a line that starts with `import` or `export` as JavaScript, which the serializer does
 * not know. Outside fenced code, such a line gets its first letter as a character reference
 * (`&#x69;mport`): it reads the same and stays text.
 */
function escapeEsmLines(markdown: string, escaped: string[]): string {
	let fence: string | undefined;
	let count = 0;
	const result = markdown
		.split('\n')
		.map((line) => {
			const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
			if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
			if (fence) return line;
			return line.replace(/^(\s{0,3})(i)(mport\b)|^(\s{0,3})(e)(xport\b)/, (_match, a, i, rest, b, e, rest2) => {
				count += 1;
				return i ? `${a}&#x69;${rest}` : `${b}&#x65;${rest2}`;
			});
		})
		.join('\n');
	if (count > 0) escaped.push(`${count} line${count === 1 ? '' : 's'} starting with import/export kept as text (&#x69;mport): MDX would run them`);
	return result;
}

/**
 * `markdown` in pieces of about `max` bytes, cut only at blank lines outside fenced code, each with
 * the number of lines before it. A cut can only make a construct fail to parse, never hide one: an
 * expression, element or ESM block cut in two is refused as well.
 */
function splitAtBlankLines(markdown: string, max: number): { text: string; lineOffset: number }[] {
	const pieces: { text: string; lineOffset: number }[] = [];
	let lines: string[] = [];
	let bytes = 0;
	let lineOffset = 0;
	let fence: string | undefined;
	for (const [index, line] of markdown.split('\n').entries()) {
		const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
		if (!fence && line.trim() === '' && bytes > max) {
			pieces.push({ text: lines.join('\n'), lineOffset });
			[lines, bytes, lineOffset] = [[], 0, index];
		}
		lines.push(line);
		bytes += Buffer.byteLength(line) + 1;
	}
	pieces.push({ text: lines.join('\n'), lineOffset });
	return pieces;
}

/**
 * The problems the build would find in an imported body (the site's own parser and MDX safety
 * check, src/lib/content), one line each; empty when there are none. A report may be longer than
 * a case file: the body is checked in pieces under the file size bound, and the whole file's size
 * is checked with the case (checkCaseFile), as the build does.
 */
export function findMdxProblems(mdx: string): string[] {
	const file = '(imported body)';
	return splitAtBlankLines(mdx, maxCaseFileBytes / 2).flatMap(({ text, lineOffset }) => {
		const parsed = parseCaseBody(file, text);
		const problems = parsed.tree ? checkMdxSafety(file, parsed.tree) : parsed.problems;
		return problems.map((problem) => `${problem.problem}${problem.line ? ` (line ${problem.line + lineOffset})` : ''}`);
	});
}

/**
 * The nodes of a report as MDX that cannot execute, with what was dropped or escaped. Throws when
 * the result still reads as code (a case the escaping did not foresee): the caller refuses the import.
 */
export function toSafeMdx(nodes: RootContent[]): { mdx: string; notes: SafetyNotes } {
	const root: Root = { type: 'root', children: structuredClone(nodes) };
	const notes = sanitizeTree(root);
	const markdown = escapeEsmLines(serializer.stringify(root), notes.escaped);
	const unsafe = findMdxProblems(markdown);
	if (unsafe.length > 0) throw new UnsafeMdxError(unsafe);
	return { mdx: markdown, notes };
}

/** The first five problems and a count of the rest: a hostile report can have thousands. */
export function summarizeProblems(found: string[]): string {
	const rest = found.length - 5;
	return [...found.slice(0, 5), ...(rest > 0 ? [`… and ${rest.toLocaleString('en')} more`] : [])].join('; ');
}

export class UnsafeMdxError extends Error {
	readonly found: string[];

	constructor(found: string[]) {
		super(`the body would still hold code after escaping: ${summarizeProblems(found)}`);
		this.name = 'UnsafeMdxError';
		this.found = found;
	}
}
