import { getChartKind } from '../metrics/chart-spec.ts';
import type { Metric } from '../../schemas/metric.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The height the snippet gives the frame until `/embed.js` sets the real one, and for good on a
 * page that leaves the script out: the embed's height in a column of about 700 px, estimated from
 * what it shows (figure cards two to a row, one box per chart with a bar and a table row per
 * figure). Erring a little short: inner scrolling is less odd than an empty gap under the embed.
 */
export function estimateEmbedHeight(metrics: readonly Metric[]): number {
	const chartRows = (['improvement', 'time'] as const)
		.map((kind) => metrics.filter((metric) => getChartKind(metric) === kind).length)
		.filter((rows) => rows > 0);
	const height = 180 + Math.ceil(metrics.length / 2) * 140 + chartRows.reduce((sum, rows) => sum + 140 + rows * 95, 0);
	return Math.min(height, 4000);
}

/**
 * The HTML a partner pastes to embed a case: the iframe (absolute URL, an accessible title, lazy,
 * full width) and the one-line script that makes it as tall as its content. Every value is
 * escaped: the title carries a company name, which contributors write.
 */
export function buildEmbedSnippet(options: { embedUrl: string; scriptUrl: string; title: string; height: number }): string {
	const { embedUrl, scriptUrl, title, height } = options;
	return [
		`<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" loading="lazy" style="width:100%;border:0" height="${Math.round(height)}"></iframe>`,
		`<script src="${escapeHtml(scriptUrl)}" async></script>`,
	].join('\n');
}
