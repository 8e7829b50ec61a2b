import { z } from 'astro/zod';
import { locales } from '../lib/i18n/locales.ts';
import { countUnits, periods, qualifiers, subjects, timeUnits, valueUnits } from '../lib/metrics/units.ts';
import { stableIdSchema } from './shared.ts';

/**
 * The open data export `/data/cases.json` (DESIGN.md §3: a contract). What the site publishes, not
 * what authors write: every object is strict, so a field added to the export without a description
 * here fails the tests, and the published JSON Schema (`/data/cases.schema.json`) is generated from
 * this file.
 */

const langs = ['zh-CN', 'en'] as const;

/** A text in both site languages. */
const bilingualSchema = z
	.strictObject({
		'zh-CN': z.string().describe('简体中文, e.g. "金融科技".'),
		en: z.string().describe('English, e.g. "Fintech".'),
	})
	.describe('The same text in both languages, e.g. { "zh-CN": "金融科技", "en": "Fintech" }.');

/** A taxonomy tag: its stable id and its label in both languages. */
export const openDataTagSchema = z
	.strictObject({
		id: stableIdSchema.describe('Stable tag id, the same in every language; the tag page is /{locale}/tags/{id}/, e.g. "fintech".'),
		label: bilingualSchema.describe('The tag\'s label in both languages, e.g. { "zh-CN": "金融科技", "en": "Fintech" }.'),
	})
	.describe('A tag of the shared vocabulary (content/taxonomy/*.yml).');

const tagListSchema = (what: string) => z.array(openDataTagSchema).describe(`${what}, in the order the case lists them.`);

const durationSchema = z
	.strictObject({
		value: z.number().describe('The number, e.g. 3.'),
		unit: z.enum(timeUnits).describe(`Time unit: ${timeUnits.join(' | ')}.`),
	})
	.describe('A duration, e.g. { "value": 3, "unit": "day" }.');

/** The figure as the case states it: exactly one of these keys (before comes with after). */
const figureShape = {
	change: z
		.strictObject({
			direction: z.enum(['up', 'down']).describe('up (↑, 提升) or down (↓, 降低).'),
			value: z.number().describe('The percentage without the % sign, e.g. 50 for ↑50%.'),
			unit: z.literal('percent').describe('Always "percent".'),
		})
		.optional()
		.describe('A percent change, e.g. { "direction": "up", "value": 50, "unit": "percent" } for ↑50%.'),
	multiplier: z
		.strictObject({
			direction: z.enum(['up', 'down']).describe('up (3 times more) or down (3 times less).'),
			value: z.number().describe('The factor, e.g. 3 for 3倍 / 3×.'),
		})
		.optional()
		.describe('A multiplier, e.g. { "direction": "up", "value": 3 }.'),
	before: durationSchema.optional().describe('The duration before, with after, e.g. { "value": 3, "unit": "day" }.'),
	after: durationSchema.optional().describe('The duration after, with before, e.g. { "value": 1, "unit": "hour" }.'),
	saved: z
		.strictObject({
			value: z.number().describe('The time saved, e.g. 1.'),
			unit: z.enum(timeUnits).describe(`Time unit: ${timeUnits.join(' | ')}.`),
			per: z.enum(periods).describe(`Period it is counted per: ${periods.join(' | ')}.`),
			each: z
				.enum(subjects)
				.optional()
				.describe(`Whom it is counted for, if anyone: ${subjects.join(' | ')}.`),
		})
		.optional()
		.describe('Time saved, e.g. { "value": 1, "unit": "hour", "per": "week", "each": "customer" }.'),
	value: z
		.strictObject({
			value: z.number().describe('The number, e.g. 99.5 or 15.'),
			unit: z.enum(valueUnits).describe(`Unit: ${valueUnits.join(' | ')} (${countUnits.join(', ')} are counts).`),
		})
		.optional()
		.describe('An absolute value, e.g. { "value": 15, "unit": "country" }.'),
	money: z
		.strictObject({
			amount: z.number().describe('The full amount in units of the currency, e.g. 2000000 for 200 万.'),
			currency: z.string().describe('ISO 4217 code, e.g. "CNY".'),
			per: z
				.enum(periods)
				.optional()
				.describe(`Period, if any: ${periods.join(' | ')}.`),
		})
		.optional()
		.describe('Money, e.g. { "amount": 2000000, "currency": "CNY", "per": "year" }.'),
};

/** Figures computed from the one the case states, rounded to 4 decimal places; only those that apply. */
export const openDataDerivedSchema = z
	.strictObject({
		hoursBefore: z.number().optional().describe('before → after: the duration before in hours (a month counts 30 days, a year 365), e.g. 72 for 3 days.'),
		hoursAfter: z.number().optional().describe('before → after: the duration after in hours, e.g. 1.'),
		speedup: z.number().optional().describe('before → after: how many times faster, e.g. 72 for 3 days → 1 hour.'),
		percentChange: z.number().optional().describe('The change of the measured quantity in percent: −98.6111 for 3 days → 1 hour, 200 for 3×, 50 for ↑50%.'),
		hoursPerYear: z.number().optional().describe('Time saved over a year in hours (a week counts 1/52 of a year), e.g. 52 for 1 hour a week.'),
		amountPerYear: z.number().optional().describe("Money over a year, in the metric's currency, e.g. 2000000."),
	})
	.describe('Figures derived from the stated one, as the case page shows them in words.');

