import { describe, expect } from 'vitest';
import { formatMetric } from '../../src/lib/metrics/format-metric.ts';
import { localeToLang, type Locale } from '../../src/lib/i18n/locales.ts';
import { loadPayerMax } from '../support/case-file.ts';
import { servedSite, siteTest } from './support/site-test.ts';

const test = siteTest().extend('searchSite', { scope: 'file' }, servedSite({ dir: 'dist-fixtures/search' }));

/** The published PayerMax case, as its search result shows it: title, company, industries and first figure. */
const payermax = loadPayerMax('content');
function resultOf(locale: Locale) {
	const { data } = locale === 'zh-cn' ? payermax.zh : payermax.en;
	const industries = data.industries.map((id) => payermax.tags.find((tag) => tag.id === id)!.label[localeToLang(locale)]).join(' · ');
	const metric = data.metrics[0]!;
	return { title: data.title, facts: [data.company.name, industries, `${formatMetric(metric, locale).value} ${metric.label}`] };
}

describe('the search dialog', () => {
	test.for([
		{
			locale: 'zh-cn' as const,
			button: '搜索',
			query: '审批',
			...resultOf('zh-cn'),
			message: /找到 \d+ 个与 审批 相关的结果/,
		},
		{
			locale: 'en' as const,
			button: 'Search',
			query: 'approvals',
			...resultOf('en'),
			message: /\d+ results? for approvals/,
		},
	])(
		'$locale: "$query" finds the PayerMax case first, with company, industry and figure',
		async ({ locale, button, query, title, facts, message }, { page, searchModal, site }) => {
			await page.goto(`${site}/${locale}/`);
			await searchModal.open(button);
			await searchModal.search(query);
			expect((await searchModal.resultTitles())[0]).toBe(title);
			const shown = await searchModal.firstResultFacts();
			for (const fact of facts) expect(shown).toContain(fact);
			expect(await searchModal.message()).toMatch(message);
		}
	);

	test.for([
		{ path: '/en/', link: 'Search cases', cases: '/en/cases/' },
		{ path: '/zh-cn/', link: '搜索案例', cases: '/zh-cn/cases/' },
		{ path: '/en/nope/', link: 'Search cases', cases: '/en/cases/' },
	])(
		'$path: the search box opens the dialog once the search button works, and is a link to the cases before',
		async ({ path, link, cases }, { page, site }) => {
			await page.goto(site + path);
			const button = page.locator('cs-site-search [data-open]');
			await expect.poll(() => button.isEnabled()).toBe(true);
			// As before site-search.client.ts has run: the box must not swallow the click.
			await button.evaluate((open: HTMLButtonElement) => (open.disabled = true));
			await page.getByRole('link', { name: link }).click();
			await page.waitForURL(site + cases);
			await page.goto(site + path);
			await expect.poll(() => button.isEnabled()).toBe(true);
			await page.getByRole('link', { name: link }).click();
			await page.locator('dialog[open] [data-input]').waitFor();
			expect(page.url()).toBe(site + path);
		}
	);

	test.for([
		{ locale: 'zh-cn', button: '搜索', empty: '未找到与 区块链 相关的结果', query: '区块链' },
		{ locale: 'en', button: 'Search', empty: 'No results for zzqx', query: 'zzqx' },
	])('$locale: a query without a result says so in the page language', async ({ locale, button, empty, query }, { page, searchModal, site }) => {
		await page.goto(`${site}/${locale}/cases/`);
		await searchModal.open(button);
		await searchModal.search(query);
		expect(await searchModal.resultTitles()).toEqual([]);
		expect(await searchModal.message()).toBe(empty);
	});

	test.for([
		{ locale: 'zh-cn', button: '搜索', query: '审批', industry: '金融科技' },
		{ locale: 'en', button: 'Search', query: 'approvals', industry: 'Fintech' },
	])(
		'$locale: filtering by industry keeps only its cases; the filter lists load only when opened',
		async ({ locale, button, query, industry }, { page, searchModal, searchSite }) => {
			const filterFiles: string[] = [];
			page.on('request', (request) => {
				if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
			});
			await page.goto(`${searchSite}/${locale}/`);
			await searchModal.open(button);
			await searchModal.search(query);
			const before = await searchModal.resultTitles();
			expect(before.some((title) => title.includes('Harbor'))).toBe(true);
			expect(filterFiles).toEqual([]);
			await searchModal.filterBy(industry);
			expect(filterFiles.length).toBeGreaterThan(0);
			const after = await searchModal.resultTitles();
			expect(after.map((title) => title.replace(/[（(].*$/, '').trim()).sort()).toEqual(['Synthetic Atlas Pay', 'Synthetic Summit Insurance']);
		}
	);

	test('Ctrl+K opens the dialog and Escape closes it', async ({ page, site }) => {
		await page.goto(`${site}/en/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] [data-input]').waitFor();
		expect(await page.evaluate(() => document.activeElement?.matches('[data-input]'))).toBe(true);
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('dialog[open]'));
	});
});
