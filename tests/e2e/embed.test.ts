import { previewOrigin } from '../../src/lib/urls.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import { findSeriousA11yViolations } from './support/axe';
import { siteTest, type NewPage } from './support/site-test.ts';

// eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from a destructuring pattern.
const test = siteTest().extend('servePartnerPage', async ({}, { onCleanup }) => {
	const partners: Server[] = [];
	onCleanup(async () => {
		await Promise.all(
			partners.map((partner) => {
				const closed = new Promise((resolve) => partner.close(resolve));
				// A page's kept-alive connection would hold the close for seconds.
				partner.closeAllConnections();
				return closed;
			})
		);
	});
	/** Serves `html` as a partner's page on another origin (a second server on 127.0.0.1) until the test ends; returns its origin. */
	return async (html: string): Promise<string> => {
		const partner = createServer((_request, response) => {
			response.setHeader('Content-Type', 'text/html; charset=utf-8');
			response.end(html);
		});
		partners.push(partner);
		await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
	};
});

describe('the embeddable widget', () => {
	test.for([
		{ locale: 'zh-cn', first: '↑50%', link: '阅读完整案例' },
		{ locale: 'en', first: '+50%', link: 'Read the full case' },
	])(
		'$locale: works inside an iframe of another page, with its figures, a chart and a link back',
		async ({ locale, first, link }, { newPage, site, servePartnerPage }) => {
			const page = await newPage({ viewport: { width: 900, height: 900 } });
			const partner = await servePartnerPage(
				`<h1>Partner page</h1><iframe title="PayerMax" src="${site}/${locale}/embed/payermax/" width="720" height="800"></iframe>`
			);
			await page.goto(`${partner}/article`);
			const frame = page.frameLocator('iframe');
			await frame.locator('#metric-response-speed').waitFor();
			expect(await frame.locator('.cs-figure').count()).toBe(6);
			expect(await frame.locator('#metric-response-speed .cs-figure__value').textContent()).toBe(first);
			await frame.locator('#chart-improvement').scrollIntoViewIfNeeded();
			await frame.locator('#chart-improvement cs-metric-chart[data-drawn]').waitFor();
			const back = frame.getByRole('link', { name: new RegExp(link) });
			expect(await back.getAttribute('href')).toBe(`${previewOrigin}/${locale}/cases/payermax/`);
			expect(await back.getAttribute('target')).toBe('_blank');
			expect(await frame.locator('nav, #starlight__sidebar, cs-site-search').count()).toBe(0);
		}
	);
});

/** Whether the iframe is as tall as the embed's content: no inner scroll, at most a few pixels below it. */
async function fitsContent(iframe: Locator, frame: FrameLocator): Promise<boolean> {
	const gap =
		(await iframe.evaluate((element) => element.clientHeight)) -
		(await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height)));
	return gap >= 0 && gap <= 4;
}

