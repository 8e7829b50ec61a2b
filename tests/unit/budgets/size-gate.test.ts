import { describe, expect, test } from 'vitest';
import type { FirstVisit } from '../../../tools/budgets/first-visit';
import { budgets, judgeSizes, type SizeMeasures } from '../../../tools/budgets/size-gate';

const size = (gzip: number) => ({ raw: gzip * 3, gzip });
const page = (urlPath: string, jsModules: string[]): FirstVisit => ({ urlPath, html: size(1_000), css: size(1_000), js: size(1_000), jsModules });

/** A build where every budget holds: the case pages load the chart loader, no page loads the chart chunk. */
function healthy(): SizeMeasures {
	return {
		casePages: [
			page('/zh-cn/cases/payermax/', ['/_astro/page.js', '/_astro/loader.js']),
			page('/en/cases/payermax/', ['/_astro/page.js', '/_astro/loader.js']),
		],
		plainPage: page('/zh-cn/', ['/_astro/page.js']),
		loaderEntry: '/_astro/loader.js',
		chartModules: ['/_astro/chart.js'],
		rows: [
			{ what: '/zh-cn/ JS before interaction (1 modules)', size: size(budgets.jsBeforeInteractionGzip), budgetGzip: budgets.jsBeforeInteractionGzip },
			{ what: 'search vocabulary (en, on demand)', size: size(1_600), budgetGzip: budgets.searchVocabularyGzip },
			{ what: 'search dialog (en, first open: code and words)', size: size(99_999) },
		],
		cards: [
			{ file: 'dist/zh-cn/cards/payermax.png', bytes: 16_700 },
			{ file: 'dist/en/cards/payermax.png', bytes: 19_100 },
		],
		cardsDir: 'dist/cards or dist/{locale}/cards',
	};
}

describe('the size gate', () => {
	test('passes a build within every budget (a budget met exactly holds; a row without a budget is only shown) and names the largest card', () => {
		expect(judgeSizes(healthy())).toEqual({ failures: [], largestCard: { file: 'dist/en/cards/payermax.png', bytes: 19_100 } });
	});

	test('names each budget exceeded, with the measured and the allowed gzip size', () => {
		const measures = healthy();
		measures.rows[0]!.size = size(budgets.jsBeforeInteractionGzip + 1);
		measures.rows[1]!.size = size(8_400);
		expect(judgeSizes(measures).failures).toEqual([
			'/zh-cn/ JS before interaction (1 modules): 12.0 KB gzip > budget 12.0 KB',
			'search vocabulary (en, on demand): 8.4 KB gzip > budget 8.0 KB',
		]);
	});

	test('fails when chart code loads early, when a case page misses the loader, and when a page without charts loads chart code', () => {
		const measures = healthy();
		measures.casePages[0]!.jsModules.push('/_astro/chart.js');
		measures.casePages[1]!.jsModules = ['/_astro/page.js'];
		measures.plainPage.jsModules.push('/_astro/loader.js');
		expect(judgeSizes(measures).failures).toEqual([
			'/zh-cn/cases/payermax/ loads chart code before any chart nears the viewport: /_astro/chart.js',
			'/en/cases/payermax/ does not load the chart loader although it has charts',
			'/zh-cn/ has no chart but loads chart code',
		]);
	});

	test('fails on a social card over its raw budget, and when the build wrote none', () => {
		const measures = healthy();
		measures.cards.push({ file: 'dist/en/cards/long.png', bytes: budgets.socialCardBytes + 1 });
		expect(judgeSizes(measures).failures).toEqual([
			`social card dist/en/cards/long.png: ${(budgets.socialCardBytes + 1).toLocaleString('en')} bytes (${((budgets.socialCardBytes + 1) / 1000).toFixed(1)} KB) > budget ${budgets.socialCardBytes.toLocaleString('en')} bytes: a card grows with its text; shorten that case's title or metric labels`,
		]);
		expect(judgeSizes({ ...healthy(), cards: [] })).toEqual({
			failures: ['no social card in dist/cards or dist/{locale}/cards: the build writes one per case and language'],
			largestCard: undefined,
		});
	});
});
