import { describe, expect, test } from 'vitest';
import { buildChartFigure } from '../../../src/lib/metrics/chart-figure';
import type { ChartSpec } from '../../../src/lib/metrics/chart-spec';
import { labels } from '../../support/chart-fixtures';

const spec = (overrides: Partial<ChartSpec>): ChartSpec => ({
	id: 'chart-x',
	kind: 'improvement',
	locale: 'en',
	title: 'Improvements',
	logScale: false,
	labels,
	rows: [],
	...overrides,
});

describe('buildChartFigure', () => {
	test('a percent chart: one value column, rows linking to their figures, no legend', () => {
		const figure = buildChartFigure(
			spec({ rows: [{ id: 'response-speed', label: 'Response speed', percent: 50, text: { change: '↑50%' } }], subtitle: 'Across cases' })
		);
		expect(figure).toMatchObject({ id: 'chart-x', lang: 'en', title: 'Improvements', subtitle: 'Across cases', scaleLabel: undefined, legend: undefined });
		expect(figure.columns).toEqual([{ series: undefined, label: 'Change' }]);
		expect(figure.rows).toEqual([{ label: 'Response speed', href: '#metric-response-speed', cells: [{ value: 50, text: '↑50%', wrap: false }] }]);
		expect(figure.height).toBe('160px');
	});

	test('a multiplier chart draws factors; a count chart counts; a row keeps its own link', () => {
		const times = buildChartFigure(spec({ kind: 'multiplier', rows: [{ id: 'speed', label: 'Speed', factor: 3, text: { change: '3×' } }] }));
		expect(times.columns[0]?.label).toBe('Multiple');
		expect(times.rows[0]?.cells).toEqual([{ value: 3, text: '3×', wrap: false }]);
		const count = buildChartFigure(
			spec({ kind: 'count', rows: [{ id: 'fintech', label: 'Fintech', href: '/en/tags/fintech/', count: 4, text: { count: '4' } }] })
		);
		expect(count.columns[0]?.label).toBe('Cases');
		expect(count.rows[0]).toEqual({ label: 'Fintech', href: '/en/tags/fintech/', cells: [{ value: 4, text: '4', wrap: false }] });
	});

	test('a time chart shows only the series some row has, a dash where a row has none, and the log scale', () => {
		const figure = buildChartFigure(
			spec({
				kind: 'time',
				locale: 'zh-cn',
				logScale: true,
				rows: [
					{ id: 'cycle', label: '轮转交接周期', beforeHours: 72, afterHours: 1, savedHours: null, text: { before: '3 天', after: '1 小时' } },
					{ id: 'saved', label: '对齐时间', beforeHours: null, afterHours: null, savedHours: 1, text: { saved: '每客户每周 1 小时' } },
				],
			})
		);
		expect(figure.lang).toBe('zh-CN');
		expect(figure.scaleLabel).toBe('Log scale');
		expect(figure.legend).toEqual([
			{ name: 'before', label: 'Before' },
			{ name: 'after', label: 'After' },
			{ name: 'saved', label: 'Saved' },
		]);
		expect(figure.columns.map((column) => column.series)).toEqual(['before', 'after', 'saved']);
		expect(figure.rows[1]?.cells).toEqual([
			{ value: undefined, text: '—', wrap: false },
			{ value: undefined, text: '—', wrap: false },
			{ value: 1, text: '每客户每周 1 小时', wrap: true },
		]);
		// Two rows of three bars each, plus the axis.
		expect(figure.height).toBe(`${2 * (3 * 22 + 24) + 72}px`);
	});

	test('a time chart without a before/after figure has no such columns', () => {
		const figure = buildChartFigure(
			spec({ kind: 'time', rows: [{ id: 's', label: 'Saved', beforeHours: null, afterHours: null, savedHours: 2, text: { saved: '2 hours' } }] })
		);
		expect(figure.columns).toEqual([{ series: 'saved', label: 'Saved' }]);
	});
});
