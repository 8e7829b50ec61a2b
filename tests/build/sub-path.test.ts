/**
 * A build under a sub-path (BASE_PATH=/cases-site, as on GitHub Pages), served and crawled over HTTP
 * without a browser: no link, anchor or asset is broken, and none leaves the sub-path.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../tools/serve/static-server.ts';
import { crawl, findBrokenLinks, listBuiltPages } from '../e2e/support/crawl.ts';
import { useSiteBuild } from '../support/build-site.ts';

describe('a build under a sub-path (BASE_PATH=/cases-site)', () => {
	const build = useSiteBuild(() => ({ contentDir: 'tests/fixtures/corpora/synthetic', env: { BASE_PATH: '/cases-site' } }));
	let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
	beforeAll(async () => {
		server = await startStaticServer(build.outDir, undefined, '/cases-site/');
	});
	afterAll(() => server?.close());

	test('has no broken internal link, anchor or asset, and every link stays under the sub-path', async () => {
		const result = await crawl(
			server!.url,
			listBuiltPages(build.outDir).map((path) => `/cases-site${path}`)
		);
		expect(findBrokenLinks(result)).toEqual([]);
		const outside = [...result.pages.values()].flatMap((page) =>
			page.links.filter((link) => !new URL(link.href).pathname.startsWith('/cases-site/')).map((link) => `${link.from} → ${link.href}`)
		);
		expect(outside).toEqual([]);
		expect(result.pages.get('/cases-site/en/cases/page/2/')?.status).toBe(200);
	});
});
