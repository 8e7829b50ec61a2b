import type { Page } from 'playwright-core';

/**
 * Scrolls through the whole page a screen at a time, waiting at each stop for the browser to
 * render it (two animation frames: IntersectionObserver callbacks are delivered in the first), so
 * every element that loads when it nears the viewport has been told it did; no timer involved.
 */
export async function scrollThroughPage(page: Page, step = 700): Promise<void> {
	await page.evaluate(async (step) => {
		const rendered = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		for (let y = 0; y < document.body.scrollHeight; y += step) {
			window.scrollTo(0, y);
			await rendered();
		}
		window.scrollTo(0, document.body.scrollHeight);
		await rendered();
	}, step);
}
