import { describe, expect, test } from 'vitest';
import { CasePage } from './pages/case-page.ts';
import { useBuiltSite } from './support/site.ts';

const site = useBuiltSite();

describe('language switcher', () => {
	test('an English reader switches the PayerMax case to 简体中文', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage();
		const casePage = new CasePage(page, site.url);
		await casePage.goto('en', 'payermax');
		expect(await casePage.heading().textContent()).toContain('PayerMax: how a cross-border payments company');
		await casePage.switchLanguage('Select language', '简体中文');
		await page.waitForURL(`${site.url}/zh-cn/cases/payermax/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		expect(await casePage.heading().textContent()).toBe('PayerMax：用飞书打通海内外团队协同的跨境支付公司');
		expect(await casePage.figure('response-speed').locator('.cs-figure__value').textContent()).toBe('↑50%');
		await page.close();
	});

	test('and back to English, on a phone-sized screen', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
		const casePage = new CasePage(page, site.url);
		await casePage.goto('zh-cn', 'payermax');
		await page.getByRole('button', { name: '菜单' }).click();
		await casePage.switchLanguage('选择语言', 'English');
		await page.waitForURL(`${site.url}/en/cases/payermax/`);
		expect(await casePage.figure('handover-cycle').locator('.cs-figure__value').textContent()).toBe('3 days → 1 hour');
		await page.close();
	});
});

describe('the root page', () => {
	test.for([
		{ languages: 'zh-CN', expected: '/zh-cn/' },
		{ languages: 'en-US', expected: '/en/' },
		{ languages: 'fr-FR', expected: '/en/' },
	])('sends a $languages browser to $expected', async ({ languages, expected }, { skip }) => {
		if (!site.browser) return skip('no Chromium');
		const context = await site.browser.newContext({ locale: languages });
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		await page.waitForURL(`${site.url}${expected}`);
		await context.close();
	});

	test('offers plain links to both languages without JavaScript', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		expect(page.url()).toBe(`${site.url}/`);
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(`${site.url}/en/`);
		await context.close();
	});
});
