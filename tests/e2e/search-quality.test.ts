import { afterAll, describe, expect, test } from 'vitest';
import { searchFixtureCases } from '../fixtures/search/spec';
import { loadFixtureCorpus } from '../support/fixture-corpus';
import { runQualityQueries, summarise, type QualityQuery, type QueryOutcome } from './support/search-quality';
import { useBuiltSite } from './support/site';

const { index, tags } = loadFixtureCorpus('search');
const fixture = useBuiltSite({ dir: 'dist-fixtures/search' });
const published = useBuiltSite({ dir: 'dist' });
const report: string[] = [];

type Lang = 'zh-CN' | 'en';
const usedTags = (facet: string) => tags.filter((tag) => tag.facet === facet && index.tagIndex.has(tag.id));
const byTag = (id: string) => index.tagIndex.get(id) ?? [];

/** The fixture's queries in one language, each with its right answers, all derived from the fixture files. */
function fixtureQueries(lang: Lang): QualityQuery[] {
	const key = lang === 'zh-CN' ? 'zh' : 'en';
	const queries: QualityQuery[] = [
		...usedTags('capabilities').map((tag) => ({ kind: 'capability', query: tag.label[lang], expected: byTag(tag.id) })),
		...usedTags('industries').map((tag) => ({ kind: 'industry', query: tag.label[lang], expected: byTag(tag.id) })),
		...searchFixtureCases.map((item) => ({ kind: 'company', query: item.company.split(' ')[1]!, expected: [item.slug] })),
		...searchFixtureCases.map((item) => ({ kind: 'metric', query: item.metric.label[key], expected: [item.slug] })),
		...searchFixtureCases.flatMap((item) => item.words[key].map((word) => ({ kind: 'word', query: word, expected: [item.slug] }))),
		{ kind: 'alias', query: 'SSO', expected: byTag('sso') },
		{ kind: 'alias', query: 'Bitable', expected: byTag('base-and-api') },
		{ kind: 'alias', query: 'Feishu', expected: byTag('feishu') },
		{ kind: 'alias', query: 'Lark', expected: byTag('feishu') },
	];
	if (lang === 'zh-CN') {
		queries.push(
			{ kind: 'alias', query: 'single sign-on', expected: byTag('sso') },
			{ kind: 'alias', query: '多维表格', expected: byTag('base-and-api') },
			{ kind: 'mixed', query: 'API 集成', expected: byTag('base-and-api') },
			{ kind: 'alias', query: '飞书', expected: byTag('feishu') }
		);
	} else {
		queries.push(
			{ kind: 'alias', query: '单点登录', expected: byTag('sso') },
			{ kind: 'alias', query: '多维表格', expected: byTag('base-and-api') },
			{ kind: 'plural', query: 'approval', expected: byTag('approvals') },
			{ kind: 'plural', query: 'bots', expected: byTag('bots') },
			{ kind: 'plural', query: 'notification', expected: byTag('bilingual-notifications') },
			{ kind: 'plural', query: 'dashboards', expected: byTag('customer-360') },
			{ kind: 'mixed', query: 'API integration', expected: byTag('base-and-api') }
		);
	}
	return queries;
}

/** The published content: every query must find the PayerMax case in the top 3. */
const payermaxQueries: Record<Lang, string[]> = {
	'zh-CN': ['PayerMax', '审批', '机器人', '单点登录', 'SSO', '飞书', 'Feishu', 'Lark', '多维表格', 'Bitable', '交接', '响应速度', '跨境支付', '金融科技', '外汇', '翻译', 'API 集成', '风控', '离线办公', '数据中台'],
	en: ['PayerMax', 'approvals', 'bots', 'single sign-on', 'SSO', 'Feishu', '飞书', 'Lark', 'Bitable', 'handover', 'response speed', 'cross-border payments', 'fintech', 'foreign exchange', 'translation', 'API integration', 'risk control', 'offline work', 'data platform', '审批'],
};

function describeFailures(outcomes: QueryOutcome[]) {
	return outcomes.filter((item) => item.recall < 1 || item.precision < 1).map((item) => `${item.kind} "${item.query}": top ${item.top.join(', ') || '—'}; expected ${item.expected.join(', ')}; precision ${item.precision.toFixed(2)}`);
}

afterAll(() => {
	if (report.length > 0) console.log(`\nSearch quality\n${report.join('\n')}\n`);
});

describe.each([
	{ locale: 'zh-cn', lang: 'zh-CN' as const },
	{ locale: 'en', lang: 'en' as const },
])('search quality in $lang', ({ locale, lang }) => {
	test('on the fixture corpus: recall@3 ≥ 95 % and no result without the query', async ({ skip }) => {
		if (!fixture.browser) return skip('no Chromium');
		const page = await fixture.browser.newPage();
		await page.goto(`${fixture.url}/${locale}/`, { waitUntil: 'networkidle' });
		const queries = fixtureQueries(lang);
		expect(queries.length).toBeGreaterThanOrEqual(40);
		const outcomes = await runQualityQueries(page, queries, lang);
		const summary = summarise(outcomes);
		report.push(`${lang} fixture: ${summary.queries} queries, recall@3 ${(summary.recallAt3 * 100).toFixed(1)} %, precision ${(summary.precision * 100).toFixed(1)} %`, ...describeFailures(outcomes).map((line) => `  ${line}`));
		expect(summary.recallAt3, describeFailures(outcomes).join('\n')).toBeGreaterThanOrEqual(0.95);
		expect(summary.precision, describeFailures(outcomes).join('\n')).toBeGreaterThanOrEqual(0.95);
		await page.close();
	});

	test('on the published content: every query finds the PayerMax case in the top 3', async ({ skip }) => {
		if (!published.browser) return skip('no Chromium');
		const page = await published.browser.newPage();
		await page.goto(`${published.url}/${locale}/`, { waitUntil: 'networkidle' });
		const outcomes = await runQualityQueries(page, payermaxQueries[lang].map((query) => ({ kind: 'payermax', query, expected: ['payermax'] })), lang);
		const summary = summarise(outcomes);
		report.push(`${lang} published: ${summary.queries} queries, recall@3 ${(summary.recallAt3 * 100).toFixed(1)} %, precision ${(summary.precision * 100).toFixed(1)} %`, ...describeFailures(outcomes).map((line) => `  ${line}`));
		expect(outcomes.filter((item) => item.recall < 1).map((item) => item.query)).toEqual([]);
		expect(summary.precision).toBeGreaterThanOrEqual(0.95);
		await page.close();
	});
});
