import { html as spec, parse, type DefaultTreeAdapterTypes } from 'parse5';

/**
 * Finds the inline code of a built page (script elements, style elements, event-handler
 * attributes) as a browser parses it, to check it against the Content-Security-Policy's allowed
 * texts (src/lib/sharing/csp.ts). The authority is parse5, a WHATWG-conformant parser: text in
 * attribute values, comments or `<noscript>` is never taken for a script, and a script inside
 * `<svg>`, a `<template>` or an iframe's `srcdoc` is never missed. Parsing every page of a large
 * build takes time (≈ 30 MB/s), so `checkPage` first tries a scan that proves most pages clean
 * without parsing and hands anything it cannot prove to the parser (see `quickCheck`).
 */

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Attribute = { name: string; value: string };

export interface AllowedInlineCode {
	scripts: ReadonlySet<string>;
	styles: ReadonlySet<string>;
}

/** One piece of inline code: a script or style element's text, or an event-handler attribute's value. */
export interface InlineCode {
	kind: 'script' | 'style' | 'handler';
	/** What carries it: `<script>`, `<style>`, `<img onerror>`, with `srcdoc ›` before code inside an iframe's srcdoc. */
	where: string;
	text: string;
}

const javaScriptMimeTypes = new Set([
	'application/ecmascript',
	'application/javascript',
	'application/x-ecmascript',
	'application/x-javascript',
	'text/ecmascript',
	'text/javascript',
	'text/javascript1.0',
	'text/javascript1.1',
	'text/javascript1.2',
	'text/javascript1.3',
	'text/javascript1.4',
	'text/javascript1.5',
	'text/jscript',
	'text/livescript',
	'text/x-ecmascript',
	'text/x-javascript',
]);

/**
 * Whether a script element with these attributes runs (HTML "prepare the script element": its type
 * is classic, module, an import map or speculation rules, all of which CSP's `script-src` governs)
 * or is a data block the browser never runs, such as `application/ld+json`.
 */
export function isExecutableScript(attrs: readonly Attribute[]): boolean {
	const type = attrs.find((attr) => attr.name === 'type')?.value;
	const language = attrs.find((attr) => attr.name === 'language')?.value;
	if (type === '' || (type === undefined && !language)) return true;
	const typeString = (type === undefined ? `text/${language}` : type.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')).toLowerCase();
	return javaScriptMimeTypes.has(typeString) || typeString === 'module' || typeString === 'importmap' || typeString === 'speculationrules';
}

/** Elements of a parsed tree in document order, template contents included. */
export function* walkElements(node: ParentNode): Generator<Element> {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		yield child;
		yield* walkElements(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
	}
}

/** A script or style element's text, as the browser hashes it (its child text, line breaks already normalised by the parser). */
export const textOf = (element: Element) =>
	element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : '')).join('');

function inlineCodeOf(root: ParentNode, prefix = ''): InlineCode[] {
	const found: InlineCode[] = [];
	for (const element of walkElements(root)) {
		const has = (name: string) => element.attrs.some((attr) => attr.name === name);
		if (element.tagName === 'script') {
			// An HTML script runs its text unless it has `src`; an SVG script unless it has `href` or `xlink:href`.
			const external = element.namespaceURI === spec.NS.SVG ? has('href') : has('src');
			if (!external && isExecutableScript(element.attrs)) found.push({ kind: 'script', where: `${prefix}<script>`, text: textOf(element) });
		} else if (element.tagName === 'style') {
			found.push({ kind: 'style', where: `${prefix}<style>`, text: textOf(element) });
		}
		for (const attr of element.attrs) {
			if (/^on[a-z]+$/i.test(attr.name) && !attr.prefix && attr.value.trim())
				found.push({ kind: 'handler', where: `${prefix}<${element.tagName} ${attr.name}>`, text: attr.value });
		}
		// A srcdoc document inherits the page's policy: its scripts are the page's too.
		const srcdoc = element.tagName === 'iframe' ? element.attrs.find((attr) => attr.name === 'srcdoc') : undefined;
		if (srcdoc) found.push(...inlineCodeOf(parse(srcdoc.value), `${prefix}<iframe srcdoc> › `));
	}
	return found;
}

