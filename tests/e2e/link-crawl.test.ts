import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site';
import { crawl, findBrokenLinks, listBuiltPages } from './support/crawl';
import { useBuiltSite } from './support/site';

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
	const site = useBuiltSite({ browser: false, dir });

	test('has no broken internal link, anchor or asset', async () => {
		const result = await crawl(site.url, listBuiltPages(dir));
		expect(findBrokenLinks(result)).toEqual([]);
		expect([...result.pages.keys()]).toEqual(expect.arrayContaining(mustReach));
		expect(result.assets.size).toBeGreaterThan(0);
	});
});

describe('a build under a sub-path (BASE_PATH=/cases-site)', () => {
	let outDir = '';
	const site = useBuiltSite({
		browser: false,
		basePath: '/cases-site/',
		dir: () => {
			const build = buildSite('tests/fixtures/corpora/synthetic', { BASE_PATH: '/cases-site' });
			if (build.status !== 0) throw new Error(build.output.slice(-3000));
			outDir = build.outDir;
			return outDir;
		},
	});
	// Built in a beforeAll hook, where buildSite cannot register its own clean-up.
	afterAll(() => {
		if (outDir) rmSync(outDir, { recursive: true, force: true });
	});

	test('has no broken internal link, anchor or asset, and every link stays under the sub-path', async () => {
		const result = await crawl(
			site.url,
			listBuiltPages(outDir).map((path) => `/cases-site${path}`)
		);
		expect(findBrokenLinks(result)).toEqual([]);
		const outside = [...result.pages.values()].flatMap((page) =>
			page.links.filter((link) => !new URL(link.href).pathname.startsWith('/cases-site/')).map((link) => `${link.from} → ${link.href}`)
		);
		expect(outside).toEqual([]);
		expect(result.pages.get('/cases-site/en/cases/page/2/')?.status).toBe(200);
	});
});
