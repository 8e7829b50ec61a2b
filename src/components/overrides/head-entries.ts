/**
 * The content of a `<head>` entry, for the site's `Head` override. Starlight writes every entry's
 * content with `set:html`, so a case title or tag label such as `</title><script>…` ended the
 * `<title>` and ran (contributor text is untrusted input: docs/architecture.md, "Case bodies" and
 * "Content-Security-Policy"). Here no entry's content is parsed as HTML:
 *
 * - `title` is text (the caller renders it as an escaped expression);
 * - `script` and `style` are raw text in HTML: written as they are, but only when nothing in them
 *   can end the element early or change how the browser reads it (`</script`, `<!--`); the JSON-LD
 *   the site writes escapes `<`, so this never trips for it, and a failure names the entry;
 * - anything else with content (`noscript`, `template`: Starlight's configuration only, never
 *   contributor text) is refused, so that no new kind of entry becomes a way in.
 */

export type HeadContent = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'raw'; html: string };

const rawTextTags = new Set(['script', 'style']);

export function toHeadContent(tag: string, content: string | undefined): HeadContent {
	if (content === undefined || content === '') return { kind: 'none' };
	if (tag === 'title') return { kind: 'text', text: content };
	if (!rawTextTags.has(tag))
		throw new Error(`<${tag}> head entry with content: only <title> (text), <script> and <style> may carry content; write the others with attributes`);
	if (new RegExp(`</${tag}|<!--`, 'i').test(content)) {
		throw new Error(
			`<${tag}> head entry whose content contains "</${tag}" or "<!--", which would end the element early: escape "<" in it (JSON: \\u003c), e.g. with jsonLdHead()`
		);
	}
	return { kind: 'raw', html: content };
}
