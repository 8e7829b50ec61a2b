import { contentCacheDirOf } from '../../src/lib/content/content-root.ts';
import { getAstroEnv } from '../support/build-site.ts';
import { removeWhenDone } from '../support/temp-files.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, vi } from 'vitest';
import { browserTest as test } from './support/site-test.ts';

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * Asks `url` until its answer is the state `accept` waits for, or fails after `seconds`: the dev
 * server reloads content after a file event, which nothing outside it can listen to.
 */
async function waitFor(url: string, accept: (status: number, body: string) => boolean, seconds = 30): Promise<string> {
	let last = '';
	try {
		return await vi.waitFor(
			async () => {
				// Throws while the server is not listening yet: asked again.
				const response = await fetch(url);
				last = await response.text();
				if (!accept(response.status, last)) throw new Error('not yet');
				return last;
			},
			{ timeout: seconds * 1000, interval: 250 }
		);
	} catch {
		throw new Error(`${url} never answered as expected; last answer: ${last.slice(0, 300)}`);
	}
}

describe('npm run dev follows every edit of a case', () => {
	const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'dev-content-')));
	// The dev server keeps this content root's store in a cache folder of its own.
	removeWhenDone(contentCacheDirOf(root));
	cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
	cpSync('tests/fixtures/corpora/drafts', root, { recursive: true });
	const file = join(root, 'cases/en/only-english.mdx');
	const original = readFileSync(file, 'utf8');
	let server: ChildProcess | undefined;
	let url = '';
	let output = '';

	beforeAll(async () => {
		const port = await freePort();
		url = `http://127.0.0.1:${port}/en/cases/only-english/`;
		server = spawn('node_modules/.bin/astro', ['dev', '--port', String(port)], {
			env: getAstroEnv(root),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		server.stdout!.on('data', (chunk) => (output += chunk));
		server.stderr!.on('data', (chunk) => (output += chunk));
		await waitFor(url, (status) => status === 200, 60);
	}, 90_000);

	afterAll(() => {
		server?.kill();
	});

	test('drafts are served, for their reviewers, and are "in review" on the translation status page', async () => {
		const origin = new URL(url).origin;
		const draft = parse(await waitFor(`${origin}/zh-cn/cases/unpublished/`, (status) => status === 200));
		expect(draft.querySelector('h1')?.textContent).toBe('尚未发布的合成草稿');
		// The draft translation itself, not the fallback to its published source.
		const translation = parse(await waitFor(`${origin}/en/cases/translation-in-review/`, (status) => status === 200));
		expect(translation.querySelector('h1')?.textContent).toBe('Draft translation under review');
		expect(translation.querySelector('.cs-fallback')).toBeNull();
		// A draft's page says it is one and lists what its review still asks.
		const reviewed = parse(await waitFor(`${origin}/zh-cn/cases/source-in-review/`, (status) => status === 200));
		expect(reviewed.querySelector('.cs-draft')?.textContent).toContain('草稿，审阅中。');
		expect(reviewed.querySelectorAll('.cs-draft li').map((item) => item.textContent)).toEqual([
			'核对行业：导入时猜测为 fintech',
			'核对响应速度的数字（原文写的是 25%）',
		]);
		const page = parse(await waitFor(`${origin}/en/contribute/translations/`, (status) => status === 200));
		const cell = (slug: string, locale: string) => page.querySelector(`tr[data-slug="${slug}"] td[data-locale="${locale}"]`);
		expect(cell('translation-in-review', 'en')?.getAttribute('data-status')).toBe('in-review');
		expect(cell('translation-in-review', 'en')?.querySelector('a')?.textContent).toBe('In review');
		expect(cell('source-in-review', 'zh-cn')?.getAttribute('data-status')).toBe('in-review');
		expect(cell('unpublished', 'zh-cn')?.getAttribute('data-status')).toBe('in-review');
		expect(output).toContain('3 draft cases shown here, left out of a production build');
	});

	test('a frontmatter edit and a body edit show on the next request, without a restart', async () => {
		writeFileSync(
			file,
			original
				.replace('title: Synthetic English-only case', 'title: Retitled in dev')
				.replace('This synthetic report exists only in English', 'This synthetic report was edited in dev')
		);
		const page = await waitFor(url, (status, body) => status === 200 && body.includes('Retitled in dev'));
		expect(page).toContain('<title>Retitled in dev | Customer case reports</title>');
		expect(page.match(/This synthetic report [^.<]*\./)?.[0]).toBe('This synthetic report was edited in dev.');
	});

	test('a taxonomy edit shows on the next request', async () => {
		const taxonomy = join(root, 'taxonomy/industries.yml');
		writeFileSync(taxonomy, readFileSync(taxonomy, 'utf8').replace('en: Fintech }', 'en: Financial technology }'));
		const page = await waitFor(url, (status, body) => status === 200 && body.includes('Financial technology'));
		expect(page).toContain('<a href="/en/tags/fintech/"');
	});

	describe('a content error', () => {
		const line = original.split('\n').length + 1;
		const problem = `only-english.mdx:${line} <script> — the HTML element <script> is not allowed in a case`;

		test('is printed, and the page answers 500', async () => {
			writeFileSync(file, `${original}\n<script>globalThis.pwned = 1</script>\n`);
			await waitFor(url, (status) => status === 500);
			expect(output).toContain(problem);
		});

		// Apart, so that without Chromium only this part is skipped.
		test('is shown in the browser overlay', async ({ page }) => {
			await page.goto(url);
			await expect.poll(() => page.getByText(problem).count(), { timeout: 15_000 }).toBeGreaterThan(0);
		});

		test('the server keeps running, and the fix brings the page back', async () => {
			writeFileSync(file, original);
			const page = await waitFor(url, (status, body) => status === 200 && body.includes('This synthetic report exists only in English.'));
			expect(page).toContain('<title>Synthetic English-only case | Customer case reports</title>');
			expect(server!.exitCode).toBeNull();
		});
	});
});
