import type { Locale } from '../i18n/locales.ts';
import { formatSignedPercent } from '../metrics/derive-metric.ts';
import { formatDuration } from '../metrics/format-duration.ts';
import { formatMultiple } from '../metrics/format-multiple.ts';
import type { SpreadMeasure } from './outcomes.ts';

/**
 * One value of an outcome spread (lowest, median, highest) in its measure: "+80%" / "−98.6%",
 * "3.5×" / "3.5 倍" (a multiple and times faster alike), "416 hours" / "416 小时" (hours a year,
 * whole hours: the column says "a year").
 */
export function formatSpreadValue(measure: SpreadMeasure, value: number, locale: Locale): string {
	switch (measure) {
		case 'percent':
			return formatSignedPercent(value, locale);
		case 'multiplier':
		case 'speedup':
			return formatMultiple(value, locale);
		case 'hours-per-year':
			return formatDuration(Math.round(value), 'hour', locale);
	}
}
