import { uiText } from '../i18n/ui-text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ChartLabels } from './chart-spec.ts';

/**
 * The chart words in `locale`, from the UI strings; a multiple is written as the figures are, in
 * `figureLocale` (an untranslated case's figures keep the language they are written in).
 */
export function getChartLabels(locale: Locale, figureLocale: Locale = locale): ChartLabels {
	return {
		improvementTitle: uiText(locale, 'metrics.improvementChart'),
		multiplierTitle: uiText(locale, 'metrics.multiplierChart'),
		timeTitle: uiText(locale, 'metrics.timeChart'),
		metric: uiText(locale, 'metrics.metric'),
		change: uiText(locale, 'metrics.change'),
		factor: uiText(locale, 'metrics.factor'),
		before: uiText(locale, 'metrics.before'),
		after: uiText(locale, 'metrics.after'),
		saved: uiText(locale, 'metrics.saved'),
		logScale: uiText(locale, 'metrics.logScale'),
		count: uiText(locale, 'metrics.cases'),
		// The template itself: the chart fills in each tick's number in the browser.
		multiple: uiText(figureLocale, 'metrics.multiple'),
	};
}
