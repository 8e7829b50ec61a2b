import { scrollThroughPage } from './support/scroll.ts';
import { describe, expect } from 'vitest';
import { findSeriousA11yViolations } from './support/axe';
import { siteTest } from './support/site-test.ts';

const test = siteTest({ dir: 'dist-fixtures/synthetic' });

/** One page of each type; charts are drawn (scrolled into view) before axe looks. */
const pageTypes = [
	'/',
	'cases/',
	'cases/page/2/',
	'cases/synthetic-0001/',
	'tags/',
	'tags/approvals/',
	'tags/feishu/page/2/',
	'industries/',
	'insights/',
	'contribute/',
	'contribute/translations/',
	'embed/synthetic-0001/',
	'no-such-page/',
];

describe.each(['zh-cn', 'en'])('accessibility in %s', (locale) => {
	// axe-core is injected as an inline script, which the site's CSP rightly refuses.
	test.override('pageOptions', { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', bypassCSP: true });

	test.for(['light', 'dark'])('%s theme: axe-core finds no serious or critical violation on any page type', async (theme, { page, site }) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		const problems: string[] = [];
		for (const type of pageTypes) {
			await page.goto(`${site}/${locale}/${type === '/' ? '' : type}`, { waitUntil: 'networkidle' });
			await scrollThroughPage(page, 700);
			await page.waitForFunction(() => [...document.querySelectorAll('cs-metric-chart')].every((chart) => chart.hasAttribute('data-drawn')));
			problems.push(...(await findSeriousA11yViolations(page)).map((problem) => `${type}: ${problem}`));
		}
		expect(problems).toEqual([]);
	});
});
