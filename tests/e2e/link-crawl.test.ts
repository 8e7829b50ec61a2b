import { describe, expect, test as baseTest } from 'vitest';
import { crawl, findBrokenLinks, listBuiltPages } from './support/crawl';
import { startStaticServer } from '../../tools/serve/static-server.ts';

const test = baseTest
	// Serves each built site it is given once, on a port of its own, until the file's last test. (File fixtures are defined at the top of a file, not per describe.)
	// eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from a destructuring pattern.
	.extend('serveBuiltSite', { scope: 'file' }, async ({}, { onCleanup }) => {
		const servers: { url: string; close: () => Promise<void> }[] = [];
		onCleanup(async () => {
			await Promise.all(servers.map((server) => server.close()));
		});
		return async (dir: string) => {
			const server = await startStaticServer(dir);
			servers.push(server);
			return server.url;
		};
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
