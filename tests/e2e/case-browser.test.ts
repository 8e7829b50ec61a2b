import { describe, expect, test } from 'vitest';
import type { CaseData } from '../../src/schemas/case';
import { loadFixtureCorpus } from '../support/fixture-corpus';
import { CaseBrowser } from './pages/case-browser';
import { useBuiltSite } from './support/site';

const site = useBuiltSite({ dir: 'dist-fixtures/synthetic' });
const { index, tags } = loadFixtureCorpus('synthetic');
const label = (id: string, lang: 'zh-CN' | 'en') => tags.find((tag) => tag.id === id)!.label[lang];
/** The expected result of a filter, computed from the fixture files: any within a facet, all facets. */
const expectedSlugs = (filter: (data: CaseData) => boolean) => index.cases.filter((item) => filter(item.data)).map((item) => item.slug);

describe('the cases browser', () => {
	test('every case is reachable through the filter of its industry', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage();
		const browser = new CaseBrowser(page);
		await browser.goto(site.url, 'en');
		const reached = new Set<string>();
		for (const industry of tags.filter((tag) => tag.facet === 'industries' && index.tagIndex.has(tag.id))) {
			await browser.goto(site.url, 'en', `?industry=${industry.id}`);
			const slugs = await browser.visibleSlugs();
			expect(slugs, industry.id).toEqual(expectedSlugs((data) => data.industries.includes(industry.id)));
			expect(await browser.status()).toBe(`${slugs.length} case${slugs.length === 1 ? '' : 's'}`);
			for (const slug of slugs) reached.add(slug);
		}
		expect([...reached].sort()).toEqual(index.cases.map((item) => item.slug).sort());
		await page.close();
	});

	test('OR within a facet, AND across facets, with the state in the URL', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage();
		const browser = new CaseBrowser(page);
		await browser.goto(site.url, 'zh-cn');
		await browser.toggle(label('fintech', 'zh-CN'));
		await browser.toggle(label('retail', 'zh-CN'));
		const either = expectedSlugs((data) => data.industries.some((id) => ['fintech', 'retail'].includes(id)));
		expect(await browser.visibleSlugs()).toEqual(either);
		expect(await browser.status()).toBe(`${either.length} 个案例`);
		expect(new URL(page.url()).search).toBe('?industry=fintech&industry=retail');

		await browser.toggle(label('sso', 'zh-CN'));
		const both = expectedSlugs((data) => data.industries.some((id) => ['fintech', 'retail'].includes(id)) && data.capabilities.includes('sso'));
		expect(await browser.visibleSlugs()).toEqual(both);
		expect(new URL(page.url()).search).toBe('?industry=fintech&industry=retail&capability=sso');

		// The link reproduces the view, in the other language too.
		const other = await site.browser.newPage();
		const again = new CaseBrowser(other);
		await again.goto(site.url, 'en', new URL(page.url()).search);
		expect(await again.checked()).toEqual(['industry=fintech', 'industry=retail', 'capability=sso']);
		expect(await again.visibleSlugs()).toEqual(both);
		await other.close();

		// Back restores the previous filters.
		await page.goBack();
		await browser.settled();
		expect(await browser.checked()).toEqual(['industry=fintech', 'industry=retail']);
		expect(await browser.visibleSlugs()).toEqual(either);

		await page.getByRole('button', { name: '清除全部' }).click();
		await browser.settled();
		expect(new URL(page.url()).search).toBe('');
		expect(await browser.visibleSlugs()).toEqual(index.cases.slice(0, 24).map((item) => item.slug));
		expect(await browser.status()).toBe(`${index.cases.length} 个案例`);
		await page.close();
	});

	test('a combination without a match says so', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage();
		const browser = new CaseBrowser(page);
		const impossible = tags
			.filter((tag) => tag.facet === 'industries')
			.flatMap((industry) => tags.filter((tag) => tag.facet === 'sizes').map((size) => [industry.id, size.id]))
			.find(([industry, size]) => index.tagIndex.has(industry!) && index.tagIndex.has(size!) && expectedSlugs((data) => data.industries.includes(industry!) && data.company.size === size).length === 0);
		expect(impossible).toBeDefined();
		await browser.goto(site.url, 'en', `?industry=${impossible![0]}&size=${impossible![1]}`);
		expect(await browser.visibleSlugs()).toEqual([]);
		expect(await browser.status()).toBe('No case matches these filters.');
		await page.close();
	});

	test('without JavaScript it is a plain list with pages and tag links', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/en/cases/`);
		expect(await page.locator('cs-case-browser [data-filters]').isVisible()).toBe(false);
		expect(await page.locator('.cs-card-list .cs-card').count()).toBe(24);
		await page.getByRole('link', { name: 'Next' }).click();
		await page.waitForURL(`${site.url}/en/cases/page/2/`);
		expect(await page.locator('.cs-card-list .cs-card').count()).toBe(index.cases.length - 24);
		await page.getByRole('link', { name: label('fintech', 'en'), exact: false }).first().click();
		await page.waitForURL(`${site.url}/en/tags/fintech/`);
		await context.close();
	});
});
