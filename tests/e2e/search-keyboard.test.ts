import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import en from '../../src/content/i18n/en.json';
import zh from '../../src/content/i18n/zh-CN.json';
import { SearchModal } from './pages/search-modal';
import { findSeriousA11yViolations } from './support/axe';
import { siteTest, type NewPage } from './support/site-test.ts';

const test = siteTest({ dir: 'dist-fixtures/search' });
const strings = { 'zh-cn': zh, en } as const;
const buttonName = { 'zh-cn': '搜索', en: 'Search' } as const;

/** Opens `url` in a new page; with `axe`, the site's CSP lets the injected axe-core script run. */
async function openPage(newPage: NewPage, url: string, options: { theme?: 'light' | 'dark'; width?: number; axe?: boolean } = {}): Promise<Page> {
	const page = await newPage({
		viewport: { width: options.width ?? 1280, height: 800 },
		reducedMotion: 'reduce',
		colorScheme: options.theme ?? 'light',
		bypassCSP: options.axe ?? false,
	});
	if (options.theme) await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), options.theme);
	await page.goto(url, { waitUntil: 'networkidle' });
	return page;
}

const focusedIs = (page: Page, selector: string) => page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector);
/**
 * Whether focus reaches `selector` within a few seconds: a closed dialog first gives focus back to
 * what had it before (the page), and the dialog's `close` event, a task later, moves it on.
 */
const focusReaches = (page: Page, selector: string) =>
	page
		.waitForFunction((target) => document.activeElement?.matches(target) ?? false, selector, { timeout: 5_000 })
		.then(
			() => true,
			() => false
		);

