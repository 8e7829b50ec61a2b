/**
 * The published content itself (content/), not the code that reads it: the whole of it passes the
 * check, the taxonomy labels every tag in both languages, and the PayerMax case keeps the figures
 * and facts of its seed report. Unit tests read frozen fixtures instead, so that editing a case
 * changes no unit test's result; a change to content/ is checked here, beside the built site.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPayerMax } from '../support/case-file.ts';
import { checkCaseTags } from '../../src/lib/content/check-case-tags.ts';
import { checkContentRoot } from '../../src/lib/content/check-content.ts';
import { checkTranslationParity } from '../../src/lib/content/check-translations.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { facets } from '../../src/lib/taxonomy/facets.ts';

const { zh, en, tags } = loadPayerMax('content');

describe('the published content', () => {
	test('is valid', () => {
		expect(checkContentRoot('content').problems.map(formatProblem)).toEqual([]);
	});

	test('npm run check exits 0 on it', () => {
		const run = spawnSync('node', ['scripts/check-content.ts'], { encoding: 'utf8' });
		expect(run.status, run.stdout).toBe(0);
		expect(run.stdout).toMatch(/✔ \d+ case files and the taxonomy are valid\./);
	});

	test('its taxonomy covers every facet and labels every tag in both languages', () => {
		expect(new Set(tags.map((tag) => tag.facet))).toEqual(new Set(facets));
		for (const tag of tags) {
			expect(tag.label['zh-CN'], tag.id).toMatch(/[\u4e00-\u9fff]/);
			expect(tag.label.en, tag.id).toMatch(/^[A-Z0-9]/);
		}
	});
});

describe('the PayerMax case', () => {
	test('the two languages agree on every language-neutral fact', () => {
		expect(checkTranslationParity(zh, en)).toEqual([]);
	});

	test('every tag it names exists in the taxonomy, in the right facet', () => {
		expect(checkCaseTags(zh.data, tags, { file: zh.file })).toEqual([]);
	});

	// The figures of ../shared/seeds/000_386aae597534c6c5.txt, each as structured data.
	test.each([
		['↑50% 全球客户需求响应速度', { id: 'response-speed', change: { direction: 'up', value: 50, unit: 'percent' } }],
		['↑98% 商务轮转客户交接效率', { id: 'handover-efficiency', change: { direction: 'up', value: 98, unit: 'percent' } }],
		['↑80% 以上 客户风险信息推送效率', { id: 'risk-alert-efficiency', qualifier: 'at-least', change: { direction: 'up', value: 80, unit: 'percent' } }],
		['轮转交接周期 3 天 → 1 小时', { id: 'handover-cycle', before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }],
		['单客户每周节省 1 小时内部对齐时间', { id: 'alignment-time-saved', saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } }],
		['多语言翻译覆盖 15 国', { id: 'translation-coverage', value: { value: 15, unit: 'country' } }],
	])('carries the seed figure "%s" in both languages', (_figure, expected) => {
		for (const { data } of [zh, en]) expect(data.metrics).toContainEqual(expect.objectContaining(expected));
	});

	test('carries the seed facts: company, industries, source and report date', () => {
		expect(zh.data).toMatchObject({
			company: { name: 'PayerMax', size: 'unknown' },
			product: 'feishu',
			industries: ['fintech', 'cross-border-payments'],
			source: { url: 'https://www.feishu.cn/customers/PayerMax' },
			reportDate: '2025-10-17',
		});
		expect(zh.data.capabilities).toHaveLength(12);
		expect(zh.data.challenges).toHaveLength(4);
		expect(zh.data.gaps).toHaveLength(16);
	});

	test('has every section of the report in both languages', () => {
		const headings = (locale: string) => [...readFileSync(`content/cases/${locale}/payermax.mdx`, 'utf8').matchAll(/^##+ (.+)$/gm)].map((m) => m[1]);
		expect(headings('zh-cn')).toHaveLength(headings('en').length);
		expect(headings('zh-cn')).toEqual(
			expect.arrayContaining(['公司概况', '使用了哪些飞书能力', '痛点与解决方案', '成效', '量化成效', '质性成效', '尚未满足的需求', '战略洞察'])
		);
		expect(headings('en')).toEqual(
			expect.arrayContaining([
				'Company profile',
				'Feishu capabilities in use',
				'Pain points and solutions',
				'Results',
				'Quantified results',
				'Qualitative results',
				'Unmet needs',
				'Strategic insights',
			])
		);
	});
});
