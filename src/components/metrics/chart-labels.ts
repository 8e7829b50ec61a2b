import type { ChartLabels } from '../../lib/metrics/chart-spec.ts';

/** The chart words in the reader's language, from the UI strings. */
export function getChartLabels(t: App.Locals['t']): ChartLabels {
	return {
		improvementTitle: t('metrics.improvementChart'),
		multiplierTitle: t('metrics.multiplierChart'),
		timeTitle: t('metrics.timeChart'),
		metric: t('metrics.metric'),
		change: t('metrics.change'),
		factor: t('metrics.factor'),
		before: t('metrics.before'),
		after: t('metrics.after'),
		saved: t('metrics.saved'),
		logScale: t('metrics.logScale'),
		count: t('metrics.cases'),
	};
}
