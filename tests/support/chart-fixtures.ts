import type { ChartTheme } from '../../src/lib/metrics/chart-config.ts';
import type { ChartLabels } from '../../src/lib/metrics/chart-spec.ts';

/** Chart words and colours for unit tests of chart specs and configs: plain values a test can name. */
export const labels: ChartLabels = {
	improvementTitle: 'Improvements',
	multiplierTitle: 'Multiples',
	timeTitle: 'Time',
	metric: 'Metric',
	change: 'Change',
	factor: 'Multiple',
	before: 'Before',
	after: 'After',
	saved: 'Saved',
	logScale: 'Log scale',
	count: 'Cases',
	multiple: '{{factor}}×',
};

export const theme: ChartTheme = {
	text: '#111',
	muted: '#666',
	grid: '#ccc',
	up: 'green',
	down: 'blue',
	before: 'grey',
	after: 'indigo',
	saved: 'teal',
	font: 'sans-serif',
};
