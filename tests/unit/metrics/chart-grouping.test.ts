import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readChartTable } from '../../../src/components/metrics/chart-table';
import type { CorpusCase } from '../../../src/lib/corpus/corpus';
import { getOutcomeComparisons } from '../../../src/lib/corpus/outcomes';
import { createChartConfig, maxLabelLines, wrapLabel } from '../../../src/lib/metrics/chart-config';
import { getChartLabels } from '../../../src/lib/metrics/chart-labels.ts';
import { buildCaseChartSpecs, buildChartSpecs, getChartGroup, getChartKind, getDistinctChartTitles } from '../../../src/lib/metrics/chart-spec';
import { getSharedChartGroup } from '../../../src/lib/metrics/select-metrics';
import type { CaseData } from '../../../src/schemas/case';
import type { Metric } from '../../../src/schemas/metric';
import { labels, theme } from '../../support/chart-fixtures';

const metric = (id: string, figure: Partial<Metric> & Pick<Metric, 'kind'>, category = 'process-efficiency'): Metric =>
	({ id, label: `Figure ${id}`, category, qualifier: 'exact', ...figure }) as Metric;
const change = (id: string, value: number, category?: string) => metric(id, { kind: 'change', change: { direction: 'up', value, unit: 'percent' } }, category);
const times = (id: string, value: number, direction: 'up' | 'down' = 'up', category?: string) =>
	metric(id, { kind: 'multiplier', multiplier: { direction, value } }, category);
const beforeAfter = (id: string, category?: string) =>
	metric(id, { kind: 'before-after', before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }, category);

describe('multipliers are drawn on an axis of their own', () => {
	test('a multiplier is its own chart kind, and may still be named with percent changes in one <MetricChart>', () => {
		expect([change('a', 50), times('b', 5), beforeAfter('c')].map(getChartKind)).toEqual(['improvement', 'multiplier', 'time']);
		expect([change('a', 50), times('b', 5)].map(getChartGroup)).toEqual(['improvement', 'improvement']);
		expect(getSharedChartGroup([change('a', 50), times('b', 5)], { file: 'x.mdx', component: 'MetricChart' })).toBe('improvement');
	});

	test('a case page draws percent changes and multipliers in two charts: 5× is 5 on a "×" axis, not +400% on a percent axis', () => {
		const specs = buildCaseChartSpecs([change('speed', 50), times('output', 5), times('errors', 4, 'down'), beforeAfter('cycle')], 'en', labels);
		expect(specs.map((spec) => [spec.id, spec.kind, spec.title])).toEqual([
			['chart-improvement', 'improvement', 'Improvements'],
			['chart-multiplier', 'multiplier', 'Multiples'],
			['chart-time', 'time', 'Time'],
		]);
		const multiples = specs[1]!;
		expect(multiples.rows.map((row) => [row.id, row.factor, row.percent, row.text.change])).toEqual([
			['output', 5, undefined, '5×'],
			['errors', 0.25, undefined, '4×'],
		]);
		const config = createChartConfig(multiples, theme, { reducedMotion: true });
		expect(config.data.datasets[0]!.data).toEqual([5, 0.25]);
		// Above 1× a rise, below it a fall.
		expect(config.data.datasets[0]!.backgroundColor).toEqual(['green', 'blue']);
		const ticks = (config.options!.scales!.x as { ticks: { callback: (value: number) => string } }).ticks;
		expect([0, 2, 5].map((value) => ticks.callback(value))).toEqual(['0×', '2×', '5×']);
		// The axis writes a multiple as the chart labels say, from the UI strings: no language branch in the browser.
		const zh = createChartConfig(buildCaseChartSpecs([times('output', 5)], 'zh-cn', getChartLabels('zh-cn'))[0]!, theme, { reducedMotion: true });
		expect((zh.options!.scales!.x as { ticks: { callback: (value: number) => string } }).ticks.callback(2.5)).toBe('2.5 倍');
	});

	test('an author chart naming both splits in two, each with an id of its own; one kind keeps the id as written', () => {
		expect(
			buildChartSpecs({ id: 'chart-a-b', metrics: [times('b', 5), change('a', 50)], locale: 'en', labels }).map((spec) => [
				spec.id,
				spec.kind,
				spec.rows.map((row) => row.id),
			])
		).toEqual([
			['chart-a-b-multiplier', 'multiplier', ['b']],
			['chart-a-b-improvement', 'improvement', ['a']],
		]);
		expect(buildChartSpecs({ id: 'chart-a', metrics: [change('a', 50)], locale: 'en', labels }).map((spec) => spec.id)).toEqual(['chart-a']);
	});

	test('a multiplier chart reads its factors back from the table under it', () => {
		const figure =
			parse(`<figure id="compare" lang="en"><figcaption>Process efficiency: multiples</figcaption><cs-metric-chart data-kind="multiplier"></cs-metric-chart>
			<table><thead><tr><th>Metric</th><th>Multiple</th></tr></thead>
			<tbody><tr><th><a href="/en/cases/a/#metric-x">A · Output</a></th><td data-value="5">5×</td></tr><tr><th><a>B · Errors</a></th><td data-value="0.25">4×</td></tr></tbody></table></figure>`).querySelector(
				'figure'
			)!;
		const spec = readChartTable(figure);
		expect(spec).toMatchObject({ kind: 'multiplier', title: 'Process efficiency: multiples', labels: { factor: 'Multiple', change: '' } });
		expect(spec.rows.map((row) => [row.label, row.factor, row.text.change])).toEqual([
			['A · Output', 5, '5×'],
			['B · Errors', 0.25, '4×'],
		]);
		expect(createChartConfig(spec, theme, { reducedMotion: true }).data.datasets[0]!.data).toEqual([5, 0.25]);
	});
});

