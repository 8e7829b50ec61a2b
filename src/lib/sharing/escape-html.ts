/**
 * Text as HTML that shows exactly that text: for the outputs whose readers parse a string as
 * HTML although the site means it as text (an RSS item's `<description>`). Pages need none of
 * this: Astro escapes every `{expression}` and attribute.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => entities[char]!);
}
