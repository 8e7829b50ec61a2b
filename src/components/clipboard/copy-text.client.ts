/**
 * The clipboard for the site's copy buttons ("Copy link" on a figure, KeyFigures.astro; "Copy
 * code" in the Embed control, EmbedControl.astro): each adds its button only where `canCopy()`,
 * and says "copied" or its failure message from what `copyText` returns.
 */

/** Whether the page may try to write the clipboard at all (not on plain HTTP, for one). */
export function canCopy(): boolean {
	return Boolean(navigator.clipboard);
}

/** Writes `text` to the clipboard; `false` when the browser refuses (no permission, a partner's frame). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
