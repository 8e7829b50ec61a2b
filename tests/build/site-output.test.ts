import { previewOrigin } from '../../src/lib/urls.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readCaseMeta } from '../../src/components/search/pagefind.ts';
import { readBuiltPage, textOf } from '../support/built-site.ts';

const site = previewOrigin;

describe.each([
	{
		locale: 'zh-cn',
		lang: 'zh-CN',
		title: 'PayerMax：用飞书打通海内外团队协同的跨境支付公司 | 客户案例报告',
		figure: '↑50%',
		date: '2025年10月17日',
		facts: ['PayerMax', '金融科技 · 跨境支付', '飞书', '全球 · 新兴市场 · 中国'],
	},
	{
		locale: 'en',
		lang: 'en',
		title: 'PayerMax: how a cross-border payments company joined up its teams with Feishu | Customer case reports',
		figure: '+50%',
		date: 'October 17, 2025',
		facts: ['PayerMax', 'Fintech · Cross-border payments', 'Feishu', 'Global · Emerging markets · China'],
	},
])('the PayerMax case page in $locale', ({ locale, lang, title, figure, date, facts }) => {
	const page = readBuiltPage(`/${locale}/cases/payermax/`);

	test('has the right language, title and language alternates', () => {
		expect(page.querySelector('html')?.getAttribute('lang')).toBe(lang);
		expect(textOf(page.querySelector('title'))).toBe(title);
		const alternates = Object.fromEntries(
			page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])
		);
		expect(alternates).toEqual({
			'zh-CN': `${site}/zh-cn/cases/payermax/`,
			en: `${site}/en/cases/payermax/`,
			'x-default': `${site}/zh-cn/cases/payermax/`,
		});
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}/${locale}/cases/payermax/`);
	});

	test('describes itself as structured data: an Article about the company with its figures, and breadcrumbs', () => {
		const data = page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));
		const article = data.find((item) => item['@type'] === 'Article');
		expect(article).toMatchObject({
			inLanguage: lang,
			url: `${site}/${locale}/cases/payermax/`,
			datePublished: '2025-10-17',
			isBasedOn: 'https://www.feishu.cn/customers/PayerMax',
			about: { '@type': 'Organization', name: 'PayerMax' },
		});
		expect(article.mentions).toHaveLength(6);
		expect(article.mentions[0]).toMatchObject({ '@type': 'PropertyValue', value: figure, url: `${site}/${locale}/cases/payermax/#metric-response-speed` });
		const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
		expect(crumbs.itemListElement.map((item: { item: string }) => item.item)).toEqual([
			`${site}/${locale}/`,
			`${site}/${locale}/cases/`,
			`${site}/${locale}/cases/payermax/`,
		]);
	});

	test('shows the company facts', () => {
		const text = textOf(page.querySelector('.cs-facts'));
		for (const fact of facts) expect(text).toContain(fact);
	});

	test('shows every figure as a static block with its anchor, before the report', () => {
		const figures = page.querySelectorAll('.cs-figures li');
		expect(figures.map((li) => li.id)).toEqual([
			'metric-response-speed',
			'metric-handover-efficiency',
			'metric-risk-alert-efficiency',
			'metric-handover-cycle',
			'metric-alignment-time-saved',
			'metric-translation-coverage',
		]);
		expect(textOf(figures[0]?.querySelector('.cs-figure__value'))).toBe(figure);
		const html = page.toString();
		expect(html.indexOf('cs-figures')).toBeLessThan(html.indexOf('cs-report'));
	});

	test('has the full report, the source link and the report date', () => {
		expect(page.querySelectorAll('.cs-report h2').length).toBe(6);
		expect(page.querySelectorAll('.cs-report h3').length).toBe(15);
		expect(page.querySelector('.cs-source a[href="https://www.feishu.cn/customers/PayerMax"]')).not.toBeNull();
		expect(textOf(page.querySelector('.cs-source time'))).toBe(date);
		expect(page.querySelector('.cs-source time')?.getAttribute('datetime')).toBe('2025-10-17');
	});

	test('lists its tags as text', () => {
		expect(page.querySelectorAll('.cs-tags .cs-chip').length).toBe(12 + 4 + 16);
	});

	test('is in the search index of its language, with no untranslated notice', () => {
		expect(page.querySelector('[data-pagefind-body]')).not.toBeNull();
		expect(page.querySelector('.cs-fallback')).toBeNull();
	});

	test('its search meta, as the search dialog and the cases browser read it, shows what its card in the list shows', () => {
		const meta = readCaseMeta({
			url: '',
			content: '',
			meta: Object.fromEntries(
				page.querySelectorAll('[data-pagefind-meta]').map((element) => {
					const [key = '', attribute] = element.getAttribute('data-pagefind-meta')!.split(/[[\]]/);
					return [key, attribute ? element.getAttribute(attribute)! : textOf(element)];
				})
			),
		});
		const card = readBuiltPage(`/${locale}/cases/`).querySelector('[data-static] .cs-card:has(a[href$="/payermax/"])')!;
		expect(meta).toMatchObject({
			company: textOf(card.querySelector('.cs-card__company')),
			figure: textOf(card.querySelector('.cs-card__figure strong')),
			direction: card.querySelector('.cs-card__figure')?.getAttribute('data-direction'),
			date: textOf(card.querySelector('.cs-card__meta time')),
			lang,
		});
		expect(`${meta.figure} ${meta.figureLabel}`).toBe(textOf(card.querySelector('.cs-card__figure')));
		expect(meta.figure).toBe(figure);
	});

	test('the sidebar leads to sections, not to every case', () => {
		const links = page.querySelectorAll('#starlight__sidebar a').map((a) => a.getAttribute('href'));
		expect(links).toEqual([`/${locale}/`, `/${locale}/cases/`, `/${locale}/industries/`, `/${locale}/tags/`, `/${locale}/insights/`, `/${locale}/contribute/`]);
	});
});

