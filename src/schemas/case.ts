import { z } from 'astro/zod';
import { maxMetricsPerCase, maxRedirects, maxReviewItems, maxTagsPerFacet } from '../lib/metrics/bounds.ts';
import { metricSchema } from './metric.ts';
import { getLatestToday, httpUrlSchema, isoDateSchema, stableIdSchema, tagIdSchema, textSchema, withMaxItems } from './shared.ts';

const tagListSchema = (facet: string, example: string) =>
	withMaxItems(
		z.array(tagIdSchema, { error: `expected a list of ${facet} ids, e.g. [${example}]` }),
		maxTagsPerFacet,
		`${facet} ids`,
		'keep the tags that describe the case best: a tag on every case helps no reader find one'
	).describe(`Tag ids from content/taxonomy/${facet}.yml, e.g. [${example}]; at most ${maxTagsPerFacet}.`);

/** The company the case is about. */
export const companySchema = z
	.strictObject({
		/** The company's name as it presents itself; the same in every language. */
		name: textSchema.max(80, 'expected at most 80 characters').describe('The company\'s own name, same in every language, e.g. "PayerMax".'),
		/** What the company does, in the file's language. */
		business: textSchema.describe("What the company does, in this file's language, one or two sentences."),
		/** How the company describes its mission or position, in the file's language. */
		positioning: textSchema.optional().describe("How the company positions itself, in this file's language."),
		/** Size bucket from `content/taxonomy/sizes.yml`; `unknown` when the source does not say. */
		size: tagIdSchema.describe('Size id from content/taxonomy/sizes.yml, e.g. "mid-to-large" or "unknown".'),
		/** What the source says (or lets one infer) about the size, in the file's language. */
		sizeNote: textSchema.optional().describe('What the source says about the size, in this file\'s language, e.g. "未明确提及…".'),
		/** Where the company operates, from `content/taxonomy/regions.yml`. */
		regions: tagListSchema('regions', 'global, emerging-markets').min(1, 'expected at least one region id'),
		/** The company's own website, if known. */
		website: httpUrlSchema.optional().describe('The company\'s website, e.g. "https://www.payermax.com".'),
	})
	.describe('Company facts shown in the case header.');

/** Where the report's facts come from. */
export const sourceSchema = z
	.strictObject({
		/** The public page the report is based on. */
		url: httpUrlSchema.describe('The public page the facts come from, e.g. "https://www.feishu.cn/customers/PayerMax".'),
		/** Who published that page, in the file's language. */
		publisher: textSchema.describe('Who published the source, in this file\'s language, e.g. "飞书" / "Feishu".'),
		/** What kind of material the analysis is based on, in the file's language. */
		basis: textSchema.optional().describe('What the analysis is based on, in this file\'s language, e.g. "飞书官方客户案例页面内容".'),
	})
	.describe('The source of the facts and figures.');

/** The frontmatter of `content/cases/<locale>/<slug>.mdx`. */
export const caseSchema = z
	.strictObject({
		/** Page title in the file's language. */
		title: textSchema
			.max(90, 'expected at most 90 characters: it is the page title and the card title')
			.describe('Page title in this file\'s language, ≤ 90 characters, e.g. "PayerMax 如何用飞书打通海内外协同".'),
		/** Summary for cards, meta description and social cards. */
		description: textSchema
			.max(160, 'expected at most 160 characters: search engines and cards cut longer text')
			.describe('One-sentence summary, ≤ 160 characters, for cards and the meta description.'),
		company: companySchema,
		/** The collaboration suite the case is about, from `content/taxonomy/products.yml`. */
		product: tagIdSchema.describe('Product id from content/taxonomy/products.yml, e.g. "feishu".'),
		/** Industries, the first being the primary one. */
		industries: tagListSchema('industries', 'fintech, cross-border-payments').min(1, 'expected at least one industry id'),
		/** Product capabilities the company uses. */
		capabilities: tagListSchema('capabilities', 'sso, approvals, bots').default([]),
		/** Pain points before the change. */
		challenges: tagListSchema('challenges', 'siloed-tools').default([]),
		/** Needs the product did not meet (analysis), the corpus' cross-case insight. */
		gaps: tagListSchema('gaps', 'financial-compliance').default([]),
		/** The figures of the case. Every figure in the text must be here. */
		metrics: withMaxItems(
			z.array(metricSchema, { error: 'expected a list of metrics' }),
			maxMetricsPerCase,
			'metrics',
			'keep the figures the report leads with (PayerMax has 6) and leave the rest in the text'
		)
			.default([])
			.describe(`Every figure of the report as structured data, at most ${maxMetricsPerCase}; see the PayerMax case for each kind.`),
		source: sourceSchema,
		/** The date of the analysis report, not later than today anywhere on Earth (UTC+14): a mistyped year would sort the case first. */
		reportDate: isoDateSchema
			.superRefine((date, ctx) => {
				const today = getLatestToday();
				if (date > today)
					ctx.addIssue({
						code: 'custom',
						message: `a report date in the future (today is ${today} at the latest, in UTC+14)`,
						params: { fix: 'write the date the report was made, YYYY-MM-DD; a report cannot be dated later than today' },
					});
			})
			.describe('Date of the report, YYYY-MM-DD, not later than today, e.g. 2025-10-17.'),
		/** Slugs this case was published under before; their URLs keep working as redirects. */
		redirectFrom: withMaxItems(
			z.array(stableIdSchema, { error: 'expected a list of old slugs, e.g. [payermax-feishu]' }),
			maxRedirects,
			'old slugs',
			'keep the slugs that were published and linked to; drop the rest'
		)
			.default([])
			.describe('Old slugs of this case, e.g. [payermax-feishu]: /{locale}/cases/{old}/ redirects here. Same in every language.'),
		/** A case under review: `npm run dev` shows it, a production build leaves it out. */
		draft: z
			.boolean({ error: 'expected true or false' })
			.default(false)
			.describe(
				'true while the case is reviewed: npm run dev shows it, a production build leaves it out. npm run import writes true; remove it (with every review item) to publish.'
			),
		/** What a reviewer still has to check, in the file's language; allowed only in a draft. */
		review: withMaxItems(
			z.array(textSchema, { error: 'expected a list of things to review, e.g. ["check the industry"]' }),
			maxReviewItems,
			'review items',
			'group related items into one'
		)
			.default([])
			.describe(
				"What a reviewer still has to check, e.g. the importer's guesses. Allowed only while draft is true: resolve each item and delete it before publishing."
			),
	})
	.superRefine((data, ctx) => {
		const seen = new Set<string>();
		data.metrics.forEach((metric, index) => {
			if (seen.has(metric.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['metrics', index, 'id'],
					message: `duplicate metric id "${metric.id}"`,
					params: { fix: "every metric id must be unique within a case: rename one of them (the id is the figure's anchor #metric-{id})" },
				});
			}
			seen.add(metric.id);
		});
		if (!data.draft && data.review.length > 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['review'],
				message: `${data.review.length} review item${data.review.length === 1 ? ' is' : 's are'} left in a case that is not a draft (first: "${data.review[0]!.slice(0, 80)}")`,
				params: { fix: 'check each item against the report, fix the case, and delete the review list; or put back draft: true' },
			});
		}
	})
	.describe('A customer case report.');

export type CaseInput = z.input<typeof caseSchema>;
export type CaseData = z.output<typeof caseSchema>;
