import type { Page } from 'playwright-core';

/** Starlight's search modal (Pagefind UI) as a reader uses it. */
export class SearchModal {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async open(buttonName: string | RegExp) {
		await this.page.getByRole('button', { name: buttonName }).first().click();
		await this.page.locator('dialog[open] input').waitFor();
	}

	async search(query: string) {
		await this.page.locator('dialog[open] input').fill(query);
	}

	/** Titles of the result pages, once results or the empty message are shown. */
	async resultTitles(): Promise<string[]> {
		await this.page.locator('.pagefind-ui__message').filter({ hasNotText: /^$/ }).first().waitFor();
		await this.page.waitForFunction(() => !document.querySelector('.pagefind-ui__message')?.textContent?.match(/正在搜索|Searching/));
		return this.page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title').allTextContents();
	}

	message() {
		return this.page.locator('.pagefind-ui__message').textContent();
	}
}
