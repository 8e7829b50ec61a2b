import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { loadFixtureCorpus } from '../support/fixture-corpus';
import { ChartWidget } from './pages/case-page';
import { servedSite, siteTest } from './support/site-test.ts';

// The synthetic cases have no charts; the search fixture's cases have one of each kind.
const test = siteTest({ dir: 'dist-fixtures/synthetic' }).extend('chartSite', { scope: 'file' }, servedSite({ dir: 'dist-fixtures/search' }));
const { index, tags, byLocale } = loadFixtureCorpus('tests/fixtures/corpora/synthetic');
const viewport = { width: 1280, height: 800 };
// Reduced motion: no smooth scrolling, so where focus or a jump lands can be checked at once.
test.override('pageOptions', { viewport, reducedMotion: 'reduce' });

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has focus, as a keyboard user gets there; fails when it is not in the tab order. */
async function tabTo(page: Page, target: Locator, limit = 150) {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await isFocused(target)) return;
	}
	throw new Error(`${target} is not reached in ${limit} presses of Tab`);
}

/** Presses Escape once: the search dialog must close on that one press. */
async function escapeCloses(page: Page) {
	await page.keyboard.press('Escape');
	await page.waitForFunction(() => !document.querySelector('dialog[open]'), undefined, { timeout: 2_000 });
}

/**
 * Asserts the focused control shows where focus is: a computed outline or shadow, and pixels around
 * it that change when it loses focus (a style that draws nothing, or the same as unfocused, fails).
 */
async function expectFocusIndicator(page: Page, what: string) {
	const focused = await page.evaluateHandle(() => document.activeElement as HTMLElement);
	const style = await focused.evaluate((element) => {
		const css = getComputedStyle(element);
		return { focusVisible: element.matches(':focus-visible'), outline: `${css.outlineStyle} ${css.outlineWidth}`, boxShadow: css.boxShadow };
	});
	expect(style.focusVisible, what).toBe(true);
	expect((!style.outline.startsWith('none') && !style.outline.endsWith(' 0px')) || style.boxShadow !== 'none', `${what}: ${JSON.stringify(style)}`).toBe(true);
	const clip = await focused.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const [x, y] = [Math.max(0, box.x - 6), Math.max(0, box.y - 6)];
		return { x, y, width: Math.min(innerWidth - x, box.right + 6 - x), height: Math.min(innerHeight - y, box.bottom + 6 - y) };
	});
	const withFocus = await page.screenshot({ clip });
	await focused.evaluate((element) => element.blur());
	const withoutFocus = await page.screenshot({ clip });
	await focused.evaluate((element) => element.focus());
	await focused.dispose();
	expect(withFocus.equals(withoutFocus), `${what}: focus changes no pixel around it`).toBe(false);
}

