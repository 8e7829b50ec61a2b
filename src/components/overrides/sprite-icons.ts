/**
 * Starlight writes every icon as an inline `<svg>` with the icon's paths, in every page: the theme
 * and language pickers (twice each, header and mobile menu), the theme icons' `<template>`, the
 * menu button, the table of contents; a case report has Starlight's link icon at every heading
 * (render-case-body.ts). `useSpriteIcons` rewrites such an `<svg>` to reference one cached file
 * instead, `icons.svg` (the same paths, one `<symbol>` each, `anchor` being the heading link's):
 * `<svg … viewBox="0 0 24 24"><use href="/_astro/icons.….svg#sun"></use></svg>`. The `<svg>` keeps
 * its attributes and classes, so styles and scripts (Starlight's theme picker copies a template
 * icon's children into the picker's icon) work as before; an icon the sprite lacks stays inline.
 */
import sprite from './icons.svg?raw';

/** Each symbol's markup (exactly what Starlight's `<Icon>` writes inside its `<svg>`) → its id. */
const idsByMarkup = new Map([...sprite.matchAll(/<symbol id="([^"]+)" viewBox="0 0 24 24">([\s\S]*?)<\/symbol>/g)].map(([, id, markup]) => [markup!, id!]));

/** The ids of the sprite's icons, e.g. `sun`, `down-caret`. */
export const spriteIconIds = [...idsByMarkup.values()];

export function useSpriteIcons(html: string, spriteUrl: string): string {
	return html.replace(/(<svg\b[^>]*\bviewBox="0 0 24 24"[^>]*>)([\s\S]*?)(<\/svg>)/g, (whole, open: string, markup: string, close: string) => {
		const id = idsByMarkup.get(markup);
		return id ? `${open}<use href="${spriteUrl}#${id}"></use>${close}` : whole;
	});
}
