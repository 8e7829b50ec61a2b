import { describe, expect, test } from 'vitest';
import { getReaderPageKind, isMarkedForSearch, isSearchablePage } from '../../../src/lib/search/searchable-page';

const marked = '<html><body><header>…</header><main data-pagefind-body class="x" lang="en">Case</main></body></html>';

describe('getReaderPageKind', () => {
	test.for([
		['zh-cn/cases/payermax/index.html', 'case'],
		['en/cases/payermax/index.html', 'case'],
		['en/tags/approvals/index.html', 'tag'],
		['zh-cn/tags/审批/index.html', 'tag'],
		['zh-cn/industries/index.html', 'industries'],
		['en/insights/index.html', 'insights'],
	] as const)('%s is a reader page: %s', ([file, kind]) => {
		expect(getReaderPageKind(file)).toBe(kind);
	});

	test.for([
		'index.html',
		'zh-cn/index.html',
		'en/index.html',
		'en/cases/index.html',
		'en/cases/page/2/index.html',
		'en/tags/index.html',
		'en/tags/approvals/page/2/index.html',
		'zh-cn/contribute/index.html',
		'en/contribute/translations/index.html',
		'en/embed/payermax/index.html',
		'404.html',
		'en/cases/payermax.html',
		'fr/cases/payermax/index.html',
	])('%s is not', (file) => {
		expect(getReaderPageKind(file)).toBeUndefined();
	});

	test('Windows separators name the same page', () => {
		expect(getReaderPageKind('en\\cases\\payermax\\index.html')).toBe('case');
	});
});

describe('isMarkedForSearch', () => {
	test('a page whose <main> Starlight marked', () => {
		expect(isMarkedForSearch(marked)).toBe(true);
		expect(isMarkedForSearch('<main data-pagefind-body>Case</main>')).toBe(true);
	});

	test('a page without the mark: fallbacks, later tag pages, redirects', () => {
		expect(isMarkedForSearch('<main class="astro-g5ptsecz" lang="en">Page 2</main>')).toBe(false);
		expect(isMarkedForSearch('<main>Embed</main>')).toBe(false);
		expect(isMarkedForSearch('<meta http-equiv="refresh" content="0;url=/en/cases/x/">')).toBe(false);
	});

	test('text inside the page cannot mark it', () => {
		expect(isMarkedForSearch('<main class="x"><abbr title="a data-pagefind-body b">t</abbr><div data-pagefind-body>late</div></main>')).toBe(false);
		expect(isMarkedForSearch('<main data-pagefind-bodyguard>t</main>')).toBe(false);
	});
});

describe('isSearchablePage', () => {
	test('a marked reader page is indexed', () => {
		expect(isSearchablePage('en/cases/payermax/index.html', marked)).toBe(true);
		expect(isSearchablePage('en/tags/sso/index.html', marked)).toBe(true);
	});

	test('the contribute, translation status, home and list pages are not, although Starlight marks them', () => {
		for (const file of ['en/contribute/index.html', 'zh-cn/contribute/translations/index.html', 'en/index.html', 'en/cases/index.html', 'en/tags/index.html'])
			expect(isSearchablePage(file, marked), file).toBe(false);
	});

	test('an unmarked reader page (an untranslated fallback, a redirect) is not', () => {
		expect(isSearchablePage('en/cases/payermax/index.html', '<main>Fallback</main>')).toBe(false);
	});
});
