import { uiText } from '../i18n/ui-text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ChartLabels } from './chart-spec.ts';

/** The chart words in `locale`, from the UI strings: for charts whose spec a query builds (insights, industries). */
export function getChartLabels(locale: Locale): ChartLabels {
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
	};
}
