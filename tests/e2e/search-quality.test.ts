import { afterAll, describe, expect } from 'vitest';
import en from '../../src/content/i18n/en.json';
import zh from '../../src/content/i18n/zh-CN.json';
import { locales, localeToLang, type Lang } from '../../src/lib/i18n/locales.ts';
import { searchFixtureCases } from '../../tools/synthetic/search-fixture-cases';
import { loadFixtureCorpus } from '../support/fixture-corpus';
import { readerResultPath, runQualityQueries, summarise, type QualityQuery, type QueryOutcome } from './support/search-quality';
import { servedSite, siteTest } from './support/site-test.ts';

const { index, tags } = loadFixtureCorpus('tests/fixtures/corpora/search');
/** `site`: the search fixture; `publishedSite`: the published content. */
const test = siteTest({ dir: 'dist-fixtures/search' }).extend('publishedSite', { scope: 'file' }, servedSite({ dir: 'dist' }));
const report: string[] = [];

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

/**
 * Typos readers make, corrected from the site's own words (tag labels and aliases, company names):
 * each must find the cases of what was meant, and say which query it searched.
 */
function typoQueries(lang: Lang): QualityQuery[] {
	const queries: QualityQuery[] = [
		{ kind: 'typo', query: 'aprovals', corrected: 'approvals', expected: byTag('approvals') },
		{ kind: 'typo', query: 'singel sign on', corrected: 'single sign on', expected: byTag('sso') },
		{ kind: 'typo', query: 'transaltion', corrected: 'translation', expected: byTag('translation') },
		{ kind: 'typo', query: 'Feishuu', corrected: 'Feishu', expected: byTag('feishu') },
		{ kind: 'typo', query: 'Harbour', corrected: 'Harbor', expected: ['harbor-logistics'] },
		// A wrong homophone from the input method, in an alias and in a label.
		{ kind: 'typo', query: '单点登陆', corrected: '单点登录', expected: byTag('sso') },
		{ kind: 'typo', query: '多维表哥', corrected: '多维表格', expected: byTag('base-and-api') },
		// Two terms typed as one run: no page writes 飞书审批.
		{ kind: 'typo', query: '飞书审批', corrected: '飞书 审批', expected: byTag('approvals') },
	];
	return lang === 'en'
		? [...queries, { kind: 'typo', query: 'bilingal notifications', corrected: 'bilingual notifications', expected: byTag('bilingual-notifications') }]
		: queries;
}

/**
 * Words of the pages that are not for readers (the contribute pages, their glossary, the
 * translation status) and of none of the fixture's cases: they must find nothing.
 */
const leakQueries: Record<Lang, string[]> = {
	'zh-CN': ['PayerMax', '贡献', '术语表', '翻译状态', 'npm', 'scaffold'],
	en: ['PayerMax', 'contribute', 'glossary', 'outdated', 'npm', 'scaffold'],
};

/** Text of the page around the report that an excerpt must never show: figure chrome, facts labels, the glossary's head row. */
const chrome = [en, zh].flatMap((ui) => [
	ui['metrics.copyLink'],
	ui['metrics.copied'],
	ui['case.keyFigures'],
	ui['case.companyFacts'],
	ui['case.publisher'],
	ui['case.reportDate'],
	ui['tag.allTags'],
]);
const glossaryHead = /简体中文\s*English\s*id/;

/** Every result of every query is a reader page, and no excerpt shows the page's chrome. */
function expectOnlyReaderText(outcomes: QueryOutcome[]) {
	const hits = outcomes.flatMap((item) => item.hits.map((hit) => ({ ...hit, query: item.query })));
	expect(hits.filter((hit) => !readerResultPath.test(hit.path)).map((hit) => `"${hit.query}" → ${hit.path}`)).toEqual([]);
	expect(
		hits
			.filter((hit) => chrome.some((words) => hit.excerpt.includes(words)) || glossaryHead.test(hit.excerpt))
			.map((hit) => `"${hit.query}" → ${hit.path}: ${hit.excerpt}`)
	).toEqual([]);
}

/** The published content: every query must find the PayerMax case in the top 3. */
const payermaxQueries: Record<Lang, string[]> = {
	'zh-CN': [
		'PayerMax',
		'审批',
		'机器人',
		'单点登录',
		'SSO',
		'飞书',
		'Feishu',
		'Lark',
		'多维表格',
		'Bitable',
		'交接',
		'响应速度',
		'跨境支付',
		'金融科技',
		'外汇',
		'翻译',
		'API 集成',
		'风控',
		'离线办公',
		'数据中台',
	],
	en: [
		'PayerMax',
		'approvals',
		'bots',
		'single sign-on',
		'SSO',
		'Feishu',
		'飞书',
		'Lark',
		'Bitable',
		'handover',
		'response speed',
		'cross-border payments',
		'fintech',
		'foreign exchange',
		'translation',
		'API integration',
		'risk control',
		'offline work',
		'data platform',
		'审批',
	],
};
/** The same with typos: PayerMax must still come first. */
const payermaxTypos: Record<Lang, string[]> = {
	'zh-CN': ['Payermx', 'aprovals', '单点登陆', '飞书审批', '多维表哥', 'transaltion'],
	en: ['Payermx', 'aprovals', 'singel sign on', 'transaltion', 'cross-border paymnets', '单点登陆'],
};

