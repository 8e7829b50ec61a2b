import { numberFormat } from '../i18n/intl-cache.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { notAFigure } from './format-duration.ts';

/**
 * A multiple as a reader of the language writes it: "3.5 倍" / "3.5×" (one decimal by default),
 * or "—" for a number that is not finite. No arrow: for the direction see formatMetric.
 */
export function formatMultiple(value: number, locale: Locale, maximumFractionDigits = 1): string {
	if (!Number.isFinite(value)) return notAFigure;
	const number = numberFormat(localeToLang(locale), { maximumFractionDigits }).format(value);
	return locale === 'zh-cn' ? `${number} 倍` : `${number}×`;
}
