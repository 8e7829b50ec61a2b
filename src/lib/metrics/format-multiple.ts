import { numberFormat } from '../i18n/intl-cache.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { notAFigure } from './format-duration.ts';

/**
 * A factor's number, the one rounding of every multiple and times-faster figure: one decimal by
 * default ("3.5", "72.4", "3"); a key figure passes more digits to keep the case's exact figure
 * ("3.25"). "—" for a number that is not finite.
 */
export function formatFactor(value: number, locale: Locale, maximumFractionDigits = 1): string {
	if (!Number.isFinite(value)) return notAFigure;
	return numberFormat(localeToLang(locale), { maximumFractionDigits }).format(value);
}

/**
 * A multiple as a reader of the language writes it (the UI string `metrics.multiple`): "3.5 倍" /
 * "3.5×" (formatFactor's rounding), or "—" for a number that is not finite. No arrow: for the
 * direction see formatMetric.
 */
export function formatMultiple(value: number, locale: Locale, maximumFractionDigits = 1): string {
	if (!Number.isFinite(value)) return notAFigure;
	return uiText(locale, 'metrics.multiple', { factor: formatFactor(value, locale, maximumFractionDigits) });
}
