/**
 * Automatic height for the site's embeds (`/{locale}/embed/{slug}/` in a partner's iframe).
 *
 * The embed page posts its document height to its parent, on load and whenever it changes
 * (`embedHeightMessage`). A partner's page loads `/embed.js` once (`buildEmbedScript`), which sets
 * the height of the iframe a message came from. The partner's page is someone else's: the script
 * acts only on messages from the site's origin (the origin it was itself loaded from) whose
 * source is the window of one of the page's iframes, and only on a plausible height.
 */

/** The message an embed posts to its parent. */
export const embedHeightType = 'case-embed:height';
/** The message `/embed.js` sends the site's iframes when it starts: embeds that loaded before it answer with their height. */
export const embedMeasureType = 'case-embed:measure';
/** No embed is taller: a larger number is not a height to apply. */
export const maxEmbedHeight = 20_000;

export interface EmbedHeightMessage {
	type: typeof embedHeightType;
	slug: string;
	height: number;
}

/** What the embed of `slug` posts when its document is `height` CSS pixels tall. */
export function embedHeightMessage(slug: string, height: number): EmbedHeightMessage {
	return { type: embedHeightType, slug, height: Math.ceil(height) };
}

/**
 * The text of `/embed.js`: self-contained (no dependency, no module, ES5 syntax), under 1 KB. The
 * site's origin is the origin of the script's own URL (`document.currentScript`), so the same file
 * works on any host the site is deployed to. It sets `style.height` (a CSSOM property, allowed by
 * any Content-Security-Policy of the partner's page) on the iframe whose window sent the message.
 */
export function buildEmbedScript(): string {
	return `/* Sizes the case embeds of this page to their content. */
(function () {
	var me = document.currentScript, origin = me && new URL(me.src).origin;
	if (!origin) return;
	function frames() { return document.getElementsByTagName('iframe'); }
	addEventListener('message', function (event) {
		var data = event.data, list = frames(), i;
		if (event.origin !== origin || !data || data.type !== '${embedHeightType}' || typeof data.slug !== 'string') return;
		if (typeof data.height !== 'number' || !(data.height > 0 && data.height <= ${maxEmbedHeight})) return;
		for (i = 0; i < list.length; i++) {
			if (list[i].contentWindow === event.source) list[i].style.height = Math.ceil(data.height) + 'px';
		}
	});
	for (var list = frames(), i = 0; i < list.length; i++) {
		if (list[i].contentWindow && list[i].src.indexOf(origin + '/') === 0) list[i].contentWindow.postMessage({ type: '${embedMeasureType}' }, origin);
	}
})();
`;
}
