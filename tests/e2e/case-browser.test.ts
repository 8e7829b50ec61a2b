import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { CaseData } from '../../src/schemas/case';
import { loadFixtureCorpus } from '../support/fixture-corpus';
import { CaseBrowser } from './pages/case-browser';
import { siteTest } from './support/site-test.ts';

const test = siteTest({ dir: 'dist-fixtures/synthetic' });
const { index, tags } = loadFixtureCorpus('tests/fixtures/corpora/synthetic');
const label = (id: string, lang: 'zh-CN' | 'en') => tags.find((tag) => tag.id === id)!.label[lang];
/** The expected result of a filter, computed from the fixture files: any within a facet, all facets. */
const expectedSlugs = (filter: (data: CaseData) => boolean) => index.cases.filter((item) => filter(item.data)).map((item) => item.slug);

describe('the cases browser', () => {
	test('every case is reachable through the filter of its industry', async ({ caseBrowser, site }) => {
		await caseBrowser.goto(site, 'en');
		const reached = new Set<string>();
		for (const industry of tags.filter((tag) => tag.facet === 'industries' && index.tagIndex.has(tag.id))) {
			await caseBrowser.goto(site, 'en', `?industry=${industry.id}`);
			const slugs = await caseBrowser.visibleSlugs();
			expect(slugs, industry.id).toEqual(expectedSlugs((data) => data.industries.includes(industry.id)));
			expect(await caseBrowser.status()).toBe(`${slugs.length} case${slugs.length === 1 ? '' : 's'}`);
			for (const slug of slugs) reached.add(slug);
		}
		expect([...reached].sort()).toEqual(index.cases.map((item) => item.slug).sort());
	});

	test('OR within a facet, AND across facets, with the state in the URL', async ({ page, caseBrowser, newPage, site }) => {
		await caseBrowser.goto(site, 'zh-cn');
		await caseBrowser.toggle(label('fintech', 'zh-CN'));
		await caseBrowser.toggle(label('retail', 'zh-CN'));
		const either = expectedSlugs((data) => data.industries.some((id) => ['fintech', 'retail'].includes(id)));
		expect(await caseBrowser.visibleSlugs()).toEqual(either);
		expect(await caseBrowser.status()).toBe(`${either.length} 个案例`);
		expect(new URL(page.url()).search).toBe('?industry=fintech&industry=retail');

		await caseBrowser.toggle(label('sso', 'zh-CN'));
		const both = expectedSlugs((data) => data.industries.some((id) => ['fintech', 'retail'].includes(id)) && data.capabilities.includes('sso'));
		expect(await caseBrowser.visibleSlugs()).toEqual(both);
		expect(new URL(page.url()).search).toBe('?industry=fintech&industry=retail&capability=sso');

		// The link reproduces the view, in the other language too.
		const other = await newPage();
		const again = new CaseBrowser(other);
		await again.goto(site, 'en', new URL(page.url()).search);
		expect(await again.checked()).toEqual(['industry=fintech', 'industry=retail', 'capability=sso']);
		expect(await again.visibleSlugs()).toEqual(both);

		// Back restores the previous filters.
		await page.goBack();
		await caseBrowser.settled();
		expect(await caseBrowser.checked()).toEqual(['industry=fintech', 'industry=retail']);
		expect(await caseBrowser.visibleSlugs()).toEqual(either);

		await page.getByRole('button', { name: '清除全部' }).click();
		await caseBrowser.settled();
		expect(new URL(page.url()).search).toBe('');
		expect(await caseBrowser.visibleSlugs()).toEqual(index.cases.slice(0, 24).map((item) => item.slug));
		expect(await caseBrowser.status()).toBe(`${index.cases.length} 个案例`);
	});

	test('a combination without a match says so', async ({ caseBrowser, site }) => {
		const impossible = tags
			.filter((tag) => tag.facet === 'industries')
			.flatMap((industry) => tags.filter((tag) => tag.facet === 'sizes').map((size) => [industry.id, size.id]))
			.find(
				([industry, size]) =>
					index.tagIndex.has(industry!) &&
					index.tagIndex.has(size!) &&
					expectedSlugs((data) => data.industries.includes(industry!) && data.company.size === size).length === 0
			);
		expect(impossible).toBeDefined();
		await caseBrowser.goto(site, 'en', `?industry=${impossible![0]}&size=${impossible![1]}`);
		expect(await caseBrowser.visibleSlugs()).toEqual([]);
		expect(await caseBrowser.status()).toBe('No case matches these filters.');
	});

	test('without JavaScript it is a plain list with pages and tag links', async ({ newPage, site }) => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${site}/en/cases/`);
		expect(await page.locator('cs-case-browser [data-filters]').isVisible()).toBe(false);
		expect(await page.locator('.cs-card-list .cs-card').count()).toBe(24);
		await page.getByRole('link', { name: 'Next' }).click();
		await page.waitForURL(`${site}/en/cases/page/2/`);
		expect(await page.locator('.cs-card-list .cs-card').count()).toBe(index.cases.length - 24);
		await page
			.getByRole('link', { name: label('fintech', 'en'), exact: false })
			.first()
			.click();
		await page.waitForURL(`${site}/en/tags/fintech/`);
	});

	describe('on a phone (375×812)', () => {
		const phone = { width: 375, height: 812 };
		/** The vertical extent of an element on screen. */
		const span = async (locator: Locator) => (await locator.boundingBox())!;
		test.override('pageOptions', { viewport: phone });

		test.for([
			{ locale: 'zh-cn', folded: '筛选（0）', chosen: '筛选（1）', count: (n: number) => `${n} 个案例`, lang: 'zh-CN' as const },
			{ locale: 'en', folded: 'Filter (0)', chosen: 'Filter (1)', count: (n: number) => `${n} case${n === 1 ? '' : 's'}`, lang: 'en' as const },
		])(
			'$locale: the filters fold behind one button beside the count, and the first case is on the first screen',
			async ({ locale, folded, chosen, count, lang }, { page, caseBrowser, site }) => {
				await caseBrowser.goto(site, locale);
				const button = caseBrowser.filterButton();
				const panel = await caseBrowser.filterPanel();
				expect(await caseBrowser.filterButtonText()).toBe(folded);
				expect(await button.getAttribute('aria-expanded')).toBe('false');
				expect(await panel.isVisible()).toBe(false);
				expect(await caseBrowser.firstCardTop()).toBeLessThan(phone.height);
				// The count is on the first screen, on the button's row.
				const status = await span(caseBrowser.statusLine());
				const control = await span(button);
				expect(status.y + status.height).toBeLessThan(phone.height);
				expect(status.y).toBeLessThan(control.y + control.height);
				expect(control.y).toBeLessThan(status.y + status.height);

				await button.click();
				expect(await button.getAttribute('aria-expanded')).toBe('true');
				expect(await panel.isVisible()).toBe(true);
				await caseBrowser.toggle(label('fintech', lang));
				const fintech = expectedSlugs((data) => data.industries.includes('fintech'));
				expect(await caseBrowser.visibleSlugs()).toEqual(fintech);
				expect(await caseBrowser.status()).toBe(count(fintech.length));
				expect(await caseBrowser.filterButtonText()).toBe(chosen);
				expect(new URL(page.url()).search).toBe('?industry=fintech');

				// Folded again, the choice stays and the results move up under the count.
				await button.click();
				expect(await panel.isVisible()).toBe(false);
				expect(await caseBrowser.firstCardTop()).toBeLessThan(phone.height);
			}
		);

		test('the button works from the keyboard, and clearing the filters leaves the focus on it', async ({ page, caseBrowser, site }) => {
			await caseBrowser.goto(site, 'en', '?industry=fintech&capability=sso');
			const button = caseBrowser.filterButton();
			const panel = await caseBrowser.filterPanel();
			expect(await caseBrowser.filterButtonText()).toBe('Filter (2)');
			await button.focus();
			await page.keyboard.press('Enter');
			expect(await button.getAttribute('aria-expanded')).toBe('true');
			expect(await panel.isVisible()).toBe(true);
			await page.keyboard.press('Space');
			expect(await button.getAttribute('aria-expanded')).toBe('false');
			expect(await panel.isVisible()).toBe(false);
			// Folded, clear all is folded away with the filters; open, it follows them.
			expect(await page.getByRole('button', { name: 'Clear all' }).count()).toBe(0);
			await page.keyboard.press('Enter');
			const boxes = await panel.getByRole('checkbox').count();
			for (let press = 0; press <= boxes; press++) await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear all');
			await page.keyboard.press('Enter');
			await caseBrowser.settled();
			expect(new URL(page.url()).search).toBe('');
			expect(await caseBrowser.filterButtonText()).toBe('Filter (0)');
			expect(await page.getByRole('button', { name: 'Clear all' }).count()).toBe(0);
			expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
		});

		test('without JavaScript every case of the page is listed and no control hides anything', async ({ newPage, site }) => {
			const page = await newPage({ javaScriptEnabled: false });
			const caseBrowser = new CaseBrowser(page);
			await page.goto(`${site}/zh-cn/cases/`);
			expect(await caseBrowser.filterButton().count()).toBe(0);
			expect(await page.locator('cs-case-browser [data-filters]').isVisible()).toBe(false);
			const cards = page.locator('.cs-card-list .cs-card');
			expect(await cards.count()).toBe(24);
			expect(await cards.evaluateAll((all) => all.filter((card) => card.getClientRects().length === 0).length)).toBe(0);
			expect(await caseBrowser.firstCardTop()).toBeLessThan(phone.height);
		});
	});

	test('at 1280 px nothing folds: the filters are open and there is no filter button', async ({ newPage, site }) => {
		const page = await newPage({ viewport: { width: 1280, height: 900 } });
		const caseBrowser = new CaseBrowser(page);
		await caseBrowser.goto(site, 'en');
		expect(await caseBrowser.filterButton().count()).toBe(0);
		expect(await (await caseBrowser.filterPanel()).isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'Filters' }).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Clear all' }).isVisible()).toBe(true);
		await caseBrowser.toggle(label('fintech', 'en'));
		expect(await caseBrowser.status()).toBe(`${expectedSlugs((data) => data.industries.includes('fintech')).length} cases`);
	});
});
