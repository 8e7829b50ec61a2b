/**
 * The Chart.js part of `<cs-metric-chart>`, loaded on demand. Registers only what bar charts use:
 * no tooltip or legend (values are written on the bars, the legend is HTML).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LogarithmicScale } from 'chart.js';
import { createChartConfig, type ChartTheme } from '../../lib/metrics/chart-config.ts';
import { readChartTable } from './chart-table.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale);

/** Colours from Starlight's variables (and ours), read at draw time and again on a theme switch. */
function readTheme(): ChartTheme {
	const style = getComputedStyle(document.documentElement);
	const read = (name: string) => style.getPropertyValue(name).trim();
	return {
		text: read('--sl-color-white'),
		muted: read('--sl-color-gray-3'),
		grid: read('--sl-color-gray-5'),
		up: read('--cs-up'),
		down: read('--cs-down'),
		before: read('--cs-before'),
		after: read('--cs-after'),
		saved: read('--cs-saved'),
		font: getComputedStyle(document.body).fontFamily,
	};
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Draws the chart of `element` from the table of its figure. createChartConfig clamps every number
 * to the chart's bounds and leaves out those that are not finite, so no figure can stretch an axis
 * to a range that would hang the tab; a table without rows is not drawn (the table stays).
 */
export function drawMetricChart(element: HTMLElement): Chart {
	const canvas = element.querySelector('canvas');
	const figure = element.closest('figure');
	const spec = figure ? readChartTable(figure) : undefined;
	if (!canvas || !spec || spec.rows.length === 0) throw new Error('<cs-metric-chart> needs a canvas and, in its <figure>, a table with rows');
	const chart = new Chart(canvas, createChartConfig(spec, readTheme(), { reducedMotion: reducedMotion.matches }) as never);
	// Starlight's theme switch sets data-theme on <html>: recolour, with a full update (not 'none').
	new MutationObserver(() => {
		const next = createChartConfig(spec, readTheme(), { reducedMotion: reducedMotion.matches });
		chart.data.datasets.forEach((dataset, index) => {
			dataset.backgroundColor = next.data.datasets[index]?.backgroundColor;
		});
		chart.options = next.options as never;
		chart.update();
	}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return chart;
}
