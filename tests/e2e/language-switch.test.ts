import { describe, expect } from 'vitest';
import { CasePage } from './pages/case-page.ts';
import { siteTest } from './support/site-test.ts';

const test = siteTest();

describe('language switcher', () => {
	test('an English reader switches the PayerMax case to 简体中文', async ({ page, casePage, site }) => {
		await casePage.goto('en', 'payermax');
		expect(await casePage.heading().textContent()).toContain('PayerMax: how a cross-border payments company');
		await casePage.switchLanguage('Select language', '简体中文');
		await page.waitForURL(`${site}/zh-cn/cases/payermax/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		expect(await casePage.heading().textContent()).toBe('PayerMax：用飞书打通海内外团队协同的跨境支付公司');
		expect(await casePage.figure('response-speed').locator('.cs-figure__value').textContent()).toBe('↑50%');
	});

	test('and back to English, on a phone-sized screen', async ({ newPage, site }) => {
		const page = await newPage({ viewport: { width: 375, height: 800 } });
		const casePage = new CasePage(page, site);
		await casePage.goto('zh-cn', 'payermax');
		await page.getByRole('button', { name: '菜单' }).click();
		await casePage.switchLanguage('选择语言', 'English');
		await page.waitForURL(`${site}/en/cases/payermax/`);
		expect(await casePage.figure('handover-cycle').locator('.cs-figure__value').textContent()).toBe('3 days → 1 hour');
	});
});

describe('the root page', () => {
	test.for([
		{ languages: 'zh-CN', expected: '/zh-cn/' },
		{ languages: 'en-US', expected: '/en/' },
		{ languages: 'fr-FR', expected: '/en/' },
	])('sends a $languages browser to $expected', async ({ languages, expected }, { newPage, site }) => {
		const page = await newPage({ locale: languages });
		await page.goto(`${site}/`);
		await page.waitForURL(`${site}${expected}`);
	});

	test('offers plain links to both languages without JavaScript', async ({ newPage, site }) => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${site}/`);
		expect(page.url()).toBe(`${site}/`);
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(`${site}/en/`);
	});
});
