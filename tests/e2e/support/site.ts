import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { startStaticServer } from './static-server.ts';

/**
 * Serves `dist/` (or a fixture site in `dist-fixtures/`) on a free 127.0.0.1 port and opens the system Chromium for the tests of one file.
 * Without Chromium outside CI the browser is `undefined` and browser tests skip; under CI they fail.
 */
export function useBuiltSite(options: { browser?: boolean; dir?: string | (() => string); basePath?: string } = {}) {
	const state: { url: string; browser?: Browser } = { url: '' };
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const dir = typeof options.dir === 'function' ? options.dir() : (options.dir ?? 'dist');
		const server = await startStaticServer(dir, undefined, options.basePath);
		state.url = server.url;
		close = server.close;
		if (options.browser !== false && hasChromium()) state.browser = await launchChromium();
	});
	afterAll(async () => {
		await state.browser?.close();
		await close?.();
	});
	return state;
}
