import { localeToLang, type Locale } from '../i18n/locales.ts';
import { hoursToReadableUnit, type TimeUnit } from './units.ts';
import { numberFormat } from '../i18n/intl-cache.ts';

/** What a number that is not finite (one that got past the schema) shows instead of "∞" or "NaN". */
export const notAFigure = '—';

/**
 * "3 天" / "3 days": a number and a time unit, in words, with a space in both languages (Intl
 * writes "3天"). Safe in the browser: chart ticks and tooltips use it too.
 */
export function formatDuration(value: number, unit: TimeUnit, locale: Locale, maximumFractionDigits = 2, unitDisplay: 'long' | 'short' = 'long'): string {
	if (!Number.isFinite(value)) return notAFigure;
	const parts = numberFormat(localeToLang(locale), { style: 'unit', unit, unitDisplay, maximumFractionDigits }).formatToParts(value);
	const number = parts
		.filter((part) => part.type !== 'unit' && part.type !== 'literal')
		.map((part) => part.value)
		.join('');
	const unitText = parts.find((part) => part.type === 'unit')?.value ?? unit;
	return `${number} ${unitText}`;
}

/** A duration given in hours, in the unit that reads best: 72 → "3 天" / "3 days" (short: "3 days", "30 min"). */
export function formatHours(hours: number, locale: Locale, unitDisplay: 'long' | 'short' = 'long'): string {
	if (!Number.isFinite(hours)) return notAFigure;
	const { value, unit } = hoursToReadableUnit(hours);
	return formatDuration(value, unit, locale, value < 10 ? 1 : 0, unitDisplay);
}
