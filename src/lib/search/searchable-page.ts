/**
 * Whether a built page belongs in the search index: Starlight marks the `<main>` of every page
 * whose frontmatter leaves `pagefind` on with `data-pagefind-body`. Pages without it (embeds,
 * later list pages, redirects, the 404) are never indexed. Only the first `<main>` start tag is
 * read: it comes before any text a contributor wrote, so no case text can make a page searchable.
 */
export function isSearchablePage(html: string): boolean {
	const main = /<main\b[^>]*>/i.exec(html)?.[0];
	return main !== undefined && /\sdata-pagefind-body(?=[\s=>])/i.test(main);
}
