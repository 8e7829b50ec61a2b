import { describe, expect, test } from 'vitest';
import { routeOfPage } from '../../../tools/bench/page-growth';

describe('the route of a built page', () => {
	test.each([
		['/en/cases/acme/', '/en/cases/:slug/'],
		['/zh-cn/cases/', '/zh-cn/cases/'],
		['/zh-cn/cases/page/3/', '/zh-cn/cases/page/:n/'],
		['/en/tags/approvals/', '/en/tags/:tag/'],
		['/en/tags/approvals/page/12/', '/en/tags/:tag/page/:n/'],
		['/en/tags/', '/en/tags/'],
		['/en/embed/acme/', '/en/embed/:slug/'],
		['/en/insights/', '/en/insights/'],
		['/', '/'],
	])('%s is %s', (path, route) => {
		expect(routeOfPage(path)).toBe(route);
	});
});
