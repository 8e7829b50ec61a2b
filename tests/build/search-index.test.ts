import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import en from '../../src/content/i18n/en.json';
import zh from '../../src/content/i18n/zh-CN.json';

interface IndexedPage {
	lang: string;
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** Every page in the built search index: Pagefind's fragments (gzip, a signature, then JSON), with the language of their index. */
function readIndexedPages(dir = 'dist'): IndexedPage[] {
	const folder = join(dir, 'pagefind', 'fragment');
	if (!existsSync(folder)) throw new Error(`${folder} does not exist: run \`npm run build\` first`);
	return readdirSync(folder).map((file) => {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Omit<IndexedPage, 'lang'>;
		// Without the zero-width spaces Pagefind puts between the words it segmented in Chinese.
		return { ...fragment, content: fragment.content.replace(/\u200b/g, ''), lang: file.split('_')[0]! };
	});
}

/** The page type of a URL, spelled out here rather than taken from the rule under test. */
function pageTypeOf(url: string): string {
	const path = url.replace(/^\/(zh-cn|en)\//, '');
	const types: [string, RegExp][] = [
		['home', /^$/],
		['cases list', /^cases\/(page\/\d+\/)?$/],
		['case', /^cases\/[^/]+\/$/],
		['tag index', /^tags\/$/],
		['tag', /^tags\/[^/]+\/$/],
		['later tag page', /^tags\/[^/]+\/page\/\d+\/$/],
		['industries', /^industries\/$/],
		['insights', /^insights\/$/],
		['translation status', /^contribute\/translations\/$/],
		['contribute', /^contribute\/$/],
		['embed', /^embed\/[^/]+\/$/],
	];
	return types.find(([, pattern]) => pattern.test(path))?.[0] ?? `other: ${url}`;
}

/** Built pages whose `<main>` Starlight marked for search, by URL. */
function listMarkedPages(dir = 'dist'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html') && /<main\b[^>]*\sdata-pagefind-body/.test(readFileSync(join(dir, file), 'utf8')))
		.map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

const pages = readIndexedPages();

describe('the search index of the site', () => {
	test.for([
		['zh-cn', 'zh-cn'],
		['en', 'en'],
	])('%s: only case, tag, industries and insights pages, each in its own language', ([locale, lang]) => {
		const own = pages.filter((page) => page.lang === lang);
		expect(own.every((page) => page.url.startsWith(`/${locale}/`))).toBe(true);
		expect([...new Set(own.map((page) => pageTypeOf(page.url)))].sort()).toEqual(['case', 'industries', 'insights', 'tag']);
	});

	test('every marked reader page is in it; the contribute, translation status, home and list pages are marked but left out by the rule', () => {
		const marked = listMarkedPages();
		const readerTypes = new Set(['case', 'tag', 'industries', 'insights']);
		expect(pages.map((page) => page.url).sort()).toEqual(marked.filter((url) => readerTypes.has(pageTypeOf(url))).sort());
		const markedButOut = new Set(marked.filter((url) => !readerTypes.has(pageTypeOf(url))).map(pageTypeOf));
		for (const type of ['contribute', 'translation status', 'home', 'cases list', 'tag index']) expect(markedButOut, type).toContain(type);
	});

	test.for([
		['zh-cn', zh, '统一身份认证，海内外员工一键登录'],
		['en', en, 'one identity for everyone'],
	] as const)(
		'%s: a case is indexed by its title, summary and report, and found by its tags, company and figures without their chrome',
		([locale, ui, reportWords]) => {
			const page = pages.find((candidate) => candidate.url === `/${locale}/cases/payermax/`)!;
			expect(page.content).toContain(page.meta.title);
			expect(page.content).toContain(reportWords);
			const chrome = [
				ui['metrics.copyLink'],
				ui['case.keyFigures'],
				ui['case.companyFacts'],
				ui['case.publisher'],
				ui['case.reportDate'],
				ui['case.capabilities'],
				ui['related.title'],
			];
			// The hidden search terms are in the text too: chrome must not be, outside them.
			const visible = page.content.split(page.meta._terms!).join(' ');
			expect(chrome.filter((words) => visible.includes(words))).toEqual([]);
			expect(visible).not.toContain('https://www.feishu.cn/customers/PayerMax');
			for (const term of ['PayerMax', 'SSO', '单点登录', 'Single sign-on', 'Feishu', '飞书']) expect(page.meta._terms, term).toContain(term);
			expect(page.meta._terms).toContain(locale === 'en' ? 'Response speed to global customer requests' : '全球客户需求响应速度');
		}
	);

	test('a tag page is found by its name and description, not by the cards it lists', () => {
		const page = pages.find((candidate) => candidate.url === '/en/tags/approvals/')!;
		expect(page.content).toContain('Approvals');
		expect(page.content).not.toContain('PayerMax');
		expect(page.content).not.toContain(en['tag.allTags']);
	});
});

describe('the search vocabulary', () => {
	test.for(['zh-cn', 'en'])('%s: the tag names, aliases and companies of the cases, as words', (locale) => {
		const vocabulary = JSON.parse(readFileSync(`dist/${locale}/search-vocabulary.json`, 'utf8')) as { latin: string[]; han: string[] };
		for (const word of ['PayerMax', 'Approvals', 'SSO', 'Feishu', 'Lark']) expect(vocabulary.latin, word).toContain(word);
		for (const term of ['审批', '单点登录', '统一身份认证', '飞书']) expect(vocabulary.han, term).toContain(term);
	});
});
