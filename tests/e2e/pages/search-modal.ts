import type { Page } from 'playwright-core';

/** The site's search dialog as a reader uses it. */
export class SearchModal {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async open(buttonName: string | RegExp) {
		await this.page.getByRole('button', { name: buttonName }).first().click();
		await this.page.locator('dialog[open] [data-input]').waitFor();
	}

	async search(query: string) {
		await this.page.locator('dialog[open] [data-input]').fill(query);
		await this.settled();
	}

	/** Waits until the status line reports the results (not "searching"). */
	async settled() {
		await this.page.waitForFunction(() => {
			const status = document.querySelector('dialog[open] [data-status]')?.textContent ?? '';
			return status !== '' && !/正在搜索|Searching/.test(status);
		});
	}

	resultTitles(): Promise<string[]> {
		return this.page.locator('dialog[open] .cs-result__title').allTextContents();
	}

	firstResultFacts(): Promise<string> {
		return this.page.locator('dialog[open] .cs-result').first().locator('.cs-result__facts').innerText();
	}

	message() {
		return this.page.locator('dialog[open] [data-status]').textContent();
	}

	/** "Showing results for … Search instead for …", or null when the query was searched as typed. */
	async correction(): Promise<string | null> {
		const line = this.page.locator('dialog[open] [data-correction]');
		return (await line.isVisible()) ? (await line.innerText()).replace(/\s+/g, ' ').trim() : null;
	}

	async searchInstead() {
		const before = await this.message();
		await this.page.locator('dialog[open] [data-search-instead]').click();
		await this.page.waitForFunction((previous) => document.querySelector('dialog[open] [data-status]')?.textContent !== previous, before);
		await this.settled();
	}

	/** The field as assistive technology sees it: a combobox. */
	field() {
		return this.page.locator('dialog[open]').getByRole('combobox');
	}

	options() {
		return this.page.locator('dialog[open]').getByRole('listbox').getByRole('option');
	}

	/** The id of the active result, from the field's aria-activedescendant (null when none is). */
	activeId() {
		return this.field().getAttribute('aria-activedescendant');
	}

	async filterBy(label: string) {
		const filters = this.page.locator('dialog[open] details[data-filters]');
		if (!(await filters.getAttribute('open'))) await filters.locator('summary').click();
		const before = await this.message();
		await filters.getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) }).check();
		await this.page.waitForFunction((previous) => document.querySelector('dialog[open] [data-status]')?.textContent !== previous, before);
		await this.settled();
	}
}