describe('comparison charts of a tag page', () => {
	const caseOf = (slug: string, metrics: Metric[]): CorpusCase => ({ slug, data: { company: { name: slug.toUpperCase() }, metrics } as unknown as CaseData });

	test('group multipliers apart from percent changes of the same outcome', () => {
		const comparisons = getOutcomeComparisons([
			caseOf('a', [times('x', 5), change('y', 40)]),
			caseOf('b', [times('x', 6), beforeAfter('z')]),
			caseOf('c', [change('y', 20), beforeAfter('z')]),
		]);
		expect(comparisons.map((comparison) => [comparison.category, comparison.kind, comparison.entries.map((entry) => entry.slug)])).toEqual([
			['process-efficiency', 'improvement', ['a', 'c']],
			['process-efficiency', 'multiplier', ['a', 'b']],
			['process-efficiency', 'time', ['b', 'c']],
		]);
	});

	test('two charts that would share a title each say what they compare; a title of its own stays as it is', () => {
		const qualify = (title: string, kind: string) => `${title}: ${kind}`;
		expect(
			getDistinctChartTitles(
				[
					{ title: 'Process efficiency', kind: 'multiplier' },
					{ title: 'Responsiveness', kind: 'improvement' },
					{ title: 'Process efficiency', kind: 'time' },
				],
				qualify
			)
		).toEqual(['Process efficiency: multiplier', 'Responsiveness', 'Process efficiency: time']);
		expect(getDistinctChartTitles([], qualify)).toEqual([]);
	});
});

describe('the label column', () => {
	/** A y axis as Chart.js hands it to afterFit, with text 8 px a character wide. */
	const fitted = (label: string, chartWidth: number, fittedWidth: number) => {
		const config = createChartConfig(buildCaseChartSpecs([{ ...times('x', 5), label }], 'en', labels)[0]!, theme, { reducedMotion: true });
		const scale = {
			width: fittedWidth,
			chart: { width: chartWidth },
			ctx: { font: '', save() {}, restore() {}, measureText: (text: string) => ({ width: text.length * 8 }) },
		};
		(config.options!.scales!.y as { afterFit: (scale: unknown) => void }).afterFit(scale);
		return scale.width;
	};

	test('is as wide as its widest line on a phone (Chart.js would cut it at half the plot), up to 55 % of the chart', () => {
		// "Synthetic Harbor" is 16 characters: 128 px and the gap to the bar.
		expect(fitted('Synthetic Harbor 0028', 300, 118)).toBe(138);
		expect(fitted('Short', 1000, 60)).toBe(60);
		expect(fitted('WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 200, 90)).toBe(110);
	});
});

describe('wrapLabel', () => {
	/** Every Latin word of `label` whole on one of the lines. */
	const wordsKept = (label: string, lines: string[]) => (label.match(/[A-Za-z0-9]+/g) ?? []).every((word) => lines.some((line) => line.includes(word)));

	test('Latin words are never split, also inside a Chinese label ("Synthetic Iris", not "Syntheti c Iris")', () => {
		expect(wrapLabel('Synthetic Iris 0003 · 流程处理效率')).toEqual(['Synthetic Iris', '0003 · 流程处理', '效率']);
		expect(wrapLabel('Synthetic Iris 0003 · Process efficiency')).toEqual(['Synthetic Iris', '0003 · Process', 'efficiency']);
		expect(wrapLabel('飞书API接入效率提升明显很多')).toEqual(['飞书API接入效率', '提升明显很多']);
		for (const label of [
			'Synthetic Meridian 0013 · Information sync efficiency',
			'Synthetic Kestrel 0011 · 信息同步效率',
			'合成 Quartz 0017 公司的 Response speed',
		]) {
			const lines = wrapLabel(label);
			expect(wordsKept(label, lines), `${label} → ${JSON.stringify(lines)}`).toBe(true);
			expect(lines.length).toBeLessThanOrEqual(maxLabelLines);
		}
	});

	test('Chinese breaks between characters, but no line starts with closing punctuation or ends with an opening one', () => {
		expect(wrapLabel('全球客户需求响应速度')).toEqual(['全球客户需求响应', '速度']);
		expect(wrapLabel('审批周期（含财务复核），平均用时')).toEqual(['审批周期（含财务', '复核），平均用时']);
		expect(wrapLabel('审批周期平均用时缩短（含复核）')).toEqual(['审批周期平均用时', '缩短（含复核）']);
		// The comma would start the second line: the character before it goes down with it.
		expect(wrapLabel('客户需求响应速度，提升明显')).toEqual(['客户需求响应速', '度，提升明显']);
	});

	test('a lone mark stays at the end of the line before ("·", "→"), never starts one', () => {
		expect(wrapLabel('Synthetic Alpha 0001 · Countries covered')).toEqual(['Synthetic Alpha', '0001 · Countries', 'covered']);
		expect(wrapLabel('Handover from 3 days → 1 hour')).toEqual(['Handover from 3', 'days → 1 hour']);
	});

	test('only a word longer than a line is split, at the line width, with a hyphen between letters', () => {
		expect(wrapLabel('Supercalifragilisticexpialidocious approvals')).toEqual(['Supercalifragil-', 'isticexpialidoc-', 'ious approvals']);
		expect(wrapLabel('Synthetic Internationalisation Consortium')).toEqual(['Synthetic', 'Internationalis-', 'ation Consortium']);
		expect(wrapLabel('SKU-1234567890123456789')).toEqual(['SKU-12345678901', '23456789']);
	});
});
