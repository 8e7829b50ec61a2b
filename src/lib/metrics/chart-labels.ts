import type { Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import type { ChartLabels } from './chart-spec.ts';

/** The chart words in the reader's language, from the UI strings. */
export function getChartLabels(locale: Locale): ChartLabels {
	const text = (key: string) => uiText(locale, key);
	return {
		improvementTitle: text('metrics.improvementChart'),
		multiplierTitle: text('metrics.multiplierChart'),
		timeTitle: text('metrics.timeChart'),
		metric: text('metrics.metric'),
		change: text('metrics.change'),
		factor: text('metrics.factor'),
		before: text('metrics.before'),
		after: text('metrics.after'),
		saved: text('metrics.saved'),
		logScale: text('metrics.logScale'),
		count: text('metrics.cases'),
	};
}
