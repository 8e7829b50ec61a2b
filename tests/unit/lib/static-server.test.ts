import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { notFoundCandidates, startStaticServer } from '../../../tools/serve/static-server';
import { removeWhenDone } from '../../support/temp-files.ts';

describe('notFoundCandidates', () => {
	test.each([
		['/en/cases/nope/', ['en/cases/nope/404.html', 'en/cases/404.html', 'en/404.html', '404.html']],
		['/en/nope', ['en/404.html', '404.html']],
		['/nope', ['404.html']],
		['/nope/?q=1#top', ['nope/404.html', '404.html']],
		['/', ['404.html']],
		['/../../etc/', ['etc/404.html', '404.html']],
	])('nearest (Cloudflare Pages): %s → %j', (path, expected) => {
		expect(notFoundCandidates(path)).toEqual(expected);
	});

	test('root (GitHub Pages, astro preview): the root page for every path', () => {
		expect(notFoundCandidates('/en/cases/nope/', 'root')).toEqual(['404.html']);
	});
});

describe('the static server answers a missing path with a 404 page', () => {
	const dir = removeWhenDone(mkdtempSync(join(tmpdir(), 'static-server-')));
	beforeAll(() => {
		mkdirSync(join(dir, 'en'));
		writeFileSync(join(dir, '404.html'), '<p>根</p>');
		writeFileSync(join(dir, 'en', '404.html'), '<p>English</p>');
		writeFileSync(join(dir, 'en', 'index.html'), '<p>home</p>');
	});

	test.each([
		['nearest', '/en/cases/nope/', '<p>English</p>'],
		['nearest', '/zh-cn/nope/', '<p>根</p>'],
		['nearest', '/nope', '<p>根</p>'],
		['root', '/en/cases/nope/', '<p>根</p>'],
	] as const)('%s: %s → status 404 with %s', async (rule, path, body) => {
		const server = await startStaticServer(dir, undefined, '/', { notFound: rule });
		try {
			const response = await fetch(server.url + path);
			expect(response.status).toBe(404);
			expect(response.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await response.text()).toBe(body);
			const home = await fetch(`${server.url}/en/`);
			expect([home.status, await home.text()]).toEqual([200, '<p>home</p>']);
		} finally {
			await server.close();
		}
	});

	test('under a base path, the site’s own 404 pages, found below the base', async () => {
		const server = await startStaticServer(dir, undefined, '/repo/');
		try {
			const response = await fetch(`${server.url}/repo/en/nope/`);
			expect([response.status, await response.text()]).toEqual([404, '<p>English</p>']);
		} finally {
			await server.close();
		}
	});
});

describe('the static server sends the build’s _headers, unless told not to', () => {
	const dir = removeWhenDone(mkdtempSync(join(tmpdir(), 'static-server-')));
	beforeAll(() => {
		writeFileSync(join(dir, 'index.html'), '<p>home</p>');
		writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
	});

	test.each([
		[{}, 'DENY'],
		[{ headers: false }, null],
	] as const)('%o: X-Frame-Options is %s', async (options, expected) => {
		const server = await startStaticServer(dir, undefined, '/', options);
		try {
			const response = await fetch(`${server.url}/`);
			expect([response.status, response.headers.get('x-frame-options')]).toEqual([200, expected]);
		} finally {
			await server.close();
		}
	});
});
