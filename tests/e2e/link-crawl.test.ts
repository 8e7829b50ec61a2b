import { describe, expect, test } from 'vitest';
import { crawl, findBrokenLinks, listBuiltPages } from './support/crawl';
import { useBuiltSite } from './support/site';

describe.each([
	{ name: 'the published site', dir: 'dist', mustReach: ['/zh-cn/cases/', '/en/cases/', '/zh-cn/cases/payermax/', '/en/cases/payermax/', '/zh-cn/tags/', '/en/insights/'] },
	{ name: 'the synthetic fixture site', dir: 'dist-fixtures/synthetic', mustReach: ['/zh-cn/tags/feishu/page/2/', '/en/cases/page/2/', '/en/insights/', '/zh-cn/tags/approvals/'] },
])('every page of $name', ({ dir, mustReach }) => {
	const site = useBuiltSite({ browser: false, dir });

	test('has no broken internal link, anchor or asset', async () => {
		const result = await crawl(site.url, listBuiltPages(dir));
		expect(findBrokenLinks(result)).toEqual([]);
		expect([...result.pages.keys()]).toEqual(expect.arrayContaining(mustReach));
		expect(result.assets.size).toBeGreaterThan(0);
	});
});
