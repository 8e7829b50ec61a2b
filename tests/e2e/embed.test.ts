import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, onTestFinished, test } from 'vitest';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

describe('the embeddable widget', () => {
	test.for([
		{ locale: 'zh-cn', first: '↑50%', link: '阅读完整案例' },
		{ locale: 'en', first: '+50%', link: 'Read the full case' },
	])('$locale: works inside an iframe of another page, with its figures, a chart and a link back', async ({ locale, first, link }, { skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage({ viewport: { width: 900, height: 900 } });
		// A partner's page on another origin: a second server on 127.0.0.1.
		const partner = createServer((_request, response) => {
			response.setHeader('Content-Type', 'text/html');
			response.end(`<h1>Partner page</h1><iframe title="PayerMax" src="${site.url}/${locale}/embed/payermax/" width="720" height="800"></iframe>`);
		});
		await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
		onTestFinished(() => void partner.close());
		await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/article`);
		const frame = page.frameLocator('iframe');
		await frame.locator('#metric-response-speed').waitFor();
		expect(await frame.locator('.cs-figure').count()).toBe(6);
		expect(await frame.locator('#metric-response-speed .cs-figure__value').textContent()).toBe(first);
		await frame.locator('#chart-improvement').scrollIntoViewIfNeeded();
		await frame.locator('#chart-improvement cs-metric-chart[data-drawn]').waitFor();
		const back = frame.getByRole('link', { name: new RegExp(link) });
		expect(await back.getAttribute('href')).toBe(`http://127.0.0.1:4321/${locale}/cases/payermax/`);
		expect(await back.getAttribute('target')).toBe('_blank');
		expect(await frame.locator('nav, #starlight__sidebar, cs-site-search').count()).toBe(0);
		await page.close();
	});
});