describe('the rest of the site', () => {
	test('the root page links to both languages without JS', () => {
		const root = readBuiltPage('/');
		expect(textOf(root.querySelector('title'))).toBe('客户案例报告 · Customer case reports');
		expect(root.querySelectorAll('a[data-locale]').map((a) => a.getAttribute('href'))).toEqual(['/zh-cn/', '/en/']);
	});

	test.each(['zh-cn', 'en'])('the %s home and case list exist and link to the case', (locale) => {
		expect(readBuiltPage(`/${locale}/`).querySelector(`a[href$="cases/payermax/"]`)).not.toBeNull();
		const list = readBuiltPage(`/${locale}/cases/`);
		expect(list.querySelector(`a[href="/${locale}/cases/payermax/"]`)).not.toBeNull();
	});

	test.each([
		{ locale: 'zh-cn', lang: 'zh-CN', title: 'PayerMax：用飞书打通海内外团队协同的跨境支付公司' },
		{ locale: 'en', lang: 'en', title: 'PayerMax: how a cross-border payments company joined up its teams with Feishu' },
	])('an RSS feed per language lists the newest cases ($locale)', ({ locale, lang, title }) => {
		const xml = readFileSync(`dist/${locale}/rss.xml`, 'utf8');
		expect(xml.startsWith('<?xml')).toBe(true);
		// An HTML parser reads the XML well enough here (it lower-cases names, and <link> is void in HTML).
		const feed = parse(xml);
		expect(feed.querySelector('language')?.textContent).toBe(lang);
		const items = feed.querySelectorAll('item');
		expect(items.map((item) => item.querySelector('title')?.textContent)).toEqual([title]);
		expect(items[0]?.querySelector('guid')?.textContent).toBe(`${site}/${locale}/cases/payermax/`);
		expect(new Date(items[0]!.querySelector('pubdate')!.textContent).toISOString().slice(0, 10)).toBe('2025-10-17');
		expect(
			readBuiltPage(`/${locale}/`)
				.querySelectorAll('link[type="application/rss+xml"]')
				.map((link) => link.getAttribute('href'))
		).toEqual(['/zh-cn/rss.xml', '/en/rss.xml']);
	});

	test("English counts agree with their number, and sentences end in their language's stop", () => {
		const stats = textOf(readBuiltPage('/en/').querySelector('.cs-front__stats'));
		const counts = [...stats.matchAll(/(\d+) (case|industr|figure)(\w*)/g)];
		expect(
			counts.map(([, count, , ending]) => (count === '1') === (ending === '' || ending === 'y')),
			stats
		).toEqual([true, true, true]);
		const intro = (locale: string) => textOf(readBuiltPage(`/${locale}/insights/`).querySelector('main [data-pagefind-weight] > p'));
		expect(intro('zh-cn')).toMatch(/。\d+ 个案例。$/);
		expect(intro('en')).toMatch(/\. \d+ cases?\.$/);
	});

	test('search weights sit where pages are indexed: the pages that list cases weigh their title and text low, the others carry none', () => {
		for (const path of ['/en/tags/fintech/', '/zh-cn/industries/', '/en/insights/']) {
			const page = readBuiltPage(path);
			const weighted = page.querySelectorAll('main [data-pagefind-weight="0.1"]');
			expect(
				weighted.map((element) => (element.querySelector('h1') ? 'title' : 'text')),
				path
			).toEqual(['title', 'text']);
			expect(weighted[1]!.parentNode?.classList.contains('sl-markdown-content'), path).toBe(true);
		}
		// Never indexed (src/lib/search/searchable-page.ts): a weight in their content would be dead weight.
		for (const path of ['/en/', '/zh-cn/cases/', '/en/tags/', '/zh-cn/contribute/translations/']) {
			expect(readBuiltPage(path).querySelectorAll('.sl-markdown-content [data-pagefind-weight]').length, path).toBe(0);
		}
	});

	test('Pagefind built one index per language', () => {
		expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
		const metas = readdirSync('dist/pagefind').filter((name) => name.endsWith('.pf_meta'));
		expect(metas.some((name) => name.startsWith('pagefind.zh-cn'))).toBe(true);
		expect(metas.some((name) => name.startsWith('pagefind.en'))).toBe(true);
	});
});

describe('texts written as sentences of their language', () => {
	test.each([
		['/zh-cn/tags/', '按行业、使用的能力、原有挑战、未满足的需求、成效类别、地区和规模浏览所有案例。每组按案例数排序，其次按名称。'],
		[
			'/en/tags/',
			'Browse every case by industry, capability, challenge, unmet need, outcome, region and size. Each group is sorted by number of cases, then by name.',
		],
		['/zh-cn/industries/', '按行业浏览案例：每个行业的案例数，以及通往各行业案例列表的入口。按案例数排序，其次按名称。'],
		['/en/industries/', 'Browse cases by industry: the number of cases in each, and the way in to each list. Sorted by number of cases, then by name.'],
	])('%s opens with its description and sort note, no space between Chinese sentences', (path, intro) => {
		expect(textOf(readBuiltPage(path).querySelector('main .sl-markdown-content p'))).toBe(intro);
	});

	test.each([
		['zh-cn', '来源：'],
		['en', 'Source: '],
	])('the %s embed names its source with the colon of its language', (locale, label) => {
		const footer = readBuiltPage(`/${locale}/embed/payermax/`).querySelector('.cs-embed__footer')!;
		expect(footer.textContent).toContain(`${label}${footer.querySelector('a[rel~="external"]')!.textContent}`);
	});
});
