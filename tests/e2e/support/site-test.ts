import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { test as baseTest } from 'vitest';
import { CaseBrowser } from '../pages/case-browser.ts';
import { CasePage } from '../pages/case-page.ts';
import { SearchModal } from '../pages/search-modal.ts';
import { existsSync } from 'node:fs';
import { launchChromium } from '../../../tools/browser/launch-chromium.ts';
import { startStaticServer, type NotFoundRule } from '../../../tools/serve/static-server.ts';
import { hasChromium } from './browser.ts';

export interface ServedSiteOptions {
	/** The built site's folder: `dist` (the published content) or one of `dist-fixtures/`. */
	dir?: string;
	/** The path the site was built under (BASE_PATH); other paths answer 404, as on GitHub Pages. */
	basePath?: string;
	/** How the host answers a missing path (tools/serve/static-server.ts). */
	notFound?: NotFoundRule;
	/** `false`: without the build's `_headers`, as on GitHub Pages (only the pages' `<meta>` policy applies). */
	headers?: boolean;
}

/** Vitest's `onCleanup` (not exported by name). */
type OnCleanup = (cleanup: () => void | Promise<void>) => void;

/** The `newPage` fixture: a page in a context of its own, with `pageOptions` and these options over them, closed when the test ends. */
export type NewPage = (options?: BrowserContextOptions) => Promise<Page>;

/**
 * A file fixture serving a built site on a free 127.0.0.1 port with its `_headers`, as a static
 * host does: its value is the site's URL (no trailing slash), and the server closes after the
 * file's last test. For a second site in one file:
 * `siteTest().extend('searchSite', { scope: 'file' }, servedSite({ dir: 'dist-fixtures/search' }))`.
 */
export function servedSite({ dir = 'dist', basePath, notFound, headers }: ServedSiteOptions = {}) {
	// Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
	// eslint-disable-next-line no-empty-pattern
	return async ({}, { onCleanup }: { onCleanup: OnCleanup }): Promise<string> => {
		if (!existsSync(dir)) {
			throw new Error(`${dir} does not exist: run \`${dir === 'dist' ? 'npm run build' : 'npm run build:fixtures'}\` first (npm test does)`);
		}
		const server = await startStaticServer(dir, undefined, basePath, { notFound, headers });
		onCleanup(server.close);
		return server.url;
	};
}

/**
 * The browser fixtures, as Starlight's `__e2e__/test-utils.ts` gives Playwright's: one Chromium per
 * file, launched for the first test that asks for it; `browser` for a test that opens pages of its
 * own; `page`, a new page (in a context of its own) per test, with `pageOptions`; `newPage` for a
 * test that needs more than one or other options; the page objects `caseBrowser` and `searchModal`
 * on `page`. Every page a test opens is closed when it ends, failed or not.
 *
 * The skip rule lives here once: without Chromium a test that asks for a browser or a page is
 * skipped, except under CI, where a missing browser fails it (tools/browser/launch-chromium.ts).
 * A test that uses neither (`site` with `fetch`) runs everywhere.
 */
export const browserTest = baseTest
	// eslint-disable-next-line no-empty-pattern
	.extend('chromium', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser | undefined> => {
		// Throws under CI when Chromium is missing: every test that asks for a browser fails.
		if (!hasChromium()) return undefined;
		const chromium = await launchChromium();
		onCleanup(async () => {
			// Every context is a test's page or one it opened on purpose: one still open is a leak.
			const leftOpen = chromium.contexts().length;
			await chromium.close();
			if (leftOpen > 0) throw new Error(`${leftOpen} browser context${leftOpen === 1 ? ' was' : 's were'} left open by the tests of this file`);
		});
		return chromium;
	})
	.extend('browser', ({ chromium, skip }) => chromium ?? skip('no Chromium'))
	/** Options for the test's pages (viewport, reducedMotion, javaScriptEnabled, colorScheme, locale…): `test.override('pageOptions', {…})` in a describe. */
	.extend('pageOptions', {} as BrowserContextOptions)
	.extend('newPage', ({ browser, pageOptions }, { onCleanup }) => {
		const pages: Page[] = [];
		onCleanup(async () => {
			await Promise.all(pages.map((page) => page.close()));
		});
		const newPage: NewPage = async (options = {}) => {
			const page = await browser.newPage({ ...pageOptions, ...options });
			pages.push(page);
			return page;
		};
		return newPage;
	})
	.extend('page', ({ newPage }) => newPage())
	// The page objects, on the test's page.
	.extend('caseBrowser', ({ page }) => new CaseBrowser(page))
	.extend('searchModal', ({ page }) => new SearchModal(page));

/**
 * The browser fixtures plus `site`: the URL of the built site in `options.dir` (`dist` by
 * default), served once for the file, and the `casePage` object on it. Called at the top of a test
 * file (Vitest defines file fixtures there, not in a describe):
 * `const test = siteTest({ dir: 'dist-fixtures/synthetic' })`.
 */
export function siteTest(options: ServedSiteOptions = {}) {
	return browserTest.extend('site', { scope: 'file' }, servedSite(options)).extend('casePage', ({ page, site }) => new CasePage(page, site));
}
