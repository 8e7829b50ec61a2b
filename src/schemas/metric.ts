import { z } from 'astro/zod';
import { changeRange, getCountRange, getDurationRange, maxDurationYears, moneyRange, multiplierRange, shareRange, type Range } from '../lib/metrics/bounds.ts';
import { countUnits, periods, qualifiers, subjects, timeUnits, toHours, valueUnits, type CountUnit, type TimeUnit } from '../lib/metrics/units.ts';
import { stableIdSchema, tagIdSchema, textSchema } from './shared.ts';

/**
 * Adds an issue when `value` lies outside `range`. The message names the limit (the problem
 * formatter adds the field and the value written) and `fix` says what to write instead.
 */
function checkRange(ctx: z.core.$RefinementCtx, value: number, range: Range, options: { path?: PropertyKey[]; what: string; fix: string }) {
	const { path = [], what, fix } = options;
	if (value > range.max) ctx.addIssue({ code: 'custom', path, input: value, message: `${what} can be at most ${range.maxText}`, params: { fix } });
	else if (value < range.min) ctx.addIssue({ code: 'custom', path, input: value, message: `${what} must be at least ${range.minText}`, params: { fix } });
}

/**
 * A number a figure is made of: finite (YAML's `.inf`, `.nan` and `1e999` are refused) and greater
 * than 0. Its bounds depend on what it measures and are checked where that is known.
 */
const amountSchema = z
	.number({
		error: (issue) =>
			typeof issue.input === 'number'
				? 'expected a finite number such as 50, not infinity or NaN (YAML reads .inf, .nan and 1e999 as those)'
				: 'expected a number such as 50 (no unit, no % sign)',
	})
	.positive('expected a number greater than 0');

/** An amount within a fixed range; the range goes into the editors' JSON Schema too. */
function boundedAmount(range: Range, what: string, fix: string) {
	return amountSchema.superRefine((value, ctx) => checkRange(ctx, value, range, { what, fix })).meta({ minimum: range.min, maximum: range.max });
}

const timeUnitSchema = z.enum(timeUnits, {
	error: `expected a time unit: ${timeUnits.join(', ')}`,
});

/** "0.01 to 10 years in its unit (at most 5,256,000 minutes, 87,600 hours, …)" for descriptions. */
const durationLimits = `0.01 to ${maxDurationYears} years in its unit (at most ${timeUnits.map((unit) => getDurationRange(unit).maxText.replace(/ \(.*\)$/, '')).join(', ')})`;

/** Checks the `value` of a `{ value, unit }` duration against the range of its unit. */
function checkDuration(ctx: z.core.$RefinementCtx, figure: { value: number; unit: TimeUnit }, what: string) {
	checkRange(ctx, figure.value, getDurationRange(figure.unit), {
		path: ['value'],
		what: `${what} in ${figure.unit}s`,
		fix: `check the figure against the source: a case measures spans from seconds to ${maxDurationYears} years; write it in the unit the report uses, e.g. { value: 3, unit: day }`,
	});
}

/** A figure's value with its unit, e.g. `{ value: 3, unit: day }`. */
const durationSchema = z
	.strictObject({
		value: amountSchema.describe(`The number, e.g. 3; ${durationLimits}.`),
		unit: timeUnitSchema.describe(`Time unit: ${timeUnits.join(' | ')}.`),
	})
	.superRefine((figure, ctx) => checkDuration(ctx, figure, 'a duration'))
	.describe('A duration, e.g. { value: 3, unit: day }.');

/** Percent change: ↑50% is `{ direction: up, value: 50 }`. */
const changeSchema = z
	.strictObject({
		direction: z.enum(['up', 'down'], { error: 'expected "up" (↑, 提升) or "down" (↓, 降低)' }).describe('up (↑, 提升) or down (↓, 降低).'),
		value: boundedAmount(
			changeRange,
			'a percent change',
			'check the figure against the source; for "72× faster" use multiplier: { value: 72 }, for "3 days → 1 hour" use before and after'
		).describe(`The percentage without the % sign, e.g. 50 for ↑50%; ${changeRange.minText} to ${changeRange.maxText}, a fall at most 100%.`),
		unit: z.literal('percent', { error: 'expected "percent"' }).default('percent').describe('Always percent.'),
	})
	.describe('A percent change, e.g. { direction: up, value: 50 } for ↑50%.');

