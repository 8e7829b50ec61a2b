import { describe, expect, test } from 'vitest';
import { readHeadcount, sizeForHeadcount } from '../../../tools/import/company-size';
import { labelToWords, metricIdFor } from '../../../tools/import/metric-id';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');

describe('metricIdFor: stable English ids from the label', () => {
	test.each([
		['审批周期', 'approval-cycle'],
		['费用审批周期', 'expense-approval-cycle'],
		['纸张与差旅成本节省', 'travel-cost-saved'],
		['内部对齐时间节省', 'alignment-time-saved'],
		['顾客投诉响应时间', 'complaint-response-time'],
		['API 调用次数', 'api-calls-count'],
	])('%s → %s', (label, id) => {
		expect(metricIdFor(label, { category: 'process-efficiency', tags, taken: new Set() })).toEqual({ id, fromLabel: true });
	});

	test('a label with no known word takes its outcome category, said by fromLabel', () => {
		expect(metricIdFor('某某指标', { category: 'cost-savings', tags, taken: new Set() })).toEqual({ id: 'cost-savings', fromLabel: false });
	});

	test('unique per case: -2, -3 …', () => {
		expect(metricIdFor('审批周期', { category: 'process-efficiency', tags, taken: new Set(['approval-cycle', 'approval-cycle-2']) }).id).toBe(
			'approval-cycle-3'
		);
	});

	test('taxonomy labels add words the glossary lacks; outcome categories do not', () => {
		const words = labelToWords('单点登录次数', tags);
		expect(words[0]).toMatch(/^single-sign-on$/u);
		expect(labelToWords('响应速度', tags)).toEqual(['response', 'speed']);
	});
});

describe('headcount to the size tag', () => {
	test.each([
		['约8000人，其中一线司机与仓储人员占比超过70%', 8000, 'large'],
		['员工约600人', 600, 'mid-size'],
		['1.2万人', 12_000, 'large'],
		['超过 3,000 名员工', 3000, 'large'],
		['约 50 people', 50, 'small'],
	])('%s → %i → %s', (text, headcount, size) => {
		expect(readHeadcount(text)).toBe(headcount);
		expect(sizeForHeadcount(headcount)).toBe(size);
	});

	test.each(['未明确提及，但推断为中型到大型企业', '其中70%人员', ''])('no headcount in %j', (text) => {
		expect(readHeadcount(text)).toBeUndefined();
	});

	test('the ranges meet: 99 small, 100 mid-size, 999 mid-size, 1,000 large', () => {
		expect([99, 100, 999, 1000].map(sizeForHeadcount)).toEqual(['small', 'mid-size', 'mid-size', 'large']);
	});
});
