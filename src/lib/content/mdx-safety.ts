import type { Root } from 'mdast';
import type { Expression, Program } from 'estree';
import { visit } from 'unist-util-visit';
import { caseComponentNames } from './case-components.ts';
import type { ContentProblem } from './problem.ts';

/**
 * A case body comes from a stranger's pull request and CI builds it: this is a security boundary.
 * It runs on the tree of the one parser (parse-case-body.ts) that the renderer also reads, and it
 * allows, rather than denies: Markdown, a few harmless HTML elements with the attributes listed for
 * each, and the project's own components with literal props. Never import/export, JavaScript
 * expressions, directives (`set:html`), `style`, `class`, ids, data attributes, event handlers,
 * images, or URLs other than http(s), mailto and in-site.
 */

/** Attributes every allowed HTML element may carry. */
const globalAttributes = ['title', 'lang', 'dir'];

/** The HTML elements a case may write, each with the attributes it may carry besides the global ones. */
export const allowedHtmlElements: ReadonlyMap<string, readonly string[]> = new Map(
	Object.entries({
		a: ['href', 'hreflang'],
		abbr: [],
		b: [],
		blockquote: ['cite'],
		br: [],
		cite: [],
		code: [],
		dd: [],
		del: ['cite'],
		details: ['open'],
		dfn: [],
		div: [],
		dl: [],
		dt: [],
		em: [],
		figcaption: [],
		figure: [],
		h2: [],
		h3: [],
		h4: [],
		h5: [],
		h6: [],
		hr: [],
		i: [],
		ins: ['cite'],
		kbd: [],
		li: ['value'],
		mark: [],
		ol: ['start', 'reversed'],
		p: [],
		pre: [],
		q: ['cite'],
		s: [],
		small: [],
		span: [],
		strong: [],
		sub: [],
		summary: [],
		sup: [],
		table: [],
		tbody: [],
		td: ['colspan', 'rowspan'],
		tfoot: [],
		th: ['colspan', 'rowspan', 'scope'],
		thead: [],
		tr: [],
		u: [],
		ul: [],
	})
);

/** Attributes whose value is a URL. */
const urlAttributes = new Set(['href', 'cite']);

/** Props of the project's components. */
export const componentProps: Record<(typeof caseComponentNames)[number], { name: string; kind: 'string' | 'string[]' }> = {
	Metric: { name: 'id', kind: 'string' },
	MetricChart: { name: 'ids', kind: 'string[]' },
};

/**
 * Whether a link may point there: http(s), mailto, an in-site path or a fragment. Control
 * characters, white space inside the scheme and backslashes (which browsers read as `/`) are refused
 * rather than guessed at.
 */