describe.each(['zh-cn', 'en'] as const)('the search dialog by keyboard (%s)', (locale) => {
	const ui = strings[locale];

	test('/ opens it from the page; Escape closes it and gives focus to the search button, not to the page', async ({ newPage, site }) => {
		const page = await openPage(newPage, `${site}/${locale}/`);
		expect(await focusedIs(page, 'body')).toBe(true);
		await page.keyboard.press('/');
		await page.locator('dialog[open] [data-input]').waitFor();
		expect(await focusedIs(page, 'dialog[open] [data-input]')).toBe(true);
		// The key opened the search and was not typed into it.
		expect(await page.locator('dialog[open] [data-input]').inputValue()).toBe('');
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('dialog[open]'));
		expect(await focusReaches(page, 'cs-site-search [data-open]')).toBe(true);
	});

	test('/ typed in a text field is a character, not the shortcut', async ({ newPage, site }) => {
		const page = await openPage(newPage, `${site}/${locale}/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] [data-input]').waitFor();
		await page.keyboard.type('a/b');
		expect(await page.locator('dialog[open] [data-input]').inputValue()).toBe('a/b');
		expect(await page.locator('dialog[open]').count()).toBe(1);
	});

	test('↓ and ↑ move the active result while focus stays in the field; Enter opens the active one', async ({ newPage, site }) => {
		const page = await openPage(newPage, `${site}/${locale}/`);
		const search = new SearchModal(page);
		await page.keyboard.press('/');
		await search.search(locale === 'en' ? 'approvals' : '审批');
		const options = search.options();
		const count = await options.count();
		expect(count).toBeGreaterThanOrEqual(3);
		expect(await search.field().getAttribute('aria-expanded')).toBe('true');
		expect(await search.activeId()).toBeNull();
		const ids = await options.evaluateAll((elements) => elements.map((element) => element.id));

		await page.keyboard.press('ArrowDown');
		expect(await search.activeId()).toBe(ids[0]);
		await page.keyboard.press('ArrowDown');
		expect(await search.activeId()).toBe(ids[1]);
		expect(await options.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-selected')))).toEqual(
			ids.map((_, index) => String(index === 1))
		);
		await page.keyboard.press('ArrowUp');
		expect(await search.activeId()).toBe(ids[0]);
		// ↑ from the first result goes back to the field: no result active.
		await page.keyboard.press('ArrowUp');
		expect(await search.activeId()).toBeNull();
		// ↓ stops at the last result.
		for (let press = 0; press <= count; press++) await page.keyboard.press('ArrowDown');
		expect(await search.activeId()).toBe(ids.at(-1));
		expect(await focusedIs(page, 'dialog[open] [data-input]')).toBe(true);
		// The active result is in view inside the dialog.
		expect(await options.last().isVisible()).toBe(true);

		for (let press = 0; press < count; press++) await page.keyboard.press('ArrowUp');
		expect(await search.activeId()).toBeNull();
		for (let press = 0; press < 2; press++) await page.keyboard.press('ArrowDown');
		const href = await options.nth(1).getAttribute('href');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === href);
	});

	test('names for screen readers: a combobox controlling a listbox of results, each named by what it shows', async ({ newPage, site }) => {
		const page = await openPage(newPage, `${site}/${locale}/`);
		const search = new SearchModal(page);
		await search.open(buttonName[locale]);
		await search.search('Harbor');
		const field = page.locator('dialog[open]').getByRole('combobox', { name: ui['pagefind.search_label'] });
		expect(await field.count()).toBe(1);
		const listbox = page.locator('dialog[open]').getByRole('listbox', { name: ui['searchbox.results'] });
		expect(await field.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
		const title = (await search.resultTitles())[0]!;
		expect(title).toContain('Synthetic Harbor Logistics');
		// Its name starts with the title, then the company, industry, figure and excerpt, as shown.
		const option = listbox.getByRole('option').first();
		const name = await option.evaluate((element) => element.textContent!.replace(/\s+/g, ' ').trim());
		expect(name.startsWith(`${title} Synthetic Harbor Logistics`)).toBe(true);
		expect(await listbox.getByRole('option', { name: title }).count()).toBe(1);
		// Results are reached with ↓, not Tab: Tab from the field goes to the dialog's buttons.
		await page.keyboard.press('Tab');
		expect(await focusedIs(page, 'dialog[open] [data-close]')).toBe(true);
	});

	test('a typo is searched as corrected, says so, and "search instead" searches what was typed', async ({ newPage, site }) => {
		const page = await openPage(newPage, `${site}/${locale}/`);
		const search = new SearchModal(page);
		await page.keyboard.press('/');
		const [typed, meant] = locale === 'en' ? ['aprovals', 'approvals'] : ['单点登陆', '单点登录'];
		await search.search(typed);
		expect(await search.correction()).toBe(
			`${ui['searchbox.showingFor'].replace('[CORRECTED_TERM]', meant)} · ${ui['searchbox.searchInstead'].replace('[SEARCH_TERM]', typed)}`
		);
		expect((await search.resultTitles()).length).toBeGreaterThan(0);
		expect(await search.message()).toContain(meant);
		// The field keeps what the reader typed.
		expect(await page.locator('dialog[open] [data-input]').inputValue()).toBe(typed);

		await search.searchInstead();
		expect(await search.correction()).toBeNull();
		expect(await search.resultTitles()).toEqual([]);
		expect(await search.message()).toBe(ui['pagefind.zero_results'].replace('[SEARCH_TERM]', typed));
		expect(await focusedIs(page, 'dialog[open] [data-input]')).toBe(true);

		// A query that finds something as typed is never corrected.
		await search.search(meant);
		expect(await search.correction()).toBeNull();
	});

	test.for(['light', 'dark'] as const)(
		'%s theme: axe finds nothing serious in the open dialog with an active result and a correction',
		async (theme, { newPage, site }) => {
			for (const width of [375, 1280]) {
				const page = await openPage(newPage, `${site}/${locale}/`, { theme, width, axe: true });
				const search = new SearchModal(page);
				await page.keyboard.press('/');
				await search.search(locale === 'en' ? 'aprovals' : '单点登陆');
				await page.keyboard.press('ArrowDown');
				expect(await search.activeId()).not.toBeNull();
				expect(await findSeriousA11yViolations(page), `${width} px`).toEqual([]);
			}
		}
	);
});
