import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { loadPayerMax } from '../support/case-file.ts';
import { findSeriousA11yViolations } from './support/axe.ts';
import { servedSite, siteTest } from './support/site-test.ts';

/** `site`: Cloudflare Pages' rule, the nearest 404.html up the path; `rootOnlySite`: GitHub Pages' rule, /404.html for every path. */
const test = siteTest().extend('rootOnlySite', { scope: 'file' }, servedSite({ notFound: 'root' }));

/** The published PayerMax case: a search from the 404 page finds it. */
const payermax = loadPayerMax('content');

const languages = {
	'zh-CN': {
		title: '页面未找到',
		text: '这个地址没有页面',
		cases: '浏览全部案例',
		tags: '全部标签',
		home: '首页',
		search: '搜索案例',
		button: '搜索',
		query: '审批',
		hit: payermax.zh.data.title,
	},
	en: {
		title: 'Page not found',
		text: 'There is no page at this address',
		cases: 'Browse all cases',
		tags: 'All tags',
		home: 'Home',
		search: 'Search cases',
		button: 'Search',
		query: 'approvals',
		hit: payermax.en.data.title,
	},
} as const;

/** The ways back in that the message of `lang` offers, as `label → href`, read from the visible message. */
async function waysBackIn(page: Page, lang: keyof typeof languages) {
	const words = languages[lang];
	const message = page.locator(`.cs-not-found[lang="${lang}"]`);
	const href = (name: string) => message.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
	return {
		text: await message.locator('.cs-not-found__text').textContent(),
		search: await href(words.search),
		cases: await href(words.cases),
		tags: await href(words.tags),
		home: await href(words.home),
	};
}

const expectedWays = (lang: keyof typeof languages, locale: string) => ({
	text: expect.stringContaining(languages[lang].text),
	search: `/${locale}/cases/`,
	cases: `/${locale}/cases/`,
	tags: `/${locale}/tags/`,
	home: `/${locale}/`,
});

describe('a missing page', () => {
	test.for([
		{ path: '/en/nope/', lang: 'en', locale: 'en' },
		{ path: '/en/cases/payermx/', lang: 'en', locale: 'en' },
		{ path: '/zh-cn/nope/', lang: 'zh-CN', locale: 'zh-cn' },
		{ path: '/nope', lang: 'zh-CN', locale: 'zh-cn' },
	] as const)(
		'$path: status 404, in $lang, with search and the ways back in, with and without JavaScript',
		async ({ path, lang, locale }, { newPage, site }) => {
			for (const javaScriptEnabled of [true, false]) {
				const page = await newPage({ javaScriptEnabled });
				const response = await page.goto(site + path);
				expect(response?.status()).toBe(404);
				expect(await page.locator('html').getAttribute('lang')).toBe(lang);
				expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(languages[lang].title);
				expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
				expect(await page.locator('main').getAttribute('data-pagefind-body')).toBeNull();
				expect(await waysBackIn(page, lang)).toEqual(expectedWays(lang, locale));
				// Every way back in leads to a page.
				for (const href of Object.values(await waysBackIn(page, lang)).slice(1)) expect((await fetch(site + href!)).status).toBe(200);
			}
		}
	);

	test('/en/…: the English page is English throughout (header, search, language switch)', async ({ page, site }) => {
		await page.goto(`${site}/en/nope/`);
		expect(await page.title()).toBe('Page not found | Customer case reports');
		expect(await page.locator('.cs-not-found[lang="zh-CN"]').count()).toBe(0);
		await expect.poll(() => page.getByRole('button', { name: 'Search' }).first().isEnabled()).toBe(true);
		const options = await page
			.getByRole('combobox', { name: 'Select language' })
			.first()
			.locator('option')
			.evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
		expect(options.length).toBe(2);
		for (const option of options) expect((await fetch(site + option)).status).toBe(200);
	});

	test.for([
		{ path: '/en/nope/', lang: 'en' },
		{ path: '/zh-cn/nope/', lang: 'zh-CN' },
	] as const)('$path: the search box searches the cases in $lang', async ({ path, lang }, { page, searchModal, site }) => {
		await page.goto(site + path);
		await page.getByRole('link', { name: languages[lang].search }).click();
		await page.locator('dialog[open] [data-input]').waitFor();
		await searchModal.search(languages[lang].query);
		expect((await searchModal.resultTitles())[0]).toBe(languages[lang].hit);
		expect(page.url()).toBe(site + path);
	});
});

describe('a host with one 404 page for every path (GitHub Pages)', () => {
	test('without JavaScript: both languages, the default one first, each with its ways back in', async ({ newPage, rootOnlySite }) => {
		const page = await newPage({ javaScriptEnabled: false });
		const response = await page.goto(`${rootOnlySite}/en/nope/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('.cs-not-found').evaluateAll((list) => list.map((message) => message.getAttribute('lang')))).toEqual(['zh-CN', 'en']);
		expect(await waysBackIn(page, 'zh-CN')).toEqual(expectedWays('zh-CN', 'zh-cn'));
		expect(await waysBackIn(page, 'en')).toEqual(expectedWays('en', 'en'));
	});

	test.for([
		{ path: '/en/cases/payermx/', shown: ['en'] },
		{ path: '/zh-cn/nope/', shown: ['zh-CN'] },
		{ path: '/nope/', shown: ['zh-CN', 'en'] },
	])('with JavaScript, $path shows the message in $shown', async ({ path, shown }, { page, rootOnlySite }) => {
		await page.goto(rootOnlySite + path);
		await page.locator('cs-not-found-languages').waitFor();
		await expect.poll(() => page.locator('.cs-not-found:visible').evaluateAll((list) => list.map((message) => message.getAttribute('lang')))).toEqual(shown);
	});

	test.for(['light', 'dark'])(
		'%s theme: axe-core finds no serious or critical violation on the page with both languages',
		async (theme, { newPage, rootOnlySite }) => {
			// axe-core is injected as an inline script, which the site's CSP rightly refuses.
			const page = await newPage({ bypassCSP: true });
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto(`${rootOnlySite}/nope/`);
			expect(await findSeriousA11yViolations(page)).toEqual([]);
		}
	);
});
