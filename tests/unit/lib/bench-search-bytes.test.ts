import { describe, expect, test } from 'vitest';
import { countSearchBytes, type ServedResponse } from '../../../tools/bench/search-bytes';

/** A visit of /en/: the page and what it links, Starlight-style idle loading of the search UI, then a query. */
const served: ServedResponse[] = [
	{ path: '/en/', bytes: 20_000, at: 0 },
	{ path: '/_astro/common.css', bytes: 60_000, at: 10 },
	{ path: '/_astro/print.css', bytes: 3_000, at: 11 },
	{ path: '/_astro/page.js', bytes: 2_000, at: 12 },
	{ path: '/favicon.svg', bytes: 200, at: 20 },
	{ path: '/_astro/ui-core.js', bytes: 90_000, at: 30 },
	{ path: '/pagefind/pagefind-entry.json?ts=123', bytes: 200, at: 40 },
	{ path: '/pagefind/pagefind.js', bytes: 47_000, at: 110 },
	{ path: '/pagefind/wasm.en.pagefind', bytes: 55_000, at: 120 },
	{ path: '/pagefind/fragment/en_1.pf_fragment', bytes: 1_500, at: 150 },
	{ path: '/pagefind/fragment/en_2.pf_fragment', bytes: 1_700, at: 210 },
];
const firstVisitPaths = ['/en/', '/_astro/common.css', '/_astro/print.css', '/_astro/page.js', '/favicon.svg'];

describe('bytes of the first search query', () => {
	test('counts Pagefind from the start, lazily loaded code, nothing of the first visit, nothing after the results', () => {
		const counted = countSearchBytes(served, { openedAt: 100, shownAt: 200, firstVisitPaths });
		expect(counted.paths).toEqual([
			'/_astro/ui-core.js',
			'/pagefind/pagefind-entry.json',
			'/pagefind/pagefind.js',
			'/pagefind/wasm.en.pagefind',
			'/pagefind/fragment/en_1.pf_fragment',
		]);
		expect(counted.bytes).toBe(90_000 + 200 + 47_000 + 55_000 + 1_500);
		expect(counted.pagefindBytes).toBe(200 + 47_000 + 55_000 + 1_500);
		expect(counted.requests).toBe(5);
	});

	test('after the search opens, everything counts; before, only code outside the first visit', () => {
		const late = [...served, { path: '/_astro/search-dialog.css', bytes: 4_000, at: 105 }, { path: '/icons/close.svg', bytes: 300, at: 106 }];
		const unlisted = countSearchBytes(late, { openedAt: 100, shownAt: 200, firstVisitPaths: ['/en/'] });
		// Not in the first visit: the page's own CSS and JS count as lazily loaded; an icon before opening does not.
		expect(unlisted.paths).toContain('/_astro/page.js');
		expect(unlisted.paths).not.toContain('/favicon.svg');
		expect(unlisted.paths).toEqual(expect.arrayContaining(['/_astro/search-dialog.css', '/icons/close.svg']));
	});

	test('nothing served: zero', () => {
		expect(countSearchBytes([], { openedAt: 0, shownAt: 0, firstVisitPaths: [] })).toEqual({ bytes: 0, requests: 0, pagefindBytes: 0, paths: [] });
	});
});
