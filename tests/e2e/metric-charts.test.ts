import { previewOrigin } from '../../src/lib/urls.ts';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ChartWidget } from './pages/case-page';
import { findSeriousA11yViolations } from './support/axe';
import { siteTest, type NewPage } from './support/site-test.ts';

const test = siteTest();
const isChartChunk = (url: string) => /\/metric-chart\.draw\.[\w-]+\.js$/.test(url);

/** Opens `url` in a phone-sized page that records every script it requests. */
async function openPage(newPage: NewPage, url: string, options: { width?: number; height?: number } = {}) {
	// bypassCSP: axe-core is injected as an inline script, which the site's CSP rightly refuses (tests/e2e/security-headers.test.ts checks the policy).
	const page = await newPage({
		viewport: { width: options.width ?? 375, height: options.height ?? 800 },
		reducedMotion: 'reduce',
		bypassCSP: true,
	});
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	return { page, scripts };
}

/**
 * Scrolls to `top` (the end of the page by default) and returns once the browser has handled that
 * scroll: our IntersectionObserver is called after the page's own (observers are notified in the
 * order they were made, in the same rendering step), and it then sends a request of its own.
 * Requests reach the log in the order they were made, so once ours is there, any script the
 * page's observers asked for is there too; no timer decides how long "not loaded" has to last.
 */
async function scrollAndSettle(page: Page, top?: number) {
	const afterScroll = page.waitForRequest((request) => new URL(request.url()).search === '?after-scroll');
	await page.evaluate(
		(top) =>
			new Promise<void>((resolve) => {
				window.scrollTo(0, top ?? document.body.scrollHeight);
				const observer = new IntersectionObserver(() => {
					observer.disconnect();
					void fetch(`${location.pathname}?after-scroll`).finally(resolve);
				});
				observer.observe(document.body);
			}),
		top
	);
	await afterScroll;
}

describe('charts on a case page', () => {
	test.for(['zh-cn', 'en'])('%s: Chart.js loads only when a chart nears the viewport, then draws', async (locale, { newPage, site }) => {
		const { page, scripts } = await openPage(newPage, `${site}/${locale}/cases/payermax/`);
		expect(scripts.filter(isChartChunk)).toEqual([]);
		// Scrolled down to 400 px short of where the loader (it looks 200 px ahead) would see the first chart: still nothing.
		const stopShortOfChart = await page
			.locator('cs-metric-chart')
			.first()
			.evaluate((element) => element.getBoundingClientRect().top + window.scrollY - window.innerHeight - 200 - 400);
		expect(stopShortOfChart, 'the first chart is far enough down the page to scroll towards it').toBeGreaterThan(0);
		await scrollAndSettle(page, stopShortOfChart);
		expect(scripts.filter(isChartChunk)).toEqual([]);
		expect(await page.locator('cs-metric-chart[data-drawn]').count()).toBe(0);

		const chart = new ChartWidget(page, 'chart-improvement');
		await chart.scrollIntoViewAndWait();
		expect(scripts.filter(isChartChunk)).toHaveLength(1);
		expect(await chart.drawnPixels()).toBeGreaterThan(2000);
	});

	test('a page without figures loads no chart code at all', async ({ newPage, site }) => {
		for (const path of ['/zh-cn/', '/en/cases/']) {
			const { page, scripts } = await openPage(newPage, site + path);
			await scrollAndSettle(page);
			expect(scripts.filter(isChartChunk), path).toEqual([]);
			expect(await page.evaluate(() => customElements.get('cs-metric-chart')), path).toBeUndefined();
		}
	});

	test('the table under each chart holds the numbers the chart draws', async ({ newPage, site }) => {
		const { page } = await openPage(newPage, `${site}/en/cases/payermax/`, { width: 1280, height: 900 });
		for (const id of ['chart-improvement', 'chart-time']) {
			const chart = new ChartWidget(page, id);
			await chart.scrollIntoViewAndWait();
			expect(await chart.chartData(), id).toEqual(await chart.tableData());
		}
		expect(await new ChartWidget(page, 'chart-improvement').chartData()).toEqual([[50, 98, 80]]);
	});

	test('charts follow the page from 320 px to wide screens, and honour reduced motion', async ({ newPage, site }) => {
		const { page } = await openPage(newPage, `${site}/zh-cn/cases/payermax/`, { width: 1280, height: 900 });
		const chart = new ChartWidget(page, 'chart-improvement');
		await chart.scrollIntoViewAndWait();
		const canvasWidth = () => chart.element().evaluate((element) => element.querySelector('canvas')!.getBoundingClientRect().width);
		const wide = await canvasWidth();
		await page.setViewportSize({ width: 320, height: 800 });
		await page.waitForFunction((before) => document.querySelector('#chart-improvement canvas')!.getBoundingClientRect().width < before, wide);
		expect(await canvasWidth()).toBeLessThanOrEqual(320);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(await chart.element().evaluate((element) => (element as unknown as { chart: { options: { animation: unknown } } }).chart.options.animation)).toBe(
			false
		);
	});

	test('switching to the dark theme recolours a drawn chart', async ({ newPage, site }) => {
		const { page } = await openPage(newPage, `${site}/en/cases/payermax/`, { width: 1280, height: 900 });
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
		const chart = new ChartWidget(page, 'chart-time');
		await chart.scrollIntoViewAndWait();
		const [colours, image] = [await chart.colours(), await chart.canvasImage()];
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect(await chart.colours()).not.toBe(colours);
		expect(await chart.canvasImage()).not.toBe(image);
	});

	test('"Copy link" on a figure copies the absolute URL of that figure', async ({ newPage, site }) => {
		const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(`${site}/zh-cn/cases/payermax/`);
		await page
			.locator('#metric-handover-cycle')
			.getByRole('button', { name: /复制链接/ })
			.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${previewOrigin}/zh-cn/cases/payermax/#metric-handover-cycle`);
		await page
			.locator('#metric-handover-cycle')
			.getByRole('button', { name: /已复制/ })
			.waitFor();
	});

	test('"Copy link" that the browser refuses says so on the button, with no unhandled error', async ({ page, site }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript(() => (navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))));
		await page.goto(`${site}/zh-cn/cases/payermax/`);
		await page
			.locator('#metric-handover-cycle')
			.getByRole('button', { name: /复制链接/ })
			.click();
		await page
			.locator('#metric-handover-cycle')
			.getByRole('button', { name: /无法复制/ })
			.waitFor();
		expect(errors).toEqual([]);
	});

	test('without JavaScript the figures and tables are all there', async ({ newPage, site }) => {
		const page = await newPage({ javaScriptEnabled: false });
		await page.goto(`${site}/zh-cn/cases/payermax/`);
		expect(await page.locator('.cs-figure').count()).toBe(6);
		expect(await page.locator('#chart-time table').isVisible()).toBe(true);
		expect(await page.locator('#chart-time .cs-chart__canvas').isVisible()).toBe(false);
	});

	test.for(['zh-cn', 'en'])('%s: axe-core finds no serious or critical violation on the case page', async (locale, { newPage, site }) => {
		for (const theme of ['light', 'dark']) {
			const { page } = await openPage(newPage, `${site}/${locale}/cases/payermax/`, { width: 1280, height: 900 });
			await page.evaluate((t) => {
				localStorage.setItem('starlight-theme', t);
				document.documentElement.dataset.theme = t;
			}, theme);
			for (const id of ['chart-improvement', 'chart-time']) await new ChartWidget(page, id).scrollIntoViewAndWait();
			expect(await findSeriousA11yViolations(page), `${locale} ${theme}`).toEqual([]);
		}
	});
});
