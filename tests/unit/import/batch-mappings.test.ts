import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkCaseTags } from '../../../src/lib/content/check-case-tags';
import { checkCaseFile } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/content/problem';
import { renderCaseBody } from '../../../src/lib/content/render-case-body';
import { importReport } from '../../../tools/import/import-report';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

/**
 * The reports of tests/fixtures/import/batch/ (synthetic companies in the seed's format: Chinese-only
 * names, money, per-person savings, regions, headcounts, capabilities the taxonomy lacks), imported
 * as a contributor's batch would be.
 */
const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');
const imported = (name: string) => importReport(readFileSync(`tests/fixtures/import/batch/${name}.md`, 'utf8'), { tags, today: '2026-01-01' });
const yunfan = imported('yunfan');
const xinghe = imported('xinghe');

/** The draft with `draft` and `review` removed, as a reviewer publishes it. */
function publish(mdx: string): string {
	const [, frontmatter, body] = /^---\n([^]*?)\n---\n([^]*)$/u.exec(mdx)!;
	const { draft: _draft, review: _review, ...data } = parse(frontmatter!) as Record<string, unknown>;
	return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

describe('an imported report is a draft with its review list', () => {
	test('draft: true, and every guess, unmapped bullet and proposal is a review item', () => {
		expect(yunfan.frontmatter.draft).toBe(true);
		expect(yunfan.frontmatter.review).toEqual(yunfan.summary.warnings);
		expect(yunfan.frontmatter.review).toEqual(
			expect.arrayContaining([
				expect.stringContaining('"车队数字孪生看板" matches no tag'),
				expect.stringContaining('"纸质流程" matches no tag'),
				expect.stringContaining('"成立时间: 2012年" has no field'),
				expect.stringContaining('title and description are generated'),
			])
		);
	});

	test('the draft passes the check: its review items are no errors while it is a draft', () => {
		const file = `content/cases/zh-cn/${yunfan.slug}.mdx`;
		const checked = checkCaseFile(file, yunfan.mdx);
		expect(checked.problems.map(formatProblem)).toEqual([]);
	});

	test('removing draft while review items remain is an error naming the file', () => {
		const file = `content/cases/zh-cn/${yunfan.slug}.mdx`;
		const problems = checkCaseFile(file, yunfan.mdx.replace('\ndraft: true\n', '\n')).problems.map(formatProblem);
		expect(problems).toEqual([
			expect.stringMatching(/^✖ content\/cases\/zh-cn\/yun-fan-wu-liu\.mdx:\d+ review — 4 review items are left in a case that is not a draft/u),
		]);
	});
});

describe('what each bullet maps to', () => {
	const metric = (result: typeof yunfan, id: string) => result.frontmatter.metrics?.find((candidate) => candidate.id === id);

	test('money is a money metric with its scale (万), its period (每年) and 约, filed under cost savings', () => {
		expect(metric(yunfan, 'travel-cost-saved')).toEqual({
			id: 'travel-cost-saved',
			label: '纸张与差旅成本节省',
			category: 'cost-savings',
			money: { amount: 1_200_000, currency: 'CNY', per: 'year' },
			qualifier: 'about',
		});
		expect(metric(xinghe, 'labor-cost-saved')).toMatchObject({ category: 'cost-savings', money: { amount: 350_000, currency: 'CNY', per: 'month' } });
	});

	test('a per-person saving keeps each, and its subject is the note, not the label', () => {
		expect(metric(yunfan, 'scheduling-time')).toEqual({
			id: 'scheduling-time',
			label: '排班时间',
			note: '每位班组长',
			category: 'time-saved',
			saved: { value: 30, unit: 'minute', per: 'day', each: 'employee' },
			qualifier: 'about',
		});
	});

	test('the headcount maps to the size tag by range, is kept as the size note, and makes no metric', () => {
		expect(yunfan.frontmatter.company).toMatchObject({ size: 'large', sizeNote: '约8000人，其中一线司机与仓储人员占比超过70%' });
		expect(xinghe.frontmatter.company).toMatchObject({ size: 'mid-size', sizeNote: '员工约600人' });
		const figures = [...(yunfan.frontmatter.metrics ?? []), ...(xinghe.frontmatter.metrics ?? [])].map((candidate) => JSON.stringify(candidate));
		expect(figures.join('\n')).not.toMatch(/8000|"value":70|"value":600/u);
	});

	test('place names map to region tags: 长三角 → east-china; 华南 and 东南亚 → south-china, southeast-asia', () => {
		expect(yunfan.frontmatter.company.regions).toEqual(['east-china']);
		expect(xinghe.frontmatter.company.regions).toEqual(expect.arrayContaining(['south-china', 'southeast-asia']));
		expect(xinghe.frontmatter.company.regions).toHaveLength(2);
	});

	test('capabilities match the taxonomy by label and alias; the others are proposed as new tags', () => {
		expect(yunfan.frontmatter.capabilities).toEqual(['approvals', 'meeting-minutes', 'e-signature', 'knowledge-base']);
		expect(yunfan.summary.proposedTags).toEqual([
			{ facet: 'capabilities', name: '车队数字孪生看板' },
			{ facet: 'challenges', name: '纸质流程' },
		]);
		expect(xinghe.summary.proposedTags).toContainEqual({ facet: 'capabilities', name: '飞书低代码平台' });
	});

	test('metric ids are stable English words from the label, unique per case', () => {
		expect(yunfan.frontmatter.metrics?.map((candidate) => candidate.id)).toEqual(['travel-cost-saved', 'scheduling-time', 'expense-approval-cycle']);
		expect(xinghe.frontmatter.metrics?.map((candidate) => candidate.id)).toEqual([
			'store-inspection-efficiency',
			'labor-cost-saved',
			'complaint-response-time',
		]);
		const twice = importReport(
			readFileSync('tests/fixtures/import/batch/xinghe.md', 'utf8').replace(
				'每月节省人力成本约35万元',
				'每月节省人力成本约35万元\n- **人力成本**: 每年节省人力成本约400万元'
			),
			{ tags }
		);
		expect(twice.frontmatter.metrics?.map((candidate) => candidate.id)).toContain('labor-cost-saved-2');
	});
});

describe('a page, not a copy of the report', () => {
	test('a case title and a description with the headline figure', () => {
		expect(yunfan.frontmatter.title).toBe('云帆物流的飞书实践：纸张与差旅成本节省 约 120 万元/年');
		expect(xinghe.frontmatter.description).toBe('星河零售是一家总部位于华南、门店开到东南亚的便利店品牌（虚构，测试用）。借助飞书，门店巡检效率 ↑3 倍。');
	});

	test("the body follows the site's sections: no numbered headings, no facts list, the unmet needs framed as analysis", () => {
		expect(yunfan.body.match(/^## .+$/gmu)).toEqual([
			'## 公司概况',
			'## 使用了哪些飞书能力',
			'## 痛点与解决方案',
			'## 成效',
			'## 尚未满足的需求',
			'## 战略洞察',
		]);
		expect(yunfan.body).not.toMatch(/^#+ +\d+\./mu);
		expect(yunfan.body).not.toMatch(/\*\*(公司名称|所属行业|公司规模|主营业务)\*\*/u);
		expect(yunfan.body).toContain('## 尚未满足的需求\n\n以下是分析报告根据案例推断的潜在缺口，案例本身并未提及云帆物流提出这些需求。');
		expect(yunfan.body).toContain('成立时间：2012年。');
	});

	test('each figure the text quotes is cited with <Metric>', () => {
		for (const result of [yunfan, xinghe]) {
			const cited = [...result.body.matchAll(/<Metric id="([a-z0-9-]+)" \/>/gu)].map((match) => match[1]);
			expect(cited).toEqual(result.frontmatter.metrics?.map((candidate) => candidate.id));
		}
		// 每位班组长 belongs to the figure (each: employee); the metric's note keeps the words.
		expect(yunfan.body).toContain('- **排班时间**：<Metric id="scheduling-time" />');
	});
});

describe('removing draft and review publishes the case with all its figures', () => {
	test.each([
		['yunfan', yunfan, ['每年节省纸张与差旅成本约 120 万元/年', '排班时间：每人每天约 30 分钟', '费用审批周期5 天 → 1 天']],
		['xinghe', xinghe, ['门店巡检效率↑3 倍', '每月节省人力成本约 35 万元/月', '顾客投诉响应时间2 天 → 4 小时']],
	])('%s: no problem, and the page shows every figure where the text cites it', (_name, result, figuresShown) => {
		const file = `content/cases/zh-cn/${result.slug}.mdx`;
		const checked = checkCaseFile(file, publish(result.mdx));
		const problems = [...checked.problems, ...(checked.data ? checkCaseTags(checked.data, tags, { file }) : [])];
		expect(problems.map(formatProblem)).toEqual([]);
		expect(checked.data?.draft).toBe(false);
		const html = renderCaseBody(checked.tree!, { locale: 'zh-cn', metrics: checked.data!.metrics })
			.parts.map((part) => ('html' in part ? part.html : ''))
			.join('');
		for (const id of checked.data!.metrics.map((candidate) => candidate.id)) expect(html).toContain(`#metric-${id}`);
		const text = html.replace(/<[^>]+>/gu, '');
		for (const shown of figuresShown) expect(text).toContain(shown);
	});
});

test('a report dated in the future is refused with its date and today', () => {
	const report = readFileSync('tests/fixtures/import/batch/xinghe.md', 'utf8').replace('2025年8月15日', '2027年1月1日');
	expect(() => importReport(report, { tags, today: '2026-11-30' })).toThrow(
		'the report date 2027-01-01 is in the future (today is 2026-11-30): check 报告生成时间'
	);
});
