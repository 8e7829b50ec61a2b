import { describe, expect, test } from 'vitest';
import { loadCaseFile } from '../../support/case-file.ts';
import { createChartConfig, wrapLabel } from '../../../src/lib/metrics/chart-config';
import { buildCaseChartSpecs } from '../../../src/lib/metrics/chart-spec';
import { getSharedChartGroup, selectMetrics } from '../../../src/lib/metrics/select-metrics';
import type { CaseData } from '../../../src/schemas/case';
import { labels, theme } from '../../support/chart-fixtures';

function payermax(locale: string): CaseData {
	return loadCaseFile('tests/fixtures/corpora/model', locale, 'payermax').data;
}

describe('the PayerMax charts', () => {
	const [improvement, time] = buildCaseChartSpecs(payermax('zh-cn').metrics, 'zh-cn', labels);

	test('one chart of improvements and one of time; values and money stay key figures', () => {
		expect(improvement?.rows.map((row) => [row.id, row.percent, row.text.change])).toEqual([
			['response-speed', 50, '↑50%'],
			['handover-efficiency', 98, '↑98%'],
			['risk-alert-efficiency', 80, '↑80% 以上'],
		]);
		expect(time?.rows.map((row) => [row.id, row.beforeHours, row.afterHours, row.savedHours])).toEqual([
			['handover-cycle', 72, 1, null],
			['alignment-time-saved', null, null, 1],
		]);
		expect(time?.rows[0]?.text).toEqual({ before: '3 天', after: '1 小时' });
	});

	test('3 days against 1 hour goes on a log axis that starts below the shortest bar', () => {
		expect(time?.logScale).toBe(true);
		const config = createChartConfig(time!, theme, { reducedMotion: false });
		const x = config.options?.scales?.x as { type: string; min: number; max: number };
		expect(x).toMatchObject({ type: 'logarithmic', min: 0.5, max: 72 });
		expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
			['Before', [72, null]],
			['After', [1, null]],
			['Saved', [null, 1]],
		]);
	});

	test('the improvement chart colours rises and falls and draws the same numbers as its rows', () => {
		const config = createChartConfig(improvement!, theme, { reducedMotion: true });
		expect(config.data.datasets[0]?.data).toEqual([50, 98, 80]);
		expect(config.data.datasets[0]?.backgroundColor).toEqual(['green', 'green', 'green']);
		expect(config.options?.animation).toBe(false);
		expect(config.options?.indexAxis).toBe('y');
	});

	test('English charts format in English', () => {
		const [, enTime] = buildCaseChartSpecs(payermax('en').metrics, 'en', labels);
		expect(enTime?.rows[0]?.text).toEqual({ before: '3 days', after: '1 hour' });
	});
});

describe('wrapLabel', () => {
	test('Chinese wraps by characters, English by words', () => {
		expect(wrapLabel('全球客户需求响应速度')).toEqual(['全球客户需求响应', '速度']);
		expect(wrapLabel('Response speed to global customer requests')).toEqual(['Response speed', 'to global', 'customer', 'requests']);
		expect(wrapLabel('Short')).toEqual(['Short']);
	});
});

describe('metrics named by MDX components', () => {
	const metrics = payermax('en').metrics;
	const where = { file: 'content/cases/en/payermax.mdx', component: 'MetricChart' };

	test('are returned in the order named', () => {
		expect(selectMetrics(metrics, ['handover-cycle', 'response-speed'], where).map((metric) => metric.id)).toEqual(['handover-cycle', 'response-speed']);
	});

	test('an unknown id names the file, the component and the ids that exist', () => {
		expect(() => selectMetrics(metrics, ['response-sped'], where)).toThrow(
			'✖ content/cases/en/payermax.mdx <MetricChart> — no metric "response-sped" in this case — use one of: response-speed, handover-efficiency, risk-alert-efficiency, handover-cycle, alignment-time-saved, translation-coverage'
		);
	});

	test('metrics of different kinds cannot share a chart', () => {
		const mixed = selectMetrics(metrics, ['response-speed', 'handover-cycle'], where);
		expect(() => getSharedChartGroup(mixed, where)).toThrow('these metrics do not fit one chart: response-speed (improvement), handover-cycle (time)');
		expect(getSharedChartGroup(selectMetrics(metrics, ['handover-cycle', 'alignment-time-saved'], where), where)).toBe('time');
	});
});
