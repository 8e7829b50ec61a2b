/**
 * A chart's spec read back from its `<figure>` (ChartFigure.astro): the table under the canvas is
 * the page's one copy of the numbers (each cell's `data-value`, the figure as text beside it), so
 * the chart draws what the table says instead of a second copy in a `data-*` attribute. The kind
 * comes from `<cs-metric-chart data-kind>`, how a multiplier axis writes a multiple from its
 * `data-multiple` ("{{factor}} 倍"), the language from the figure's `lang`, the series of a time
 * chart from its columns' `data-series`, the log axis from the caption. What is read is text
 * and numbers only; createChartConfig clamps every number again before Chart.js sees it.
 *
 * Written against the few DOM methods that node-html-parser shares with the browser, so the build
 * tests read a built page's charts with the same function as the reader's browser.
 */
import { langToLocale, type Locale } from '../../lib/i18n/locales.ts';
import type { ChartKind, ChartLabels, ChartRow, ChartSpec } from '../../lib/metrics/chart-spec.ts';

/** What the reader needs of an element: in the browser an `Element`, in tests node-html-parser's. */
export interface ChartElement {
	getAttribute(name: string): string | null | undefined;
	readonly textContent: string | null;
	querySelector(selectors: string): ChartElement | null;
	querySelectorAll(selectors: string): ArrayLike<ChartElement> | Iterable<ChartElement>;
}

const kinds: readonly ChartKind[] = ['improvement', 'multiplier', 'time', 'count'];
type Series = 'before' | 'after' | 'saved';

const textOf = (element: ChartElement | null | undefined) => (element?.textContent ?? '').trim();

/** A cell's number, or undefined for an empty or missing `data-value`. */
function valueOf(cell: ChartElement | undefined): number | undefined {
	const value = cell?.getAttribute('data-value');
	return value === null || value === undefined || value.trim() === '' ? undefined : Number(value);
}

export function readChartTable(figure: ChartElement): ChartSpec {
	const chart = figure.querySelector('cs-metric-chart');
	const kindAttribute = chart?.getAttribute('data-kind');
	const kind = kinds.find((item) => item === kindAttribute) ?? 'improvement';
	const lang = figure.getAttribute('lang') ?? '';
	const locale: Locale = langToLocale(lang) ?? 'en';
	const caption = figure.querySelector('figcaption');
	const scale = figure.querySelector('.cs-chart__scale');
	const title = textOf(caption)
		.replace(textOf(scale), '')
		.replace(textOf(figure.querySelector('.cs-chart__subtitle')), '')
		.trim();
	const heads = Array.from(figure.querySelectorAll('thead th'));
	const columns = heads.slice(1).map((th) => th.getAttribute('data-series'));
	const labelOf = (name: Series) => (columns.includes(name) ? textOf(heads[columns.indexOf(name) + 1]) : '');
	const labels: ChartLabels = {
		improvementTitle: title,
		multiplierTitle: title,
		timeTitle: title,
		metric: textOf(heads[0]),
		change: kind === 'improvement' ? textOf(heads[1]) : '',
		factor: kind === 'multiplier' ? textOf(heads[1]) : '',
		count: kind === 'count' ? textOf(heads[1]) : '',
		before: kind === 'time' ? labelOf('before') : '',
		after: kind === 'time' ? labelOf('after') : '',
		saved: kind === 'time' ? labelOf('saved') : '',
		// "(log scale)" in the caption, the axis title without the brackets.
		logScale: textOf(scale).replace(/^\((.*)\)$/su, '$1'),
		multiple: chart?.getAttribute('data-multiple') ?? '',
	};
	const rows = Array.from(figure.querySelectorAll('tbody tr')).map((tr): ChartRow => {
		const cells = Array.from(tr.querySelectorAll('td'));
		// The row's id is where its label links (its figure, or its case's): drawing needs no other.
		const row: ChartRow = { id: tr.querySelector('th a')?.getAttribute('href') ?? '', label: textOf(tr.querySelector('th')), text: {} };
		if (kind === 'count') return { ...row, count: valueOf(cells[0]), text: { count: textOf(cells[0]) } };
		if (kind === 'improvement') return { ...row, percent: valueOf(cells[0]), text: { change: textOf(cells[0]) } };
		if (kind === 'multiplier') return { ...row, factor: valueOf(cells[0]), text: { change: textOf(cells[0]) } };
		const hours = (name: Series) => {
			const index = columns.indexOf(name);
			return index < 0 ? null : (valueOf(cells[index]) ?? null);
		};
		return { ...row, beforeHours: hours('before'), afterHours: hours('after'), savedHours: hours('saved') };
	});
	return { id: figure.getAttribute('id') ?? '', kind, locale, title, logScale: scale !== null, labels, rows };
}