/** A figure as the site shows it in one language. */
const formattedSchema = z
	.strictObject({
		value: z.string().describe('The key figure as the case page shows it, e.g. "3 天 → 1 小时" or "3 days → 1 hour".'),
		derived: z.string().optional().describe('The line under the key figure, if any, e.g. "快 72 倍 · 用时 −98.6%" or "72× faster · −98.6% time".'),
	})
	.describe('The figure formatted in one language.');

export const openDataMetricSchema = z
	.strictObject({
		id: stableIdSchema.describe('Stable metric id within the case, the same in every language, e.g. "handover-cycle".'),
		url: z.string().describe('The figure on the case page: /{locale}/cases/{slug}/#metric-{id}, absolute.'),
		label: z.string().describe('What is measured, in the entry\'s language, e.g. "轮转交接周期".'),
		note: z.string().optional().describe('Context for the figure, in the entry\'s language, e.g. "商务轮转场景".'),
		category: openDataTagSchema.describe('The outcome category (content/taxonomy/outcomes.yml), e.g. responsiveness.'),
		qualifier: z.enum(qualifiers).describe(`How exact the figure is: ${qualifiers.join(' | ')} (以上 → at-least, 约 → about).`),
		kind: z
			.enum(['change', 'multiplier', 'before-after', 'saved', 'value', 'money'])
			.describe('Which figure key is present: change, multiplier, before-after (before and after), saved, value or money.'),
		...figureShape,
		derived: openDataDerivedSchema,
		text: z.string().describe('The figure as one sentence in the entry\'s language, label included, e.g. "轮转交接周期：3 天 → 1 小时".'),
		formatted: z
			.strictObject(Object.fromEntries(langs.map((lang) => [lang, formattedSchema])) as Record<(typeof langs)[number], typeof formattedSchema>)
			.describe("The figure formatted in each site language (the entry's own is what its case page shows)."),
	})
	.describe('One figure of the case.');

export const openDataCaseSchema = z
	.strictObject({
		slug: stableIdSchema.describe('The case\'s stable id, the same in every language, e.g. "payermax".'),
		locale: z.enum(locales).describe(`The language this entry is written in, as in the URL: ${locales.join(' | ')}.`),
		lang: z.enum(langs).describe(`The same language as a BCP 47 tag: ${langs.join(' | ')}.`),
		url: z.string().describe('The case page in this language: /{locale}/cases/{slug}/, absolute.'),
		locales: z.array(z.enum(locales)).describe('Every language the case is published in; a page in a language missing here shows this text with a notice.'),
		title: z.string().describe("Title, in the entry's language."),
		description: z.string().describe("One-sentence summary, in the entry's language."),
		company: z
			.strictObject({
				name: z.string().describe('The company\'s own name, e.g. "PayerMax".'),
				business: z.string().describe("What the company does, in the entry's language."),
				positioning: z.string().optional().describe("How the company positions itself, in the entry's language."),
				size: openDataTagSchema.describe('Size bucket (content/taxonomy/sizes.yml), "unknown" when the source does not say.'),
				sizeNote: z.string().optional().describe("What the source says about the size, in the entry's language."),
				regions: tagListSchema('Regions the company operates in (content/taxonomy/regions.yml)'),
				website: z.string().optional().describe('The company\'s website, e.g. "https://www.payermax.com".'),
			})
			.describe('The company the case is about.'),
		product: openDataTagSchema.describe('The collaboration suite (content/taxonomy/products.yml), e.g. feishu.'),
		industries: tagListSchema('Industries, the primary one first (content/taxonomy/industries.yml)'),
		capabilities: tagListSchema('Product capabilities the company uses (content/taxonomy/capabilities.yml)'),
		challenges: tagListSchema('Pain points before the change (content/taxonomy/challenges.yml)'),
		gaps: tagListSchema('Needs the product did not meet, as the analysis infers them (content/taxonomy/gaps.yml)'),
		source: z
			.strictObject({
				url: z.string().describe('The public page the facts come from.'),
				publisher: z.string().describe('Who published it, in the entry\'s language, e.g. "飞书" / "Feishu".'),
				basis: z.string().optional().describe("What the analysis is based on, in the entry's language."),
			})
			.describe('Where the facts and figures come from.'),
		reportDate: z.string().describe('The date of the analysis report, YYYY-MM-DD, e.g. "2025-10-17".'),
		metrics: z.array(openDataMetricSchema).describe('Every figure of the case, in the order the case page shows them.'),
	})
	.describe('One published case in one language.');

export const casesExportSchema = z
	.strictObject({
		$schema: z.string().describe('The JSON Schema of this file: /data/cases.schema.json, absolute.'),
		site: z.string().describe('The site the cases are published on, absolute.'),
		locales: z.array(z.enum(locales)).describe(`The site's languages, the default first: ${locales.join(', ')}.`),
		cases: z
			.array(openDataCaseSchema)
			.describe('Every published case in every language it is written in, sorted by slug, then by locale in the order of "locales". Drafts never appear.'),
	})
	.describe('Every published case report of the site with its tags, source, date and figures (/data/cases.json).');

export type OpenDataTag = z.output<typeof openDataTagSchema>;
export type OpenDataMetric = z.output<typeof openDataMetricSchema>;
export type OpenDataCase = z.output<typeof openDataCaseSchema>;
export type CasesExport = z.output<typeof casesExportSchema>;
