import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readChartTable } from '../../../src/components/metrics/chart-table';
import { maxChartHours, maxChartPercent } from '../../../src/lib/metrics/bounds';
import { createChartConfig } from '../../../src/lib/metrics/chart-config';
import { theme } from '../../support/chart-fixtures';

/** A figure as ChartFigure.astro renders it (the build tests read real ones). */
const figure = (html: string) => parse(html).querySelector('figure')!;

const time = figure(`<figure class="cs-chart not-content" id="chart-time" lang="zh-CN" data-pagefind-ignore>
	<figcaption>用时：之前、之后与节省 <span class="cs-chart__scale">(对数刻度)</span></figcaption>
	<cs-metric-chart data-kind="time"><div class="cs-chart__canvas"><canvas role="img"></canvas></div></cs-metric-chart>
	<table class="cs-chart__table"><thead><tr><th scope="col">指标</th><th scope="col" data-series="before">之前</th><th scope="col" data-series="after">之后</th><th scope="col" data-series="saved">节省</th></tr></thead>
	<tbody>
		<tr><th scope="row"><a href="#metric-handover-cycle">轮转交接周期</a></th><td data-value="72">3 天</td><td data-value="1">1 小时</td><td data-wrap>—</td></tr>
		<tr><th scope="row"><a href="#metric-alignment">单客户每周内部对齐时间</a></th><td>—</td><td>—</td><td data-value="1" data-wrap>每客户每周 1 小时</td></tr>
	</tbody></table>
</figure>`);

