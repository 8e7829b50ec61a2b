import { localeToLang, type Locale } from '../i18n/locales.ts';
import { dateTimeFormat } from '../i18n/intl-cache.ts';

/** "2025年10月17日" / "October 17, 2025" from "2025-10-17", independent of the build machine's time zone. */
export function formatReportDate(isoDate: string, locale: Locale): string {
	return dateTimeFormat(localeToLang(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
