import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { measureFirstVisit } from '../budgets/first-visit.ts';
import { createDistReader } from '../budgets/js-graph.ts';
import { countSearchBytes, type SearchBytes, type ServedResponse } from './search-bytes.ts';
import { startStaticServer } from '../serve/static-server.ts';

/** How a person searches with a site's own search UI: the button that opens it, the field, and when results show. */
export interface SearchUi {
	open: string;
	input: string;
	/** Selector of one result. */
	result: string;
	/** Selector that matches while a shown result is still waiting for its data. */
	pending?: string;
}

/** Ours: `<cs-site-search>` (src/components/search), which shows results once their data is in. */
export const siteSearchUi: SearchUi = {
	open: 'cs-site-search [data-open]',
	input: 'cs-site-search [data-input]',
	result: 'cs-site-search [data-results] > li',
};

/**
 * Starlight's: Pagefind's default UI in Starlight's dialog. A result shows a placeholder (title and
 * excerpt `.pagefind-ui__loading`) until its data is in; then its title becomes a link.
 */
export const starlightSearchUi: SearchUi = {
	open: 'site-search button[data-open-modal]',
	input: '#starlight__search input',
	result: '#starlight__search .pagefind-ui__result',
	pending: '#starlight__search .pagefind-ui__result:not(:has(.pagefind-ui__result-link))',
};

/**
 * Serves `distDir` on 127.0.0.1, opens `/<locale>/` in a fresh browser context (nothing cached),
 * waits for the network to settle, then opens the search, types `query` and waits for the results
 * with their data. Counts what the first query downloaded with `countSearchBytes`.
 */
export async function measureFirstSearchQuery(
	browser: Browser,
	options: { distDir: string; locale: string; query: string; ui: SearchUi; timeoutMs?: number }
): Promise<SearchBytes & { query: string; results: number }> {
	const { distDir, locale, query, ui } = options;
	const urlPath = `/${locale}/`;
	// What the page loads without interaction: its HTML, whatever it links (print CSS, icons) and its static module graph.
	const linked = parse(readFileSync(join(distDir, urlPath, 'index.html'), 'utf8'))
		.querySelectorAll('link[href], script[src]')
		.map((element) => new URL(element.getAttribute('href') ?? element.getAttribute('src')!, `http://site${urlPath}`).pathname);
	const firstVisitPaths = [urlPath, ...linked, ...measureFirstVisit(distDir, urlPath, createDistReader(distDir)).jsModules];
	const served: ServedResponse[] = [];
	const server = await startStaticServer(distDir, (path, bytes) => served.push({ path, bytes, at: performance.now() }));
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(options.timeoutMs ?? 30_000);
		// networkidle: the page has loaded what it loads by itself, lazily imported code included.
		await page.goto(`${server.url}${urlPath}`, { waitUntil: 'networkidle' });
		const openedAt = performance.now();
		await page.click(ui.open);
		await page.fill(ui.input, query);
		await page.waitForFunction(
			({ result, pending }) => document.querySelectorAll(result).length > 0 && (!pending || document.querySelectorAll(pending).length === 0),
			{ result: ui.result, pending: ui.pending ?? '' }
		);
		const shownAt = performance.now();
		const results = await page.locator(ui.result).count();
		const counted = countSearchBytes(served, { openedAt, shownAt, firstVisitPaths });
		// Each result shown needs its page's fragment: fewer means results counted as shown too early.
		const fragments = counted.paths.filter((path) => path.endsWith('.pf_fragment')).length;
		if (fragments < results) throw new Error(`${results} results shown but only ${fragments} Pagefind fragments served by then: the wait for results is wrong`);
		return { query, results, ...counted };
	} finally {
		await context.close();
		await server.close();
	}
}

/** The bench's queries per language: the first loads Pagefind, the second finds it loaded. */
export const benchQueries: Record<'zh-cn' | 'en', [first: string, second: string]> = { 'zh-cn': ['审批', '机器人'], en: ['approvals', 'single sign-on'] };