describe('a chart reads its numbers from the table under it', () => {
	test('time: each column by its series, empty cells without a bar, the log axis and its title from the caption', () => {
		expect(readChartTable(time)).toEqual({
			id: 'chart-time',
			kind: 'time',
			locale: 'zh-cn',
			title: '用时：之前、之后与节省',
			logScale: true,
			labels: {
				improvementTitle: '用时：之前、之后与节省',
				multiplierTitle: '用时：之前、之后与节省',
				timeTitle: '用时：之前、之后与节省',
				metric: '指标',
				change: '',
				factor: '',
				count: '',
				before: '之前',
				after: '之后',
				saved: '节省',
				logScale: '对数刻度',
				multiple: '',
			},
			rows: [
				{ id: '#metric-handover-cycle', label: '轮转交接周期', beforeHours: 72, afterHours: 1, savedHours: null, text: {} },
				{ id: '#metric-alignment', label: '单客户每周内部对齐时间', beforeHours: null, afterHours: null, savedHours: 1, text: {} },
			],
		});
		const config = createChartConfig(readChartTable(time), theme, { reducedMotion: true });
		expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
			['之前', [72, null]],
			['之后', [1, null]],
			['节省', [null, 1]],
		]);
		expect(config.options?.scales?.x).toMatchObject({ type: 'logarithmic', title: { display: true, text: '对数刻度' } });
	});

	test('a time chart with only some series maps the columns it has', () => {
		const spec = readChartTable(
			figure(`<figure id="chart-x" lang="en"><figcaption>Time</figcaption><cs-metric-chart data-kind="time"></cs-metric-chart>
			<table><thead><tr><th>Metric</th><th data-series="saved">Saved</th></tr></thead>
			<tbody><tr><th><a href="#a">Meetings</a></th><td data-value="6" data-wrap>6 hours per person per week</td></tr></tbody></table></figure>`)
		);
		expect(spec).toMatchObject({
			locale: 'en',
			logScale: false,
			labels: { saved: 'Saved', before: '', after: '' },
			rows: [{ id: '#a', beforeHours: null, afterHours: null, savedHours: 6 }],
		});
	});

	test('multiplier: its axis writes a multiple as the figure says (data-multiple), "{{factor}}" standing for the number', () => {
		const multiplier = readChartTable(
			figure(`<figure id="chart-multiplier" lang="zh-CN"><figcaption>倍数提升</figcaption><cs-metric-chart data-kind="multiplier" data-multiple="{{factor}} 倍"></cs-metric-chart>
			<table><thead><tr><th>指标</th><th>倍数</th></tr></thead><tbody><tr><th><a href="#metric-output">产出</a></th><td data-value="5">↑5 倍</td></tr></tbody></table></figure>`)
		);
		expect(multiplier).toMatchObject({
			kind: 'multiplier',
			labels: { factor: '倍数', multiple: '{{factor}} 倍' },
			rows: [{ factor: 5, text: { change: '↑5 倍' } }],
		});
		const ticks = (createChartConfig(multiplier, theme, { reducedMotion: true }).options!.scales!.x as { ticks: { callback: (value: number) => string } })
			.ticks;
		expect(ticks.callback(2.5)).toBe('2.5 倍');
	});

	test('improvement and count: one column, the figure as text for the bar label', () => {
		const improvement = readChartTable(
			figure(`<figure id="chart-improvement" lang="en"><figcaption>Improvements</figcaption><cs-metric-chart data-kind="improvement"></cs-metric-chart>
			<table><thead><tr><th>Metric</th><th>Change</th></tr></thead>
			<tbody><tr><th><a>Response speed</a></th><td data-value="50">+50%</td></tr><tr><th><a>No figure</a></th><td>about 3×</td></tr></tbody></table></figure>`)
		);
		expect(improvement.labels.change).toBe('Change');
		expect(improvement.rows).toEqual([
			{ id: '', label: 'Response speed', percent: 50, text: { change: '+50%' } },
			{ id: '', label: 'No figure', percent: undefined, text: { change: 'about 3×' } },
		]);
		expect(createChartConfig(improvement, theme, { reducedMotion: true }).data.datasets[0]!.data).toEqual([50, null]);
		const count = readChartTable(
			figure(`<figure id="insights" lang="zh-CN"><figcaption>行业</figcaption><cs-metric-chart data-kind="count"></cs-metric-chart>
			<table><thead><tr><th>标签</th><th>案例数</th></tr></thead><tbody><tr><th><a href="/zh-cn/tags/fintech/">金融科技</a></th><td data-value="12">12</td></tr></tbody></table></figure>`)
		);
		expect(count).toMatchObject({
			kind: 'count',
			locale: 'zh-cn',
			labels: { count: '案例数' },
			rows: [{ id: '/zh-cn/tags/fintech/', label: '金融科技', count: 12 }],
		});
	});

	test('whatever a table holds, the chart gets text and bounded numbers only', () => {
		const hostile = readChartTable(
			figure(`<figure id="h" lang="xx"><figcaption>&lt;img src=x onerror=alert(1)&gt;</figcaption><cs-metric-chart data-kind="pie"></cs-metric-chart>
			<table><thead><tr><th>M</th><th>C</th></tr></thead>
			<tbody><tr><th>&lt;script&gt;alert(1)&lt;/script&gt;</th><td data-value="1e308">huge</td></tr><tr><th>x</th><td data-value="NaN">nan</td></tr><tr><th>y</th><td data-value="Infinity">inf</td></tr></tbody></table></figure>`)
		);
		expect(hostile).toMatchObject({ kind: 'improvement', locale: 'en', title: '<img src=x onerror=alert(1)>' });
		expect(hostile.rows[0]!.label).toBe('<script>alert(1)</script>');
		expect(createChartConfig(hostile, theme, { reducedMotion: true }).data.datasets[0]!.data).toEqual([maxChartPercent, null, null]);
		const longTime = readChartTable(
			figure(`<figure lang="en"><cs-metric-chart data-kind="time"></cs-metric-chart><table><thead><tr><th>M</th><th data-series="before">B</th></tr></thead>
			<tbody><tr><th>x</th><td data-value="1e300">forever</td></tr></tbody></table></figure>`)
		);
		expect(createChartConfig(longTime, theme, { reducedMotion: true }).data.datasets[0]!.data).toEqual([maxChartHours]);
	});
});