export function isAllowedUrl(url: string): boolean {
	if (/[\u0000-\u001f\u007f-\u009f\\]/.test(url)) return false;
	const scheme = /^([^/?#]*?):/.exec(url)?.[1];
	if (scheme !== undefined) return /^(?:https?|mailto)$/i.test(scheme) && (scheme.toLowerCase() === 'mailto' || /^https?:\/\/[^/]/i.test(url));
	// No scheme: a path on this site, or a fragment; `//host` is another site without a scheme.
	return !url.startsWith('//');
}

/** Only literal values: strings, and arrays of strings (`ids={['a', 'b']}`). */
function literalOf(node: Expression | undefined): string | string[] | undefined {
	if (!node) return undefined;
	if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
	if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
	if (node.type === 'ArrayExpression') {
		const items = node.elements.map((element) => (element && element.type !== 'SpreadElement' ? literalOf(element) : undefined));
		return items.every((item): item is string => typeof item === 'string') ? items : undefined;
	}
	return undefined;
}

function expressionOf(program: Program | undefined): Expression | undefined {
	const statement = program?.body[0];
	return program?.body.length === 1 && statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

function snippet(text: string): string {
	const line = text.split('\n')[0]!.trim();
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** The literal props of a component element, as the renderer reads them: `{ id: 'a' }`, `{ ids: ['a', 'b'] }`. */
export function readComponentProps(attributes: { type: string; name?: string; value?: unknown }[]): Record<string, string | string[] | undefined> {
	const props: Record<string, string | string[] | undefined> = {};
	for (const attribute of attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
		const value = attribute.value as string | { data?: { estree?: Program } } | null | undefined;
		props[attribute.name] = typeof value === 'string' ? value : literalOf(expressionOf(value?.data?.estree));
	}
	return props;
}

const urlFix = 'link to an https:// page, a mailto: address or a path on this site';

export function checkMdxSafety(file: string, tree: Root): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const add = (line: number | undefined, field: string, problem: string, fix: string) => problems.push({ file, line, field, problem, fix });
	visit(tree, (node, _index, parent) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'mdxjsEsm':
				add(
					line,
					'(body)',
					`"${snippet(node.value)}": import and export are not allowed in a case`,
					`remove the line; ${caseComponentNames.join(' and ')} need no import`
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				const program = node.data?.estree as Program | undefined;
				const isComment = program !== undefined && program.body.length === 0;
				if (!isComment)
					add(
						line,
						'(body)',
						`"{${snippet(node.value)}}": JavaScript expressions are not allowed in a case`,
						'write the text without braces, or escape them as \\{ and \\}'
					);
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name;
				if (name === null) {
					add(line, '(body)', 'fragments <>…</> are not allowed', 'remove the <> and </>');
					break;
				}
				const component = (caseComponentNames as readonly string[]).includes(name) ? componentProps[name as keyof typeof componentProps] : undefined;
				const htmlAttributes = allowedHtmlElements.get(name);
				if (!component && !htmlAttributes) {
					const isComponent = /^[A-Z]/.test(name);
					add(
						line,
						`<${name}>`,
						isComponent
							? `unknown component <${name}>`
							: name === 'img'
								? 'images are not allowed in a case body'
								: `the HTML element <${name}> is not allowed in a case`,
						isComponent
							? `use one of: ${caseComponentNames.map((candidate) => `<${candidate}>`).join(', ')}`
							: name === 'img'
								? 'remove the image: the page shows the case’s figures as key figures and charts'
								: 'use Markdown, or a harmless element such as <sup> or <abbr>'
					);
					break;
				}
				if (name === 'MetricChart' && (node.type === 'mdxJsxTextElement' || parent?.type !== 'root')) {
					add(
						line,
						`<${name}>`,
						'a chart inside a paragraph, list or quote',
						`put <${name} … /> on a line of its own, outside lists and quotes, with a blank line before and after`
					);
				}
				if (component && node.children.length > 0) add(line, `<${name}>`, `<${name}> takes no content`, `write it as <${name} … />`);
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') {
						add(line, `<${name}>`, `spread attributes "{${snippet(attribute.value)}}" are not allowed`, 'write each attribute with a literal value');
						continue;
					}
					const attributeName = attribute.name;
					const field = `<${name} ${attributeName}>`;
					const value = attribute.value;
					if (component) {
						if (attributeName !== component.name) {
							add(line, field, `<${name}> has no "${attributeName}" prop`, `use "${component.name}"`);
							continue;
						}
						const literal = readComponentProps([attribute])[attributeName];
						const fits = component.kind === 'string' ? typeof literal === 'string' : Array.isArray(literal);
						if (!fits) {
							const written = typeof value === 'string' ? `"${snippet(value)}"` : value ? `{${snippet(value.value)}}` : 'no value';
							add(
								line,
								field,
								`${written}: "${attributeName}" takes ${component.kind === 'string' ? 'a string' : 'a list of strings'}, written literally`,
								component.kind === 'string' ? `write ${attributeName}="response-speed"` : `write ${attributeName}={['response-speed', 'handover-cycle']}`
							);
						}
						continue;
					}
					if (![...globalAttributes, ...htmlAttributes!].includes(attributeName)) {
						const kind = /^on/i.test(attributeName) ? 'event handler attributes are' : attributeName.includes(':') ? 'directives are' : `"${attributeName}" is`;
						add(
							line,
							field,
							`${kind} not allowed on <${name}>`,
							`remove "${attributeName}"; <${name}> may carry ${[...globalAttributes, ...htmlAttributes!].map((allowed) => `"${allowed}"`).join(', ')}`
						);
						continue;
					}
					if (typeof value !== 'string') {
						add(
							line,
							field,
							value ? `"{${snippet(value.value)}}": attribute values on HTML elements must be plain text` : 'the attribute has no value',
							`write ${attributeName}="…"`
						);
						continue;
					}
					if (urlAttributes.has(attributeName) && !isAllowedUrl(value))
						add(line, field, `"${snippet(value)}": only http(s), mailto and in-site URLs are allowed`, urlFix);
				}
				break;
			}
			case 'image':
			case 'imageReference':
				add(line, '(body)', 'images are not allowed in a case body', 'remove the image: the page shows the case’s figures as key figures and charts');
				break;
			case 'link':
			case 'definition':
				if (!isAllowedUrl(node.url)) add(line, '(body)', `"${snippet(node.url)}": only http(s), mailto and in-site URLs are allowed`, urlFix);
				break;
			case 'html':
				// remark-mdx parses no raw HTML; should a future parser change that, refuse it here.
				add(line, '(body)', 'raw HTML is not allowed', 'use Markdown, or a harmless element such as <sup> or <abbr>');
				break;
		}
	});
	return problems;
}
