import { z } from 'astro/zod';
import { facets } from '../lib/taxonomy/facets.ts';
import { stableIdSchema, textSchema } from './shared.ts';

/** A text in both site languages. */
export const bilingualTextSchema = z
	.strictObject({
		'zh-CN': textSchema.describe('简体中文 text, e.g. "金融科技".'),
		en: textSchema.describe('English text, e.g. "Fintech".'),
	})
	.describe('The same text in both languages: { zh-CN: 金融科技, en: Fintech }.');

/** One entry of `content/taxonomy/<facet>.yml`, as an author writes it. */
export const taxonomyEntrySchema = z
	.strictObject({
		/** Stable id used by cases and in the tag page URL; never translated, never renamed. */
		id: stableIdSchema.describe('Stable id used by cases and in the tag URL, e.g. "sso". Never translated.'),
		/** Display label per language. */
		label: bilingualTextSchema.describe('Label per language, e.g. { zh-CN: 单点登录, en: Single sign-on }.'),
		/** Optional one-sentence explanation per language, shown on the tag page. */
		description: bilingualTextSchema.optional().describe('Optional one-sentence explanation per language, shown on the tag page.'),
		/** Other names readers search for, in any language. */
		aliases: z.array(textSchema).default([]).describe('Other names readers use, in any language, e.g. [SSO, 统一登录, single sign-on].'),
	})
	.describe('One tag of the shared vocabulary.');

/** The whole file: a list of entries. */
export const taxonomyFileSchema = z.array(taxonomyEntrySchema).describe('A list of tags.');

/** A tag in the `taxonomy` collection: an entry plus the facet its file names. */
export const taxonomySchema = taxonomyEntrySchema.extend({
	/** The facet, from the file name `content/taxonomy/<facet>.yml`. */
	facet: z.enum(facets).describe('The facet, taken from the file name, e.g. "capabilities".'),
});

export type TaxonomyEntryInput = z.input<typeof taxonomyEntrySchema>;
export type Tag = z.output<typeof taxonomySchema>;
