import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test as baseTest } from 'vitest';
import { buildSite } from '../support/build-site';
import { crawl, findBrokenLinks, listBuiltPages } from './support/crawl';
import { startStaticServer } from './support/static-server.ts';

const test = baseTest
	// Serves each built site it is given once, on a port of its own, until the file's last test. (File fixtures are defined at the top of a file, not per describe.)
	// eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from a destructuring pattern.
	.extend('serveBuiltSite', { scope: 'file' }, async ({}, { onCleanup }) => {
		const servers: { url: string; close: () => Promise<void> }[] = [];
		onCleanup(async () => {
			await Promise.all(servers.map((server) => server.close()));
		});
		return async (dir: string, basePath = '/') => {
			const server = await startStaticServer(dir, undefined, basePath);
			servers.push(server);
			return server.url;
		};
	})
	// eslint-disable-next-line no-empty-pattern -- as above.
	.extend('subPathBuild', { scope: 'file' }, async ({}, { onCleanup }) => {
		// The fixture removes the output folder it names: buildSite's own clean-up is for suites being collected.
		const build = buildSite('tests/fixtures/corpora/synthetic', { BASE_PATH: '/cases-site' }, mkdtempSync(join(tmpdir(), 'case-site-')));
		onCleanup(() => rmSync(build.outDir, { recursive: true, force: true }));
		if (build.status !== 0) throw new Error(build.output.slice(-3000));
		return build.outDir;
	});

describe.each([
	{
		name: 'the published site',
		dir: 'dist',
		mustReach: ['/zh-cn/cases/', '/en/cases/', '/zh-cn/cases/payermax/', '/en/cases/payermax/', '/zh-cn/tags/', '/en/insights/'],
	},
	{
		name: 'the synthetic fixture site',
		dir: 'dist-fixtures/synthetic',
		mustReach: ['/zh-cn/tags/feishu/page/2/', '/en/cases/page/2/', '/en/insights/', '/zh-cn/tags/approvals/'],
	},
])('every page of $name', ({ dir, mustReach }) => {
	test('has no broken internal link, anchor or asset', async ({ serveBuiltSite }) => {
		const result = await crawl(await serveBuiltSite(dir), listBuiltPages(dir));
		expect(findBrokenLinks(result)).toEqual([]);
		expect([...result.pages.keys()]).toEqual(expect.arrayContaining(mustReach));
		expect(result.assets.size).toBeGreaterThan(0);
	});
});

describe('a build under a sub-path (BASE_PATH=/cases-site)', () => {
	// The build is the test's fixture: its time counts against the test (the build itself stops at 180 s).
	test(
		'has no broken internal link, anchor or asset, and every link stays under the sub-path',
		{ timeout: 240_000 },
		async ({ subPathBuild, serveBuiltSite }) => {
			const result = await crawl(
				await serveBuiltSite(subPathBuild, '/cases-site/'),
				listBuiltPages(subPathBuild).map((path) => `/cases-site${path}`)
			);
			expect(findBrokenLinks(result)).toEqual([]);
			const outside = [...result.pages.values()].flatMap((page) =>
				page.links.filter((link) => !new URL(link.href).pathname.startsWith('/cases-site/')).map((link) => `${link.from} → ${link.href}`)
			);
			expect(outside).toEqual([]);
			expect(result.pages.get('/cases-site/en/cases/page/2/')?.status).toBe(200);
		}
	);
});
