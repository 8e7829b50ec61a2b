import { describe, expect, test } from 'vitest';
import { isSearchablePage } from '../../../src/lib/search/searchable-page';

describe('isSearchablePage', () => {
	test('a page whose <main> Starlight marked is indexed', () => {
		expect(isSearchablePage('<html><body><header>…</header><main data-pagefind-body class="x" lang="en">Case</main></body></html>')).toBe(true);
		expect(isSearchablePage('<main data-pagefind-body>Case</main>')).toBe(true);
	});

	test('a page without the mark is not: embeds, later list pages, redirects', () => {
		expect(isSearchablePage('<main class="astro-g5ptsecz" lang="en">Page 2</main>')).toBe(false);
		expect(isSearchablePage('<main>Embed</main>')).toBe(false);
		expect(isSearchablePage('<meta http-equiv="refresh" content="0;url=/en/cases/x/">')).toBe(false);
	});

	test('text inside the page cannot make it searchable', () => {
		expect(isSearchablePage('<main class="x"><abbr title="a data-pagefind-body b">t</abbr><div data-pagefind-body>late</div></main>')).toBe(false);
		expect(isSearchablePage('<main data-pagefind-bodyguard>t</main>')).toBe(false);
	});
});
