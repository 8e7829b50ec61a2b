import type { Page } from 'playwright-core';

/** A case page as a reader uses it. */
export class CasePage {
	constructor(
		readonly page: Page,
		readonly baseUrl: string
	) {}

	async goto(locale: string, slug: string) {
		await this.page.goto(`${this.baseUrl}/${locale}/cases/${slug}/`);
	}

	/** Picks a language in Starlight's language switcher (a labelled select). */
	async switchLanguage(accessibleName: string | RegExp, languageLabel: string) {
		// Starlight renders the switcher twice (header and mobile menu); use the visible one.
		const select = this.page.getByRole('combobox', { name: accessibleName }).locator('visible=true').first();
		const before = this.page.url();
		await select.selectOption({ label: languageLabel });
		await this.page.waitForURL((url) => url.href !== before);
	}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	figure(id: string) {
		return this.page.locator(`#metric-${id}`);
	}
}
