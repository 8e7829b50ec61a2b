import { toHours, type CountUnit, type TimeUnit } from './units.ts';

/**
 * The range of every number a case may hold. The schema refuses figures outside it (each with an
 * error that names the limit and the fix), and the charts clamp to it, so that a figure that got
 * past the schema still cannot draw an absurd axis. The limits sit far above any real report
 * (PayerMax: ↑50%, ↑98%, ↑80%, 3 days → 1 hour, 1 hour a week, 15 countries) and far below what
 * breaks arithmetic (1e308 × 24 is Infinity) or a chart.
 */

/** A number with its limits and the words an error message uses for them. */
export interface Range {
	min: number;
	max: number;
	/** The limit in words, e.g. "3,650 days (10 years)". */
	maxText: string;
	minText: string;
}

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
/** 87600 → "87,600" (error messages are English, like the rest of the CLI output). */
export const formatLimit = (value: number): string => integer.format(value);

/** Ten years: the longest duration a figure may have (a "before" of 10 years is already a story of its own). */
export const maxDurationYears = 10;
/** The shortest: a hundredth of the unit (0.01 minute is 0.6 seconds). */
export const minDurationValue = 0.01;

const durationMax: Record<TimeUnit, number> = { minute: 5_256_000, hour: 87_600, day: 3_650, week: 520, month: 120, year: maxDurationYears };
const unitPlural: Record<TimeUnit, string> = { minute: 'minutes', hour: 'hours', day: 'days', week: 'weeks', month: 'months', year: 'years' };

/** The range of a duration written in `unit`: 0.01 to 10 years' worth of the unit. */
export function getDurationRange(unit: TimeUnit): Range {
	const max = durationMax[unit];
	return {
		min: minDurationValue,
		max,
		maxText: `${formatLimit(max)} ${unitPlural[unit]}${unit === 'year' ? '' : ` (${maxDurationYears} years)`}`,
		minText: `${minDurationValue} ${unitPlural[unit]}`,
	};
}

/** In hours, for charts: 0.01 minute to 10 years. */
export const minChartHours = toHours(minDurationValue, 'minute');
export const maxChartHours = toHours(maxDurationYears, 'year');

/** A percent change: ↑10,000% is 101× already; a decrease cannot pass 100%. */
export const changeRange: Range = { min: 0.01, max: 10_000, minText: '0.01%', maxText: '10,000%' };

/** A multiplier: 1,000× at most, either way (a factor below 1 reads as 1/1000 at most). */
export const multiplierRange: Range = { min: 0.001, max: 1_000, minText: '0.001', maxText: '1,000' };

/** A share in percent (准确率 99.5%). */
export const shareRange: Range = { min: 0.0001, max: 100, minText: '0.0001%', maxText: '100%' };

/** Counts, each at most what the world holds with room to spare. */
const countMax: Record<CountUnit, { max: number; plural: string; why: string }> = {
	country: { max: 250, plural: 'countries', why: 'there are fewer than 250 countries and territories' },
	language: { max: 1_000, plural: 'languages', why: 'no product covers more than a few hundred languages' },
	employee: { max: 10_000_000, plural: 'employees', why: 'the largest employers have about 2 million' },
	customer: { max: 10_000_000_000, plural: 'customers', why: 'more than there are people' },
	system: { max: 100_000, plural: 'systems', why: 'far more than any company runs' },
	item: { max: 1_000_000_000_000, plural: 'items', why: 'a trillion: orders, messages or documents' },
};

/** The range of a count of `unit`, with the unit's plural and the reason for the limit. */
export function getCountRange(unit: CountUnit): Range & { plural: string; why: string } {
	const { max, plural, why } = countMax[unit];
	return { min: 1, max, minText: '1', maxText: formatLimit(max), plural, why };
}

/** Money in any currency: up to 10^15 (a quadrillion, more than the world's yearly output in CNY, USD or EUR). */
export const moneyRange: Range = { min: 0.01, max: 1e15, minText: '0.01', maxText: '1,000,000,000,000,000 (10^15)' };

/** Figures a case may have: PayerMax has 6, a page of more than 50 key figures reads as a table. */
export const maxMetricsPerCase = 50;
/** Tags of one facet on a case (PayerMax has 16 gaps, the most of any facet). */
export const maxTagsPerFacet = 50;
/** Old slugs a case may keep redirecting from. */
export const maxRedirects = 20;

/**
 * The largest percent change a chart draws: a rise of 10,000% (the schema's limit for a change) or
 * of 1,000× (99,900%); falls stop at −100%.
 */
export const maxChartPercent = (multiplierRange.max - 1) * 100;
export const minChartPercent = -100;

/** Bars a chart draws at most: a case has up to 50 figures, a tag page compares one page of cases. */
export const maxChartRows = 100;

/** `value` when it is a finite number inside [min, max]; the nearest bound when outside; undefined when not a finite number. */
export function clampFinite(value: unknown, min: number, max: number): number | undefined {
	if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
	return Math.min(max, Math.max(min, value));
}

/** A draft's review list: an import lists one item per guess or unmapped bullet, so a report has a few dozen at most. */
export const maxReviewItems = 200;
