import type { Locator, Page } from 'playwright-core';

/** The cases browser at `/{locale}/cases/` as a reader uses it. */
export class CaseBrowser {
	readonly page: Page;

	constructor(page: Page) {
		this.page = page;
	}

	async goto(baseUrl: string, locale: string, query = '') {
		await this.page.goto(`${baseUrl}/${locale}/cases/${query}`, { waitUntil: 'networkidle' });
		await this.settled();
	}

	/** Waits until the filtered results (or the plain list) are on screen. */
	async settled() {
		await this.page.waitForFunction(() => {
			const browser = document.querySelector<HTMLElement>('cs-case-browser');
			if (!browser || !customElements.get('cs-case-browser')) return false;
			if (!browser.hasAttribute('data-filtering')) return true;
			const expected = Number(browser.dataset.count ?? -1);
			return expected >= 0 && browser.querySelectorAll('[data-result-list] li').length === Math.min(expected, 24);
		});
	}

	async toggle(label: string | RegExp) {
		await this.page.getByRole('checkbox', { name: label }).click();
		await this.page.waitForFunction(() => !document.querySelector('cs-case-browser [data-status]')?.textContent?.match(/正在筛选|Filtering/));
		await this.settled();
	}

	status() {
		return this.statusLine().textContent();
	}

	/** The live result count. */
	statusLine(): Locator {
		return this.page.getByRole('status');
	}

	/** The "Filter (n)" / "筛选（n）" disclosure button, shown on narrow screens only. */
	filterButton(): Locator {
		return this.page.getByRole('button', { name: /^(Filter \(|筛选（)/ });
	}

	async filterButtonText(): Promise<string> {
		return ((await this.filterButton().textContent()) ?? '').trim();
	}

	/** What the filter button opens and closes. */
	async filterPanel(): Promise<Locator> {
		return this.page.locator(`#${await this.page.locator('cs-case-browser [data-toggle]').getAttribute('aria-controls')}`);
	}

	/** The top of the first case card on screen, in CSS pixels from the top of the page. */
	firstCardTop(): Promise<number> {
		return this.page
			.locator('cs-case-browser .cs-card')
			.first()
			.evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
	}

	/** Slugs of the cases on screen: the filtered results, or the plain list when nothing is filtered. */
	async visibleSlugs(): Promise<string[]> {
		const filtering = await this.page.locator('cs-case-browser[data-filtering]').count();
		const selector = filtering ? '[data-result-list] .cs-card__title a' : '[data-static] .cs-card-list .cs-card__title a';
		const paths = await this.page.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		return paths.map((path) => /\/cases\/([^/]+)\/$/.exec(path)?.[1] ?? path);
	}

	checked(): Promise<string[]> {
		return this.page
			.locator('[data-filters] input:checked')
			.evaluateAll((boxes) => boxes.map((box) => `${box.getAttribute('name')}=${box.getAttribute('value')}`));
	}
}