describe('the cases browser by keyboard', () => {
	const label = (id: string, lang: 'zh-CN' | 'en') => tags.find((tag) => tag.id === id)!.label[lang];
	const fintech = index.cases.filter((item) => item.data.industries.includes('fintech')).map((item) => item.slug);

	test.for([
		{ locale: 'zh-cn', lang: 'zh-CN' as const, clear: '清除全部', status: (count: number) => `${count} 个案例` },
		{ locale: 'en', lang: 'en' as const, clear: 'Clear all', status: (count: number) => `${count} case${count === 1 ? '' : 's'}` },
	])('$locale: Tab to a filter, Space ticks it, Enter on "$clear" clears it', async ({ locale, lang, clear, status }, { page, caseBrowser, site }) => {
		await page.goto(`${site}/${locale}/cases/`, { waitUntil: 'networkidle' });
		await caseBrowser.settled();
		const box = page.locator('cs-case-browser').getByRole('checkbox', { name: label('fintech', lang) });
		await tabTo(page, box);
		await expectFocusIndicator(page, 'filter checkbox');

		await page.keyboard.press('Space');
		expect(await box.isChecked()).toBe(true);
		await page.waitForURL(`${site}/${locale}/cases/?industry=fintech`);
		await page.waitForFunction(() => !document.querySelector('cs-case-browser [data-status]')?.textContent?.match(/正在筛选|Filtering/));
		await caseBrowser.settled();
		expect(await caseBrowser.visibleSlugs()).toEqual(fintech);
		expect(await caseBrowser.status()).toBe(status(fintech.length));
		// The new results must not take focus away from the filter being used.
		expect(await isFocused(box)).toBe(true);

		const clearButton = page.getByRole('button', { name: clear });
		await tabTo(page, clearButton);
		await expectFocusIndicator(page, 'clear button');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site}/${locale}/cases/`);
		await caseBrowser.settled();
		expect(await caseBrowser.checked()).toEqual([]);
		expect(await caseBrowser.visibleSlugs()).toEqual(index.cases.slice(0, 24).map((item) => item.slug));
		expect(await caseBrowser.status()).toBe(status(index.cases.length));
	});
});

describe('the language switcher by keyboard', () => {
	test.for([
		{ from: 'zh-cn', to: 'en' as const, name: '选择语言', key: 'ArrowDown', lang: 'en' },
		{ from: 'en', to: 'zh-cn' as const, name: 'Select language', key: 'ArrowUp', lang: 'zh-CN' },
	])('$from: Tab to the switcher and $key opens the same case in $to', async ({ from, to, name, key, lang }, { page, site }) => {
		await page.goto(`${site}/${from}/cases/synthetic-0001/`, { waitUntil: 'networkidle' });
		// Starlight renders the switcher twice (header and mobile menu); the header one is on screen.
		const select = page.getByRole('combobox', { name }).locator('visible=true').first();
		await tabTo(page, select);
		await expectFocusIndicator(page, 'language switcher');
		await page.keyboard.press(key);
		await page.waitForURL(`${site}/${to}/cases/synthetic-0001/`);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(byLocale[to].get('synthetic-0001')!.title);
	});
});

describe('the site search by keyboard', () => {
	test.for([
		{ locale: 'zh-cn', button: '搜索', title: byLocale['zh-cn'].get('synthetic-0001')!.title },
		{ locale: 'en', button: 'Search', title: byLocale.en.get('synthetic-0001')!.title },
	])(
		'$locale: Enter on the search button opens it, ↓ makes a result active, Escape returns focus, Enter opens the result',
		async ({ locale, button, title }, { page, searchModal, site }) => {
			await page.goto(`${site}/${locale}/cases/`, { waitUntil: 'networkidle' });
			const opener = page.getByRole('button', { name: button }).first();
			await tabTo(page, opener);
			await expectFocusIndicator(page, 'search button');

			await page.keyboard.press('Enter');
			await page.locator('dialog[open] [data-input]').waitFor();
			expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] [data-input]'))).toBe(true);
			await page.keyboard.type('Synthetic Alpha 0001');
			await searchModal.settled();
			const result = page.locator('dialog[open] [role="option"]').first();
			expect(await result.locator('.cs-result__title').textContent()).toBe(title);
			// The combobox pattern: focus stays in the field, ↓ makes the first result the active one.
			await page.keyboard.press('ArrowDown');
			expect(await page.locator('dialog[open] [data-input]').getAttribute('aria-activedescendant')).toBe(await result.getAttribute('id'));
			expect(await result.getAttribute('aria-selected')).toBe('true');
			expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] [data-input]'))).toBe(true);

			// Escape closes the dialog and puts focus back on the button that opened it, still visible.
			await escapeCloses(page);
			expect(await isFocused(opener)).toBe(true);
			expect(await opener.evaluate((element) => element.matches(':focus-visible'))).toBe(true);

			// Reopened, the query and its results are still there; Enter on a result opens it.
			await page.keyboard.press('Enter');
			await page.locator('dialog[open] [data-input]').waitFor();
			expect(await page.locator('dialog[open] [data-input]').inputValue()).toBe('Synthetic Alpha 0001');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await page.waitForURL(`${site}/${locale}/cases/synthetic-0001/`);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
		}
	);

	test.for(['zh-cn', 'en'])('%s: Ctrl+K opens it from a filter, Escape gives focus back to that filter', async (locale, { page, searchModal, site }) => {
		await page.goto(`${site}/${locale}/cases/`, { waitUntil: 'networkidle' });
		// Scoped: the search dialog has filter boxes of its own.
		const box = page.locator('cs-case-browser').getByRole('checkbox').first();
		await tabTo(page, box);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] [data-input]').waitFor();
		expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] [data-input]'))).toBe(true);
		await page.keyboard.type('Synthetic');
		await searchModal.settled();
		// From the field too: one Escape closes, without wiping the query on the way.
		await escapeCloses(page);
		expect(await page.locator('[data-input]').inputValue()).toBe('Synthetic');
		expect(await isFocused(box)).toBe(true);
		// The keys typed went to the search, not to the page: the filter is still unticked.
		expect(await box.isChecked()).toBe(false);
	});
});

describe('chart tables by keyboard', () => {
	// The table is not behind a toggle: it is always shown under the chart, its row headers link to the figures.
	test.for([
		{ locale: 'zh-cn', slug: 'atlas-pay', chart: 'chart-improvement' },
		{ locale: 'zh-cn', slug: 'bloom-retail', chart: 'chart-time' },
		{ locale: 'en', slug: 'atlas-pay', chart: 'chart-improvement' },
		{ locale: 'en', slug: 'bloom-retail', chart: 'chart-time' },
	])('$locale: Tab reaches the table of $chart on $slug, with the numbers of the chart', async ({ locale, slug, chart }, { page, chartSite }) => {
		await page.goto(`${chartSite}/${locale}/cases/${slug}/`, { waitUntil: 'networkidle' });
		const link = page.locator(`#${chart} table tbody th a`).first();
		await tabTo(page, link);
		await expectFocusIndicator(page, 'table row link');
		// Focus brought the table on screen, with its numbers.
		const table = page.locator(`#${chart} table`);
		expect(await table.isVisible()).toBe(true);
		const box = (await link.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		const cells = await table.locator('tbody td').allInnerTexts();
		expect(cells.length).toBeGreaterThan(0);
		for (const cell of cells) expect(cell).toMatch(/\d/);
		// Once the chart is drawn, the table holds the numbers it draws.
		const widget = new ChartWidget(page, chart);
		await widget.scrollIntoViewAndWait();
		expect(await widget.tableData()).toEqual(await widget.chartData());

		// Enter on a row follows it to the figure it names.
		const target = (await link.getAttribute('href'))!;
		await page.keyboard.press('Enter');
		await page.waitForURL(`${chartSite}/${locale}/cases/${slug}/${target}`);
		const figure = (await page.locator(target).boundingBox())!;
		expect(figure.y).toBeGreaterThanOrEqual(0);
		expect(figure.y).toBeLessThan(viewport.height);
	});
});