/** Multiplier: ↑3倍 is `{ direction: up, value: 3 }`. */
const multiplierSchema = z
	.strictObject({
		direction: z.enum(['up', 'down'], { error: 'expected "up" or "down"' }).default('up').describe('up (3× more) or down (3× less).'),
		value: boundedAmount(
			multiplierRange,
			'a multiplier',
			'check the figure against the source (3倍 is { value: 3 }); for "3 days → 1 hour" use before and after'
		).describe(`The factor, e.g. 3 for 3倍 / 3×; ${multiplierRange.minText} to ${multiplierRange.maxText}.`),
	})
	.describe('A multiplier, e.g. { value: 3 } for 3倍.');

/** Time saved, counted per period and optionally per subject: 每客户每周 1 小时. */
const savedSchema = z
	.strictObject({
		value: amountSchema.describe(`The time saved, e.g. 1; ${durationLimits}.`),
		unit: timeUnitSchema.describe(`Time unit: ${timeUnits.join(' | ')}.`),
		per: z.enum(periods, { error: `expected a period: ${periods.join(', ')}` }).describe(`Period it is counted per: ${periods.join(' | ')}.`),
		each: z
			.enum(subjects, { error: `expected one of: ${subjects.join(', ')}` })
			.optional()
			.describe(`Whom it is counted for, if anyone: ${subjects.join(' | ')} (每客户 → customer).`),
	})
	.superRefine((figure, ctx) => checkDuration(ctx, figure, 'time saved'))
	.describe('Time saved, e.g. { value: 1, unit: hour, per: week, each: customer } for 每客户每周节省 1 小时.');

const countLimits = countUnits.map((unit) => `${unit} ${getCountRange(unit).maxText}`).join(', ');

/** An absolute value: 准确率 99.5%, 覆盖 15 国. */
const valueSchema = z
	.strictObject({
		value: amountSchema.describe(`The number, e.g. 99.5; a share at most 100 (%), a count at most: ${countLimits}; a duration ${durationLimits}.`),
		unit: z.enum(valueUnits, { error: `expected a unit: ${valueUnits.join(', ')}` }).describe(`Unit: ${valueUnits.join(' | ')}.`),
	})
	.superRefine((figure, ctx) => {
		if (figure.unit === 'percent') {
			checkRange(ctx, figure.value, shareRange, {
				path: ['value'],
				what: 'a share',
				fix: 'for a rise of more than 100% use change: { direction: up, value: … }',
			});
		} else if ((timeUnits as readonly string[]).includes(figure.unit)) {
			checkDuration(ctx, figure as { value: number; unit: TimeUnit }, 'a duration');
		} else {
			const range = getCountRange(figure.unit as CountUnit);
			checkRange(ctx, figure.value, range, { path: ['value'], what: `a count of ${range.plural}`, fix: `check the figure against the source (${range.why})` });
		}
	})
	.describe('An absolute value, e.g. { value: 15, unit: country }.');

/** Money: 约 200 万元/年 is `{ amount: 2000000, currency: CNY, per: year }` with qualifier about. */
const moneySchema = z
	.strictObject({
		amount: boundedAmount(
			moneyRange,
			'an amount of money',
			'check the figure against the source and write the full amount in units of the currency, e.g. 2000000 for 200 万'
		).describe(`The full amount, e.g. 2000000 for 200 万; ${moneyRange.minText} to 10^15.`),
		currency: z
			.string({ error: 'expected an ISO 4217 currency code such as CNY or USD' })
			.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as CNY or USD')
			.describe('ISO 4217 code, e.g. CNY.'),
		per: z
			.enum(periods, { error: `expected a period: ${periods.join(', ')}` })
			.optional()
			.describe(`Period, if any: ${periods.join(' | ')}.`),
	})
	.describe('Money, e.g. { amount: 2000000, currency: CNY, per: year }.');
const figureKeys = ['change', 'multiplier', 'before', 'after', 'saved', 'value', 'money'] as const;