/** Every piece of inline code in a page, in document order (exact: a full HTML parse). */
export function findInlineCode(html: string): InlineCode[] {
	return inlineCodeOf(parse(html));
}

/** Whether the policy allows a piece of inline code: only scripts and styles whose text it lists; never an event handler. */
export const isAllowed = (code: InlineCode, allowed: AllowedInlineCode) =>
	code.kind === 'script' ? allowed.scripts.has(code.text) : code.kind === 'style' ? allowed.styles.has(code.text) : false;

// ——— The scan that proves a page clean without parsing it ———

/** Anything that may be an event-handler attribute or an iframe's srcdoc: the scan leaves those pages to the parser. */
const needsParser = /[\t\n\f\r /"']on[a-z]+[\t\n\f\r ]*=|srcdoc/i;
/** A script or style start tag: `<script` or `<style` then whitespace, `/` or `>` (only these can start such an element). */
const rawTextStart = /<(script|style)(?=[\t\n\f\r />])/gi;
/** A start tag's rest when it is plain: bare attributes or double-quoted values without `"`, `&`, `<`, `>`. */
const plainAttributes = /((?:[\t\n\f\r ]+[a-z][a-z0-9-]*(?:="[^"&<>]*")?)*)[\t\n\f\r ]*>/iy;
const plainAttribute = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/gi;
const scriptEnd = /<\/script(?=[\t\n\f\r />])/gi;
const styleEnd = /<\/style(?=[\t\n\f\r />])/gi;
/** Text that reads the same whether a browser parses it as raw text or, in SVG, as markup: no tags, character references, NUL or CR. */
const sameInEveryContext = (text: string) => !/[<\0\r]|&[#a-z0-9]/i.test(text);

/**
 * `true` only if the page certainly has no inline code outside `allowed` (else the parser decides).
 * Sound because every script or style element a parser creates starts at a `<script`/`<style`
 * (any case) followed by whitespace, `/` or `>`: the scan treats every such place as a real start
 * tag, which over-counts (one inside a comment or an attribute is checked too) but never misses one.
 * For each it reads the attributes only when they are plain, and the text up to the first
 * end tag only when it holds no `<` (so no `<!--` that would move the end), no character reference,
 * NUL or CR: then the browser sees exactly that text, in HTML or in SVG. A data block (JSON-LD)
 * needs no text check, nor does a script with `src` (an SVG script with `href`
 * is checked as if inline: over-strict, so the parser decides).
 */
export function quickCheck(html: string, allowed: AllowedInlineCode): boolean {
	if (needsParser.test(html)) return false;
	rawTextStart.lastIndex = 0;
	for (let start = rawTextStart.exec(html); start; start = rawTextStart.exec(html)) {
		const isScript = start[1]!.length === 6;
		plainAttributes.lastIndex = start.index + start[0].length;
		const tag = plainAttributes.exec(html);
		if (!tag) return false;
		const attrs: Attribute[] = [...tag[1]!.matchAll(plainAttribute)].map((match) => ({ name: match[1]!.toLowerCase(), value: match[2] ?? '' }));
		if (isScript && (attrs.some((attr) => attr.name === 'src') || !isExecutableScript(attrs))) continue;
		const end = isScript ? scriptEnd : styleEnd;
		end.lastIndex = plainAttributes.lastIndex;
		const closing = end.exec(html);
		if (!closing) return false;
		const text = html.slice(plainAttributes.lastIndex, closing.index);
		if (!sameInEveryContext(text) || !(isScript ? allowed.scripts : allowed.styles).has(text)) return false;
		rawTextStart.lastIndex = plainAttributes.lastIndex;
	}
	return true;
}

// ——— The policy's <meta> ———

/** A page that begins like Starlight's and the site's own layouts: doctype, `<html …>`, `<head>`, charset and viewport metas. */
const plainHeadStart =
	/^\uFEFF?<!doctype html>[\t\n\f\r ]*<html(?:[\t\n\f\r ]+[a-z][a-z0-9-]*(?:="[^"&<>]*")?)*[\t\n\f\r ]*>[\t\n\f\r ]*(?<head><head>)[\t\n\f\r ]*(?<charset><meta charset="utf-8"\/?>)?[\t\n\f\r ]*(?:<meta name="viewport" content="[^"&<>]*"\/?>[\t\n\f\r ]*)?/di;
const plainPolicyMeta = /<meta http-equiv="content-security-policy" content="([^"&<>]*)"\/?>/iy;
/** Anything that may declare a policy in a `<meta>`: such pages, when not plain, go to the parser. */
const anyPolicyMeta = /http-equiv[\t\n\f\r ]*=[\t\n\f\r ]*["']?[\t\n\f\r ]*content-security-policy/i;

export type PolicyMetaState =
	| { state: 'ok' }
	/** No policy `<meta>` in `<head>`: `insertAt` is where one goes (after `<head>` and the charset `<meta>`). */
	| { state: 'missing'; insertAt: number }
	| { state: 'different'; content: string }
	/** A script, stylesheet or style comes first: the policy would not cover it. */
	| { state: 'late' }
	| { state: 'no-head' };

function policyMetaOf(document: DefaultTreeAdapterTypes.Document, policy: string): PolicyMetaState {
	const htmlElement = document.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'html');
	const head = htmlElement?.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'head');
	const children = (head?.childNodes ?? []).filter((node): node is Element => 'tagName' in node);
	const index = children.findIndex(
		(child) =>
			child.tagName === 'meta' && child.attrs.some((attr) => attr.name === 'http-equiv' && attr.value.trim().toLowerCase() === 'content-security-policy')
	);
	if (index === -1) {
		const start = head?.sourceCodeLocation?.startTag;
		if (!head || !start) return { state: 'no-head' };
		const first = children[0];
		const charset = first?.tagName === 'meta' && first.attrs.some((attr) => attr.name === 'charset') ? first.sourceCodeLocation : undefined;
		return { state: 'missing', insertAt: charset?.endOffset ?? start.endOffset };
	}
	const content = children[index]!.attrs.find((attr) => attr.name === 'content')?.value ?? '';
	if (content !== policy) return { state: 'different', content };
	if (children.slice(0, index).some((child) => ['script', 'style', 'link', 'template', 'noscript'].includes(child.tagName))) return { state: 'late' };
	return { state: 'ok' };
}

export interface PageCheck {
	/** Inline code the policy does not allow. */
	refused: InlineCode[];
	meta: PolicyMetaState;
}

/** Checks one built page: its inline code against `allowed`, and that its `<head>` starts with the policy `<meta>`. */
export function checkPage(html: string, allowed: AllowedInlineCode, policy: string): PageCheck {
	if (quickCheck(html, allowed)) {
		const head = plainHeadStart.exec(html);
		if (head) {
			plainPolicyMeta.lastIndex = head[0].length;
			const meta = plainPolicyMeta.exec(html);
			if (meta?.[1] === policy) return { refused: [], meta: { state: 'ok' } };
			if (!meta && !anyPolicyMeta.test(html)) {
				const { charset, head: headTag } = head.indices!.groups!;
				return { refused: [], meta: { state: 'missing', insertAt: (charset ?? headTag)![1] } };
			}
		}
	}
	const document = parse(html, { sourceCodeLocationInfo: true });
	return { refused: inlineCodeOf(document).filter((code) => !isAllowed(code, allowed)), meta: policyMetaOf(document, policy) };
}