function describeFailures(outcomes: QueryOutcome[]) {
	return outcomes
		.filter((item) => item.recall < 1 || item.precision < 1)
		.map(
			(item) => `${item.kind} "${item.query}": top ${item.top.join(', ') || '—'}; expected ${item.expected.join(', ')}; precision ${item.precision.toFixed(2)}`
		);
}

afterAll(() => {
	if (report.length > 0) console.log(`\nSearch quality\n${report.join('\n')}\n`);
});

describe.each(locales.map((locale) => ({ locale, lang: localeToLang(locale) })))('search quality in $lang', ({ locale, lang }) => {
	test('on the fixture corpus: recall@3 and precision 100 %, only reader pages, excerpts without chrome', async ({ page, site }) => {
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const queries = fixtureQueries(lang);
		expect(queries.length).toBeGreaterThanOrEqual(40);
		const outcomes = await runQualityQueries(page, queries, lang);
		const summary = summarise(outcomes);
		report.push(
			`${lang} fixture: ${summary.queries} queries, recall@3 ${(summary.recallAt3 * 100).toFixed(1)} %, precision ${(summary.precision * 100).toFixed(1)} %`,
			...describeFailures(outcomes).map((line) => `  ${line}`)
		);
		expect(summary.recallAt3, describeFailures(outcomes).join('\n')).toBe(1);
		expect(summary.precision, describeFailures(outcomes).join('\n')).toBe(1);
		// Words the index has are never corrected.
		expect(outcomes.filter((item) => item.searched !== item.query.trim()).map((item) => `${item.query} → ${item.searched}`)).toEqual([]);
		expectOnlyReaderText(outcomes);
	});

	test('on the fixture corpus: typos find what was meant, and say what was searched', async ({ page, site }) => {
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const outcomes = await runQualityQueries(page, typoQueries(lang), lang);
		const summary = summarise(outcomes);
		report.push(
			`${lang} typos: ${summary.queries} queries, recall@3 ${(summary.recallAt3 * 100).toFixed(1)} %, precision ${(summary.precision * 100).toFixed(1)} %`,
			...describeFailures(outcomes).map((line) => `  ${line}`)
		);
		expect(outcomes.map((item) => `${item.query} → ${item.searched}`)).toEqual(outcomes.map((item) => `${item.query} → ${item.corrected}`));
		expect(summary.recallAt3, describeFailures(outcomes).join('\n')).toBe(1);
		expect(summary.precision, describeFailures(outcomes).join('\n')).toBe(1);
		expectOnlyReaderText(outcomes);
	});

	test('on the fixture corpus: words of the contribute and translation pages find nothing', async ({ page, site }) => {
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const outcomes = await runQualityQueries(
			page,
			leakQueries[lang].map((query) => ({ kind: 'leak', query, expected: [] })),
			lang
		);
		expect(outcomes.flatMap((item) => item.hits.map((hit) => `"${item.query}" → ${hit.path}`))).toEqual([]);
	});

	test('on the published content: every query finds the PayerMax case in the top 3', async ({ page, publishedSite }) => {
		await page.goto(`${publishedSite}/${locale}/`, { waitUntil: 'networkidle' });
		const queries = [...payermaxQueries[lang], ...payermaxTypos[lang]].map((query) => ({ kind: 'payermax', query, expected: ['payermax'] }));
		const outcomes = await runQualityQueries(page, queries, lang);
		const summary = summarise(outcomes);
		report.push(
			`${lang} published: ${summary.queries} queries, recall@3 ${(summary.recallAt3 * 100).toFixed(1)} %, precision ${(summary.precision * 100).toFixed(1)} %`,
			...describeFailures(outcomes).map((line) => `  ${line}`)
		);
		expect(outcomes.filter((item) => item.recall < 1).map((item) => item.query)).toEqual([]);
		expect(outcomes.filter((item) => item.top[0] !== 'payermax').map((item) => `${item.query}: ${item.top.join(', ')}`)).toEqual([]);
		expect(summary.precision, describeFailures(outcomes).join('\n')).toBe(1);
		expectOnlyReaderText(outcomes);
	});
});
