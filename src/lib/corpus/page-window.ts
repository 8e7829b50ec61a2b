/** A page number to link, or a gap (`'gap'`) standing for the pages left out. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pagination bar shows: the first and last pages, and `radius` pages each side
 * of the current one, with a gap where pages are left out. A fixed number of links whatever the
 * number of pages, so listing pages do not grow with the corpus; a gap of one page is shown as
 * that page instead.
 */
export function getPageWindow(page: number, pages: number, radius = 2): PageLink[] {
	const shown = new Set([1, pages]);
	for (let number = page - radius; number <= page + radius; number += 1) if (number >= 1 && number <= pages) shown.add(number);
	const sorted = [...shown].sort((a, b) => a - b);
	const links: PageLink[] = [];
	for (const [index, number] of sorted.entries()) {
		const previous = sorted[index - 1];
		if (previous !== undefined && number - previous === 2) links.push(previous + 1);
		else if (previous !== undefined && number - previous > 2) links.push('gap');
		links.push(number);
	}
	return links;
}
