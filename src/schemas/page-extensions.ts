import { z } from 'astro/zod';

/** Frontmatter the project adds to Starlight pages (docs and `<StarlightPage>`); every field optional. */
export const pageExtensionsSchema = z.object({
	/** How much the page's own text weighs in search, 0–10; pages that list cases set it low so the cases rank first. */
	searchWeight: z.number().min(0).max(10).optional().describe("Search weight of the page text, 0–10, e.g. 1 for a tag page. Default: Pagefind's weights."),
});
