import { describe, expect } from 'vitest';
import { formatMetric } from '../../src/lib/metrics/format-metric.ts';
import { loadCaseFile, loadPayerMax } from '../support/case-file.ts';
import { CasePage } from './pages/case-page.ts';
import { siteTest } from './support/site-test.ts';

const test = siteTest();

/** The published PayerMax case, whose pages the reader switches between. */
const { zh, en } = loadPayerMax('content');
const figureOf = ({ data }: ReturnType<typeof loadCaseFile>, id: string, locale: 'zh-cn' | 'en') =>
	formatMetric(
		data.metrics.find((metric) => metric.id === id)!,
		locale
	).value;

describe('language switcher', () => {
	test('an English reader switches the PayerMax case to 简体中文', async ({ page, casePage, site }) => {
		await casePage.goto('en', 'payermax');
		expect(await casePage.heading().textContent()).toBe(en.data.title);
		await casePage.switchLanguage('Select language', '简体中文');
		await page.waitForURL(`${site}/zh-cn/cases/payermax/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		expect(await casePage.heading().textContent()).toBe(zh.data.title);
		expect(await casePage.figure('response-speed').locator('.cs-figure__value').textContent()).toBe(figureOf(zh, 'response-speed', 'zh-cn'));
	});

	test('and back to English, on a phone-sized screen', async ({ newPage, site }) => {
		const page = await newPage({ viewport: { width: 375, height: 800 } });
		const casePage = new CasePage(page, site);
		await casePage.goto('zh-cn', 'payermax');
		await page.getByRole('button', { name: '菜单' }).click();
		await casePage.switchLanguage('选择语言', 'English');
		await page.waitForURL(`${site}/en/cases/payermax/`);
		expect(await casePage.figure('handover-cycle').locator('.cs-figure__value').textContent()).toBe(figureOf(en, 'handover-cycle', 'en'));
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
