import type { Root } from 'mdast';
import type { Expression, Program } from 'estree';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { caseComponentNames } from './case-components.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Contributors' MDX runs at build time: this is a security boundary. A case may use Markdown, a
 * small set of harmless HTML elements and the project's own components with literal props; never
 * import/export, JavaScript expressions, event handlers, or javascript:/data: URLs.
 */

/** HTML elements a case may write; everything else (script, iframe, object, style, form …) is refused. */
export const allowedHtmlElements = new Set([
	'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]);

/** Props of the project's components, for a clear error on a typo. */
const componentProps: Record<string, string[]> = { Metric: ['id'], MetricChart: ['ids'] };

const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href', 'background']);

/** javascript:, vbscript: and data: URLs, however they are spelled (case, spaces, control characters). */
export function isDangerousUrl(url: string): boolean {
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	return /^(javascript|vbscript|data):/.test(compact);
}

/** Only literal values: strings, numbers, booleans, and arrays of them (`ids={['a', 'b']}`). */
function isLiteral(node: Expression | null | undefined): boolean {
	if (!node) return false;
	if (node.type === 'Literal') return !('regex' in node);
	if (node.type === 'TemplateLiteral') return node.expressions.length === 0;
	if (node.type === 'UnaryExpression') return node.operator === '-' && node.argument.type === 'Literal';
	if (node.type === 'ArrayExpression') return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isLiteral(element));
	return false;
}

function expressionOf(program: Program | undefined): Expression | undefined {
	const statement = program?.body[0];
	return program?.body.length === 1 && statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

/** The MDX without its frontmatter, with blank lines in its place so that positions stay file lines. */
function blankFrontmatter(source: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
	return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

function snippet(text: string): string {
	const line = text.split('\n')[0]!.trim();
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export function checkMdxSafety(file: string, source: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const add = (line: number | undefined, field: string, problem: string, fix: string) => problems.push({ file, line, field, problem, fix });
	let tree: Root;
	try {
		tree = unified().use(remarkParse).use(remarkMdx).parse(blankFrontmatter(source)) as Root;
	} catch (error) {
		const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }).place;
		const line = place?.line ?? place?.start?.line ?? (error as { line?: number }).line;
		add(line, '(body)', `the MDX does not parse: ${(error as Error).message.split('\n')[0]}`, 'write < as &lt; and { as \\{ in text, and close every tag you open');
		return problems;
	}
	visit(tree, (node) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'mdxjsEsm':
				add(line, '(body)', `"${snippet(node.value)}": import and export are not allowed in a case`, `remove the line; ${caseComponentNames.join(' and ')} need no import`);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				const program = node.data?.estree as Program | undefined;
				const isComment = program !== undefined && program.body.length === 0;
				if (!isComment) add(line, '(body)', `"{${snippet(node.value)}}": JavaScript expressions are not allowed in a case`, 'write the text without braces, or escape them as \\{ and \\}');
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name;
				const isComponent = name !== null && (caseComponentNames as readonly string[]).includes(name);
				if (name === null) add(line, '(body)', 'fragments <>…</> are not allowed', 'remove the <> and </>');
				else if (!isComponent && !allowedHtmlElements.has(name)) {
					add(line, `<${name}>`, /^[A-Z]/.test(name) ? `unknown component <${name}>` : `the HTML element <${name}> is not allowed in a case`, /^[A-Z]/.test(name) ? `use one of: ${caseComponentNames.map((component) => `<${component}>`).join(', ')}` : 'use Markdown, or a harmless element such as <sup> or <abbr>');
				}
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') {
						add(line, `<${name}>`, `spread attributes "{${snippet(attribute.value)}}" are not allowed`, 'write each attribute with a literal value');
						continue;
					}
					const attributeName = attribute.name;
					if (/^on/i.test(attributeName)) {
						add(line, `<${name} ${attributeName}>`, `event handler attributes (${attributeName}) are not allowed`, 'remove the attribute');
						continue;
					}
					if (isComponent && !componentProps[name!]?.includes(attributeName)) {
						add(line, `<${name} ${attributeName}>`, `<${name}> has no "${attributeName}" prop`, `use ${componentProps[name!]!.map((prop) => `"${prop}"`).join(', ')}`);
					}
					const value = attribute.value;
					if (typeof value === 'string') {
						if (urlAttributes.has(attributeName.toLowerCase()) && isDangerousUrl(value)) add(line, `<${name} ${attributeName}>`, `"${snippet(value)}": javascript:, vbscript: and data: URLs are not allowed`, 'link to an http(s) page');
					} else if (value && typeof value === 'object') {
						if (!isLiteral(expressionOf(value.data?.estree as Program | undefined))) {
							add(line, `<${name} ${attributeName}>`, `"{${snippet(value.value)}}": only literal values are allowed in attributes`, `write a string or a list of strings, e.g. ids={['response-speed']}`);
						}
					}
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (isDangerousUrl(node.url)) add(line, '(body)', `"${snippet(node.url)}": javascript:, vbscript: and data: URLs are not allowed`, 'link to an http(s) page');
				break;
		}
	});
	return problems;
}
