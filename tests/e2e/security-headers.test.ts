import { scrollThroughPage } from './support/scroll.ts';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { servedSite, siteTest } from './support/site-test.ts';

/**
 * `site`: served with the build's `_headers`, as on Cloudflare Pages or Netlify. `bareSite`: the
 * same build served with no headers at all, as on GitHub Pages: only the pages' `<meta>` policy applies.
 */
const test = siteTest().extend('bareSite', { scope: 'file' }, servedSite({ headers: false }));

/** Records every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

const pageTypes = [
	'',
	'cases/',
	'cases/payermax/',
	'tags/',
	'tags/approvals/',
	'industries/',
	'insights/',
	'contribute/',
	'contribute/translations/',
	'embed/payermax/',
];

/** Every page type of a locale, with charts drawn, a filter, the search and the theme switcher in use. */
async function usePageTypes(page: Page, url: string, locale: string) {
	for (const type of pageTypes) {
		await page.goto(`${url}/${locale}/${type}`, { waitUntil: 'networkidle' });
		// The policy is the first thing in <head>: nothing runs before it.
		const metaFirst = await page.evaluate(() => {
			const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
			return (
				!!meta &&
				[...document.querySelectorAll('script, style, link[rel="stylesheet"]')].every(
					(node) => meta.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING
				)
			);
		});
		expect(metaFirst, `${locale}/${type}`).toBe(true);
		await scrollThroughPage(page, 600);
		await page.waitForFunction(() => [...document.querySelectorAll('cs-metric-chart')].every((chart) => chart.hasAttribute('data-drawn')));
	}
	await page.goto(`${url}/${locale}/cases/`, { waitUntil: 'networkidle' });
	await page.locator('cs-case-browser input[type="checkbox"]').first().check();
	await page.locator('starlight-theme-select select').first().selectOption('light');
	await page.keyboard.press('Control+k');
	await page.locator('dialog[open] [data-input]').fill(locale === 'en' ? 'approvals' : '审批');
	await page.locator('dialog[open] .cs-result').first().waitFor();
}

describe('security headers', () => {
	test('every page is served with a Content-Security-Policy and caching rules', async ({ site }) => {
		const page = await fetch(`${site}/en/cases/payermax/`);
		const policy = page.headers.get('content-security-policy');
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
		expect(policy).toContain("frame-ancestors 'self'");
		expect(policy?.split('; ').find((directive) => directive.startsWith('script-src '))).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		// The header is the pages' <meta> policy plus what only a header can say.
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await page.text())?.[1];
		expect(`${meta}; frame-ancestors 'self'`).toBe(policy);
		const embed = await fetch(`${site}/en/embed/payermax/`);
		expect(embed.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors *`);
		expect(embed.headers.get('x-frame-options')).toBeNull();
	});

	test.for([
		['zh-cn', 'headers'],
		['en', 'headers'],
		['zh-cn', 'meta only'],
		['en', 'meta only'],
	])(
		'%s, %s: no page type violates the policy, with search, charts, filters and the theme switcher in use',
		async ([locale, served], { newPage, site, bareSite }) => {
			const url = served === 'headers' ? site : bareSite;
			if (served === 'meta only') expect((await fetch(`${url}/${locale}/cases/payermax/`)).headers.get('content-security-policy')).toBeNull();
			const page = await newPage({ viewport: { width: 1280, height: 900 } });
			const violations = await watchViolations(page);
			await usePageTypes(page, url, locale!);
			expect(violations).toEqual([]);
		}
	);

	test('with the <meta> alone, a script injected into a page is refused and the site’s own scripts run', async ({ page, bareSite }) => {
		const violations = await watchViolations(page);
		// What a hostile contributor would want in the HTML: a script in the body, one after a
		// title that breaks out of <title>, an event handler, a style.
		await page.route('**/en/cases/payermax/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace('</title>', '</title><script>window.csInjected = "head"</script>')
				.replace(
					'</body>',
					'<script>window.csInjected = "body"</script><img src="/no-such.png" onerror="window.csInjected = \'handler\'"><style>body{display:none}</style></body>'
				);
			await route.fulfill({ response, body: html });
		});
		await page.goto(`${bareSite}/en/cases/payermax/`, { waitUntil: 'networkidle' });
		const state = await page.evaluate(() => ({
			injected: (window as unknown as { csInjected?: string }).csInjected,
			// Starlight's inline theme script (allowed by hash) and a bundled component script ran.
			theme: document.documentElement.dataset.theme,
			themeProvider: typeof (window as unknown as { StarlightThemeProvider?: object }).StarlightThemeProvider,
			themeSelect: !!customElements.get('starlight-theme-select'),
			bodyShown: getComputedStyle(document.body).display !== 'none',
		}));
		expect(state).toEqual({ injected: undefined, theme: expect.stringMatching(/^(dark|light)$/), themeProvider: 'object', themeSelect: true, bodyShown: true });
		// Each refusal, as the securitypolicyviolation events report it (the console repeats them in prose).
		const refused = violations.filter((text) => /^[a-z-]+ inline /.test(text)).map((text) => text.split(' ')[0]);
		expect(refused.sort()).toEqual(['script-src-attr', 'script-src-elem', 'script-src-elem', 'style-src-elem']);
	});
});
