import type { Page } from 'playwright-core';

/** A case page as a reader uses it. */
export class CasePage {
	readonly page: Page;
	readonly baseUrl: string;

	constructor(page: Page, baseUrl: string) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

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

/** A chart on a case page: the `<cs-metric-chart>` inside `<figure id={chartId}>`. */
export class ChartWidget {
	readonly page: Page;
	readonly chartId: string;

	constructor(page: Page, chartId: string) {
		this.page = page;
		this.chartId = chartId;
	}

	element() {
		return this.page.locator(`#${this.chartId} cs-metric-chart`);
	}

	/** Scrolls the chart into view and waits until Chart.js has drawn it. */
	async scrollIntoViewAndWait() {
		await this.element().scrollIntoViewIfNeeded();
		await this.page.locator(`#${this.chartId} cs-metric-chart[data-drawn]`).waitFor();
		// Let the first frame paint.
		await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	}

	/** How many pixels of the canvas are not transparent. */
	drawnPixels(): Promise<number> {
		return this.element().evaluate((element) => {
			const canvas = element.querySelector('canvas')!;
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			let count = 0;
			for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) count += 1;
			return count;
		});
	}

	/** The numbers Chart.js draws, per dataset. */
	chartData(): Promise<(number | null)[][]> {
		return this.element().evaluate((element) =>
			(element as unknown as { chart: { data: { datasets: { data: (number | null)[] }[] } } }).chart.data.datasets.map((dataset) => dataset.data)
		);
	}

	/** The numbers of the table under the chart, per column (same shape as `chartData`). */
	tableData(): Promise<(number | null)[][]> {
		return this.page.locator(`#${this.chartId} table`).evaluate((table) => {
			const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
				[...row.querySelectorAll('td')].map((cell) => (cell.getAttribute('data-value') ? Number(cell.getAttribute('data-value')) : null))
			);
			return rows[0]!.map((_, column) => rows.map((row) => row[column]!));
		});
	}

	/** The colours the chart is drawn with (text and bars). */
	colours(): Promise<string> {
		return this.element().evaluate((element) => {
			const chart = (element as unknown as { chart: { options: { color: unknown }; data: { datasets: { backgroundColor: unknown }[] } } }).chart;
			return JSON.stringify([chart.options.color, chart.data.datasets.map((dataset) => dataset.backgroundColor)]);
		});
	}

	canvasImage(): Promise<string> {
		return this.element().evaluate((element) => element.querySelector('canvas')!.toDataURL());
	}
}