/** One figure of a case. Exactly one figure shape: change, multiplier, before + after, saved, value or money. */
export const metricSchema = z
	.strictObject({
		/** Stable within the case: the anchor `#metric-{id}` and the key for cross-case comparison. */
		id: stableIdSchema.describe('Stable id, the anchor #metric-{id}, e.g. "response-speed". Same in every language.'),
		/** What is measured, in the file's language. */
		label: textSchema.describe('What is measured, in this file\'s language, e.g. "全球客户需求响应速度".'),
		/** Outcome category from `content/taxonomy/outcomes.yml`. */
		category: tagIdSchema.describe('Outcome category id from content/taxonomy/outcomes.yml, e.g. "responsiveness".'),
		/** How exact the figure is (以上 → at-least, 约 → about). */
		qualifier: z
			.enum(qualifiers, { error: `expected one of: ${qualifiers.join(', ')} (以上 → at-least, 约 → about)` })
			.default('exact')
			.describe(`How exact: ${qualifiers.join(' | ')}. 以上 → at-least, 约 → about.`),
		/** Optional context in the file's language. */
		note: textSchema.optional().describe('Optional context in this file\'s language, e.g. "商务轮转场景".'),
		change: changeSchema.optional(),
		multiplier: multiplierSchema.optional(),
		before: durationSchema.optional().describe('Duration before, with after: { value: 3, unit: day }.'),
		after: durationSchema.optional().describe('Duration after, with before: { value: 1, unit: hour }.'),
		saved: savedSchema.optional(),
		value: valueSchema.optional(),
		money: moneySchema.optional(),
	})
	.superRefine((metric, ctx) => {
		const present = figureKeys.filter((key) => metric[key] !== undefined);
		const shapes = present.filter((key) => key !== 'after');
		if (present.includes('before') !== present.includes('after')) {
			const missing = present.includes('before') ? 'after' : 'before';
			ctx.addIssue({
				code: 'custom',
				path: [missing],
				message: `missing: a before → after figure needs both "before" and "after"`,
				params: { fix: `add ${missing}: { value: 1, unit: hour }, or use "saved" or "value" for a single figure` },
			});
			return;
		}
		if (shapes.length !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: shapes.length === 0 ? [] : [shapes[1]!],
				message:
					shapes.length === 0
						? 'no figure: give exactly one of change, multiplier, before + after, saved, value, money'
						: `more than one figure (${shapes.join(', ')}): give exactly one, split the rest into their own metrics`,
				params: { fix: 'write one figure per metric, e.g. change: { direction: up, value: 50 } for ↑50%; see the PayerMax case for every kind' },
			});
		}
		if (metric.change?.direction === 'down' && metric.change.value > 100) {
			ctx.addIssue({
				code: 'custom',
				path: ['change', 'value'],
				message: `a decrease cannot exceed 100%, got ${metric.change.value}`,
				params: { fix: 'for "3 days → 1 hour" use before/after; for "3× faster" use multiplier' },
			});
		}
		if (metric.before && metric.after) {
			const before = toHours(metric.before.value, metric.before.unit);
			const after = toHours(metric.after.value, metric.after.unit);
			if (after >= before) {
				ctx.addIssue({
					code: 'custom',
					path: ['after'],
					message: `after (${metric.after.value} ${metric.after.unit}) is not shorter than before (${metric.before.value} ${metric.before.unit}): before → after records time cut down`,
					params: { fix: 'check the numbers and units against the source; for a duration that grew, use change: { direction: up, value: … }' },
				});
			}
		}
	})
	.transform((metric) => ({ ...metric, kind: getMetricKind(metric) }))
	.describe('A figure of the case.');

export type MetricKind = 'change' | 'multiplier' | 'before-after' | 'saved' | 'value' | 'money';

function getMetricKind(metric: { [key in (typeof figureKeys)[number]]?: unknown }): MetricKind {
	if (metric.change) return 'change';
	if (metric.multiplier) return 'multiplier';
	if (metric.before) return 'before-after';
	if (metric.saved) return 'saved';
	if (metric.value) return 'value';
	return 'money';
}

export type MetricInput = z.input<typeof metricSchema>;
export type Metric = z.output<typeof metricSchema>;
