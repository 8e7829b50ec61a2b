/** Units a figure may carry. Time units convert to hours so that before → after can be compared. */
export const timeUnits = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type TimeUnit = (typeof timeUnits)[number];

/** Things a reach figure counts ("15 countries"). */
export const countUnits = ['country', 'language', 'employee', 'customer', 'system', 'item'] as const;
export type CountUnit = (typeof countUnits)[number];

export const valueUnits = ['percent', ...timeUnits, ...countUnits] as const;
export type ValueUnit = (typeof valueUnits)[number];

/** Periods a saving or an amount is counted per. */
export const periods = ['day', 'week', 'month', 'year'] as const;
export type Period = (typeof periods)[number];

/** Whom a saving is counted for ("per customer per week"). */
export const subjects = ['customer', 'employee', 'team', 'project'] as const;
export type Subject = (typeof subjects)[number];

/** How exact a figure is: 以上 = at least, 约 = about, 最多 = up to. */
export const qualifiers = ['exact', 'at-least', 'about', 'up-to'] as const;
export type Qualifier = (typeof qualifiers)[number];

const hoursPer: Record<TimeUnit, number> = {
	minute: 1 / 60,
	hour: 1,
	day: 24,
	week: 24 * 7,
	month: 24 * 30,
	year: 24 * 365,
};

/** A duration in hours, for comparing before and after (a month counts 30 days). */
export function toHours(value: number, unit: TimeUnit): number {
	return value * hoursPer[unit];
}

/** How many of each period a year holds, to put savings on one scale. */
export const periodsPerYear: Record<Period, number> = { day: 365, week: 52, month: 12, year: 1 };

/**
 * The largest unit in which `hours` reads as a number ≥ 1 (72 h → 3 day, 0.5 h → 30 minute), for
 * axis ticks and derived figures. Months and years only from whole months.
 */
export function hoursToReadableUnit(hours: number): { value: number; unit: TimeUnit } {
	const order: TimeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];
	for (const unit of order) {
		const value = hours / hoursPer[unit];
		if (value >= 1 && (unit !== 'week' || Number.isInteger(value))) return { value, unit };
	}
	return { value: hours * 60, unit: 'minute' };
}
