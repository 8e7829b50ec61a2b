import { describe, expect, test } from 'vitest';
import { largestPageByRoute } from '../../tools/bench/page-growth';
import { writeSyntheticCorpus } from '../../tools/synthetic/write-corpus';
import { useSiteBuild } from '../support/build-site';

/**
 * No page may grow with the corpus: the same synthetic cases at 30 (the fixture build) and at 200
 * per language, and the largest page of every route must stay the same size, give or take.
 */
describe('page sizes as the corpus grows', () => {
	const build = useSiteBuild(({ makeDir }) => {
		const root = makeDir('growth-');
		// The vocabulary of the 30-case fixture site it is compared with, not the published one.
		writeSyntheticCorpus(root, 200, {}, 'tests/fixtures/corpora/synthetic/taxonomy');
		return root;
	});

	test('the largest page of each route at 200 cases is within 10 % (+2 KB) of the one at 30', () => {
		const small = largestPageByRoute('dist-fixtures/synthetic');
		const large = largestPageByRoute(build.outDir);
		// A later page of a list is full at 200 cases but holds the last few at 30: it is held to the
		// first page of its list, which is full at both.
		const baseline = (route: string) =>
			[small.get(route), small.get(route.replace('page/:n/', ''))].filter((page) => page !== undefined).sort((a, b) => b.bytes - a.bytes)[0];
		const grown = [...large]
			.filter(([route]) => small.has(route))
			.filter(([route, page]) => page.bytes > baseline(route)!.bytes * 1.1 + 2_000)
			.map(([route, page]) => `${route}: ${baseline(route)!.bytes} bytes at 30 cases (${baseline(route)!.urlPath}), ${page.bytes} at 200 (${page.urlPath})`);
		expect(grown).toEqual([]);
		// Every kind of page was compared.
		expect([...large.keys()].filter((route) => !small.has(route))).toEqual([]);
	});
});
