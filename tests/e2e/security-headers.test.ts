import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

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

describe('security headers', () => {
	test('every page is served with a Content-Security-Policy and caching rules', async () => {
		const page = await fetch(`${site.url}/en/cases/payermax/`);
		expect(page.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
		expect(page.headers.get('x-content-type-options')).toBe('nosniff');
		const embed = await fetch(`${site.url}/en/embed/payermax/`);
		expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
		expect(embed.headers.get('x-frame-options')).toBeNull();
	});

	test.for(['zh-cn', 'en'])('%s: no page type violates the policy, with search, charts and filters in use', async (locale, { skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		const violations = await watchViolations(page);
		for (const type of ['', 'cases/', 'cases/payermax/', 'tags/', 'tags/approvals/', 'industries/', 'insights/', 'contribute/', 'contribute/translations/', 'embed/payermax/']) {
			await page.goto(`${site.url}/${locale}/${type}`, { waitUntil: 'networkidle' });
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 600) {
					window.scrollTo(0, y);
					await new Promise((resolve) => setTimeout(resolve, 40));
				}
			});
			await page.waitForFunction(() => [...document.querySelectorAll('cs-metric-chart')].every((chart) => chart.hasAttribute('data-drawn')));
		}
		await page.goto(`${site.url}/${locale}/cases/`, { waitUntil: 'networkidle' });
		await page.locator('cs-case-browser input[type="checkbox"]').first().check();
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] [data-input]').fill(locale === 'en' ? 'approvals' : '审批');
		await page.locator('dialog[open] .cs-result').first().waitFor();
		expect(violations).toEqual([]);
		await page.close();
	});
});