describe('embedding a case from its page', () => {
	/** The snippet the case page offers, read from its Embed control (opened as a reader opens it). */
	async function copySnippet(newPage: NewPage, site: string, locale: string, options: { javaScriptEnabled?: boolean } = {}) {
		const page = await newPage(options);
		await page.goto(`${site}/${locale}/cases/payermax/`);
		await page.locator('summary', { hasText: locale === 'en' ? 'Embed' : '嵌入' }).click();
		const code = page.getByRole('textbox', { name: locale === 'en' ? 'Embed code' : '嵌入代码' });
		await code.waitFor({ state: 'visible' });
		const snippet = await code.inputValue();
		const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
		return { snippet, canonical };
	}

	test.for(['zh-cn', 'en'])(
		'%s: the Embed control shows an iframe of the embed and the sizing script, without JavaScript too',
		async (locale, { newPage, site }) => {
			for (const javaScriptEnabled of [true, false]) {
				const { snippet, canonical } = await copySnippet(newPage, site, locale, { javaScriptEnabled });
				const [iframe, script] = snippet.split('\n');
				expect(iframe).toMatch(
					new RegExp(
						`^<iframe src="${canonical}/${locale}/embed/payermax/" title="PayerMax · [^"]+" loading="lazy" style="width:100%;border:0" height="\\d+"></iframe>$`
					)
				);
				expect(script).toBe(`<script src="${canonical}/embed.js" async></script>`);
			}
		}
	);

	test.for(['zh-cn', 'en'])(
		'%s: on a partner page of another origin, the pasted snippet makes the frame as tall as the embed, and the embed has no copy-link button',
		async (locale, { newPage, site, servePartnerPage }) => {
			const { snippet, canonical } = await copySnippet(newPage, site, locale);
			// Deployed at site instead of the build's SITE_URL: the snippet as that site would give it.
			const pasted = snippet.replaceAll(`${canonical}/`, `${site}/`);
			const partner = await servePartnerPage(
				`<!doctype html><html><body style="margin:0"><h1>Partner page</h1><p>Our customers in figures:</p>${pasted}<p>Footer</p></body></html>`
			);
			const page = await newPage({ viewport: { width: 800, height: 900 } });
			const scripts: string[] = [];
			page.on('response', (response) => response.url().endsWith('/embed.js') && scripts.push(`${response.status()} ${response.headers()['content-type']}`));
			await page.goto(`${partner}/`);
			const iframe = page.locator('iframe');
			const frame = page.frameLocator('iframe');
			await frame.locator('#metric-response-speed').waitFor();
			// The frame grows to its content, with no more than a few pixels below it.
			await expect.poll(() => fitsContent(iframe, frame), { timeout: 10_000 }).toBe(true);
			const height = await iframe.evaluate((element) => element.clientHeight);
			// Set by /embed.js, not the snippet's estimate.
			expect(await iframe.evaluate((element) => element.style.height)).toBe(`${height}px`);
			// No inner scroll: the embed's document fits its frame.
			expect(await frame.locator('html').evaluate((html) => html.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
			expect(scripts).toEqual([expect.stringMatching(/^200 text\/javascript/)]);
			expect(await frame.getByRole('button').count()).toBe(0);
			expect(await frame.locator('cs-copy-links, .cs-copy-link').count()).toBe(0);
		}
	);

	test('a narrower partner column makes the frame taller, a wider one shorter again', async ({ newPage, site, servePartnerPage }) => {
		const { snippet, canonical } = await copySnippet(newPage, site, 'en');
		const partner = await servePartnerPage(
			`<!doctype html><html><body><main id="column" style="width:900px">${snippet.replaceAll(`${canonical}/`, `${site}/`)}</main></body></html>`
		);
		const page = await newPage({ viewport: { width: 1000, height: 900 } });
		await page.goto(`${partner}/`);
		const iframe = page.locator('iframe');
		const frame = page.frameLocator('iframe');
		const frameHeight = () => iframe.evaluate((element) => element.clientHeight);
		const fits = () => expect.poll(() => fitsContent(iframe, frame)).toBe(true);
		await fits();
		const wide = await frameHeight();
		await page.locator('#column').evaluate((column) => (column.style.width = '340px'));
		await expect.poll(frameHeight).toBeGreaterThan(wide);
		await fits();
		const narrow = await frameHeight();
		await page.locator('#column').evaluate((column) => (column.style.width = '900px'));
		await expect.poll(frameHeight).toBeLessThan(narrow);
		await fits();
	});

	test('"Copy code" puts the snippet on the clipboard and says so', async ({ newPage, site }) => {
		const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(`${site}/en/cases/payermax/`);
		await page.locator('summary', { hasText: 'Embed' }).click();
		await page.getByRole('button', { name: 'Copy code' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByRole('textbox', { name: 'Embed code' }).inputValue());
	});

	test('"Copy code" that the browser refuses leaves the code selected and says how to copy it', async ({ page, site }) => {
		await page.addInitScript(() => (navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))));
		await page.goto(`${site}/en/cases/payermax/`);
		await page.locator('summary', { hasText: 'Embed' }).click();
		await page.getByRole('button', { name: 'Copy code' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Could not copy: the code is selected' }).count()).toBe(1);
	});

	test.for(['light', 'dark'])('the opened Embed control: axe-core finds no serious or critical violation (%s theme)', async (theme, { newPage, site }) => {
		const page = await newPage({ bypassCSP: true });
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		const problems: string[] = [];
		for (const locale of ['zh-cn', 'en']) {
			await page.goto(`${site}/${locale}/cases/payermax/`);
			await page.locator('details.cs-embed-control summary').click();
			await page.locator('details.cs-embed-control textarea').waitFor({ state: 'visible' });
			problems.push(...(await findSeriousA11yViolations(page)).map((problem) => `${locale}: ${problem}`));
		}
		expect(problems).toEqual([]);
	});
});
