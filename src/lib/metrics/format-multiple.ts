import { numberFormat } from '../i18n/intl-cache.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { notAFigure } from './format-duration.ts';

/** A factor's number as the words around figures write it: one decimal below 10, whole from 10 on ("3.5", "72"). */
export function formatFactor(value: number, locale: Locale): string {
	return numberFormat(localeToLang(locale), { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }).format(value);
}

/**
 * A multiple as a reader of the language writes it (the UI string `metrics.multiple`): "3.5 倍" /
 * "3.5×" (one decimal by default), or "—" for a number that is not finite. No arrow: for the
 * direction see formatMetric.
 */
export function formatMultiple(value: number, locale: Locale, maximumFractionDigits = 1): string {
	if (!Number.isFinite(value)) return notAFigure;
	return uiText(locale, 'metrics.multiple', { factor: numberFormat(localeToLang(locale), { maximumFractionDigits }).format(value) });
}
