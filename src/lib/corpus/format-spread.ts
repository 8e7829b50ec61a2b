import type { Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { formatDuration } from '../metrics/format-duration.ts';
import { formatPercentChange } from '../metrics/format-metric.ts';
import { formatFactor, formatMultiple } from '../metrics/format-multiple.ts';
import type { SpreadMeasure } from './outcomes.ts';

/**
 * The figures of outcome spreads, written one way wherever they appear (insights, tag pages, tag
 * cards). One rounding per measure: a percent change as key figures write it, one decimal
 * ("+12.5%" / "↑12.5%", "−98.6%" / "↓98.6%"), a multiple or times faster with formatFactor's one decimal ("72.4"), hours a year
 * in whole hours (the column or the words say "a year").
 */

/** The bare number of a spread value, as the range templates write it ("72.4", "416"). */
function formatSpreadNumber(measure: Exclude<SpreadMeasure, 'percent'>, value: number, locale: Locale): string {
	return measure === 'hours-per-year' ? formatFactor(Math.round(value), locale, 0) : formatFactor(value, locale);
}

/** One value of an outcome spread (lowest, median, highest): "+80%", "3.5 倍" / "3.5×" (a multiple and times faster alike), "416 小时" / "416 hours". */
export function formatSpreadValue(measure: SpreadMeasure, value: number, locale: Locale): string {
	switch (measure) {
		case 'percent':
			return formatPercentChange(value, locale);
		case 'multiplier':
		case 'speedup':
			return formatMultiple(value, locale);
		case 'hours-per-year':
			return formatDuration(Math.round(value), 'hour', locale);
	}
}

/**
 * The range of a spread in words, its ends written as formatSpreadValue writes them: "+19% to
 * +80%", "5× to 6×", "12× to 72.4× faster", "52 to 416 hours a year" / "↑19% 至 ↑80%", "5 至 6 倍",
 * "快 12 至 72.4 倍", "每年 52 至 416 小时". One figure when both ends read the same.
 */
export function formatSpreadRange(spread: { measure: SpreadMeasure; min: number; max: number }, locale: Locale): string {
	const { measure } = spread;
	if (measure === 'percent') {
		const [low, high] = [formatPercentChange(spread.min, locale), formatPercentChange(spread.max, locale)];
		return low === high ? low : uiText(locale, 'metrics.range', { low, high });
	}
	const [min, max] = [formatSpreadNumber(measure, spread.min, locale), formatSpreadNumber(measure, spread.max, locale)];
	// The plural follows the number as shown: "1 hour a year" for 1.04 hours.
	if (min === max) return uiText(locale, `metrics.spread.${measure}`, { value: min, count: Number(min.replace(/[^\d.]/g, '')) });
	return uiText(locale, `metrics.spreadRange.${measure}`, { min, max });
}
