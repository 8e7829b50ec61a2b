/**
 * The `hostile-fields` fixture corpus (synthetic: payloads in every text field of a case and in
 * the labels, descriptions and aliases of a tag of every facet), as `npm run build:fixtures` built
 * it into dist-fixtures/hostile-fields: no page of it carries the payloads as markup, a crawl of
 * every built HTML file without a browser. The browser test (tests/e2e/hostile-fields.test.ts)
 * shows the same pages inert in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { getSitePolicy } from '../../src/lib/sharing/csp.ts';
import { localeToLang } from '../../src/lib/i18n/locales.ts';
import { readBuiltPage, textOf } from '../support/built-site.ts';
import { parseCsv } from '../support/csv.ts';
import { loadFixtureCorpus } from '../support/fixture-corpus.ts';

const { byLocale, tags, index } = loadFixtureCorpus('tests/fixtures/corpora/hostile-fields');
const siteTitles = { 'zh-cn': '客户案例报告', en: 'Customer case reports' } as const;
const dir = 'dist-fixtures/hostile-fields';

describe('a corpus with hostile text in every field', () => {
	let pages: string[] = [];
	beforeAll(() => {
		if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run build:fixtures\` first (npm test does)`);
		pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	});

	test('every page type is built, in both languages', () => {
		expect(pages).toEqual(
			expect.arrayContaining(['zh-cn/cases/hostile-fields/index.html', 'en/cases/hostile-fields/index.html', 'en/tags/index.html', 'zh-cn/insights/index.html'])
		);
		expect(pages.length).toBeGreaterThan(50);
	});

	test('the figures CSV starts no cell with what a spreadsheet runs as a formula', () => {
		const rows = parseCsv(readFileSync(join(dir, 'data/metrics.csv'), 'utf8').replace(/^\uFEFF/, ''));
		const cells = rows.flat();
		expect(cells.some((cell) => cell.includes('HYPERLINK'))).toBe(true);
		// A negative number is a number to a spreadsheet; any other text starting with - may be a formula.
		expect(cells.filter((cell) => /^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !/^-\d+(\.\d+)?$/.test(cell)))).toEqual([]);
	});

	test("its Content-Security-Policy is the site's: no hash for anything a contributor wrote", () => {
		const policy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
		const expected = getSitePolicy().meta;
		expect(expected).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
		const policies = new Set(pages.map((file) => policy(readFileSync(join(dir, file), 'utf8'))));
		expect([...policies]).toEqual([expected]);
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${expected}; frame-ancestors 'self'`);
	});

	test('no built page carries a payload as markup', () => {
		const problems: string[] = [];
		for (const file of pages) {
			const page = parse(readFileSync(join(dir, file), 'utf8'));
			for (const element of page.querySelectorAll('x-pwned, img[src="x"], iframe[srcdoc], [onerror], [onload], [onmouseover], a[href^="javascript:"]')) {
				problems.push(`${file}: <${element.tagName.toLowerCase()}> ${element.toString().slice(0, 80)}`);
			}
			for (const script of page.querySelectorAll('script')) {
				if (script.getAttribute('type') === 'application/ld+json') {
					try {
						JSON.parse(script.textContent);
					} catch {
						problems.push(`${file}: JSON-LD that does not parse: ${script.textContent.slice(0, 80)}`);
					}
				} else if (/__pwned|alert\(/.test(script.textContent)) problems.push(`${file}: script ${script.textContent.slice(0, 80)}`);
			}
			if (page.querySelectorAll('title').length > 1) problems.push(`${file}: ${page.querySelectorAll('title').length} <title> elements`);
		}
		expect(problems).toEqual([]);
	});

	test.each(['zh-cn', 'en'] as const)('%s: the <title> of the case and tag pages is the text as written', (locale) => {
		const hostile = byLocale[locale].get('hostile-fields')!;
		const casePage = readBuiltPage(`/${locale}/cases/hostile-fields/`, dir);
		expect(casePage.querySelector('title')?.textContent).toBe(`${hostile.title} | ${siteTitles[locale]}`);
		expect(casePage.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(hostile.description);
		for (const tag of tags.filter((candidate) => candidate.id.startsWith('hostile-'))) {
			const tagPage = readBuiltPage(`/${locale}/tags/${tag.id}/`, dir);
			const total = index.tagIndex.get(tag.id)!.length;
			const shareTitle = locale === 'en' ? `${tag.label.en} — ${total} ${total === 1 ? 'case' : 'cases'}` : `${tag.label['zh-CN']}：${total} 个案例`;
			expect(tagPage.querySelector('title')?.textContent, tag.id).toBe(`${shareTitle} · ${siteTitles[locale]}`);
			expect(tagPage.querySelector('meta[property="og:title"]')?.getAttribute('content'), tag.id).toBe(shareTitle);
			expect(textOf(tagPage.querySelector('h1')), tag.id).toBe(tag.label[localeToLang(locale)]);
		}
	});

	test.each(['zh-cn', 'en'] as const)('%s: the JSON-LD of a case holds the strings as written, with "<" escaped', (locale) => {
		const hostile = byLocale[locale].get('hostile-fields')!;
		const html = readFileSync(join(dir, locale, 'cases/hostile-fields/index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1]!);
		expect(scripts).toHaveLength(2);
		for (const json of scripts) expect(json).not.toMatch(/</);
		expect(JSON.parse(scripts[0]!)).toMatchObject({ headline: hostile.title, description: hostile.description, about: { name: hostile.company.name } });
	});

	test.each(['zh-cn', 'en'] as const)('%s: the RSS description is escaped HTML, the title plain text', (locale) => {
		const hostile = byLocale[locale].get('hostile-fields')!;
		const feed = parse(readFileSync(join(dir, locale, 'rss.xml'), 'utf8'));
		const item = feed.querySelectorAll('item').find((candidate) => candidate.querySelector('title')?.textContent === hostile.title);
		expect(item, 'an item titled as the case').toBeDefined();
		// As a feed reader reads it: the XML text, then that text as HTML.
		const description = parse(item!.querySelector('description')!.textContent);
		expect(description.querySelectorAll('*')).toHaveLength(0);
		expect(description.textContent).toContain(hostile.description);
	});

	test.each(['zh-cn', 'en'])('%s: the social card is drawn', (locale) => {
		const png = readFileSync(join(dir, locale, 'cards/hostile-fields.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
	});
});
