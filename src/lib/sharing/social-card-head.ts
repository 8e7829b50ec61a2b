/** The head entries of a social card (Open Graph and Twitter), for Starlight's `head`. */
export function socialCardHead(imageUrl: string, alt = '') {
	return [
		{ tag: 'meta' as const, attrs: { property: 'og:image', content: imageUrl } },
		{ tag: 'meta' as const, attrs: { property: 'og:image:width', content: '1200' } },
		{ tag: 'meta' as const, attrs: { property: 'og:image:height', content: '630' } },
		{ tag: 'meta' as const, attrs: { property: 'og:image:alt', content: alt } },
		{ tag: 'meta' as const, attrs: { name: 'twitter:image', content: imageUrl } },
	];
}
