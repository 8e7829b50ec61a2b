import { describe, expect, test } from 'vitest';
import { loadCaseFile } from '../../support/case-file.ts';
import {
	buildCaseCharts,
	buildCaseEmbedCode,
	buildCaseHead,
	buildCaseHeadings,
	buildCaseReport,
	buildCaseSearchData,
	buildCaseTagGroups,
	getCasePageUrl,
} from '../../../src/lib/cases/case-page';
import { toCaseView } from '../../../src/lib/cases/case-view';
import { toCaseCard } from '../../../src/lib/corpus/case-card';
import type { Locale } from '../../../src/lib/i18n/locales';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

const corpus = 'tests/fixtures/corpora/fallback';
const tags = readTaxonomy(`${corpus}/taxonomy`);
const { file, data } = loadCaseFile(corpus, 'en', 'only-english');

/** The English-only fixture case read by a reader in `locale` (zh-cn: the untranslated fallback). */
const viewFor = (locale: Locale) => toCaseView({ slug: 'only-english', locale, contentLocale: 'en', data, tags, file });
const location = { site: 'https://cases.example', base: '/sub/' };

describe('case page head', () => {
	test('Article and breadcrumb JSON-LD with absolute URLs, and the case card with its first figures as alt text', () => {
		const head = buildCaseHead(viewFor('en'), location);
		const [article, breadcrumb] = head.filter((entry) => entry.tag === 'script').map((entry) => JSON.parse(String(entry.content)) as Record<string, unknown>);
		expect(article).toMatchObject({
			'@type': 'Article',
			url: 'https://cases.example/sub/en/cases/only-english/',
			publisher: { name: 'Customer case reports', url: 'https://cases.example/sub/en/' },
		});
		expect((breadcrumb as { itemListElement: { name: string; item: string }[] }).itemListElement.map((crumb) => [crumb.name, crumb.item])).toEqual([
			['Home', 'https://cases.example/sub/en/'],
			['Cases', 'https://cases.example/sub/en/cases/'],
			['Only English Co', 'https://cases.example/sub/en/cases/only-english/'],
		]);
		const meta = Object.fromEntries(
			head.filter((entry) => entry.tag === 'meta').map((entry) => [entry.attrs.property ?? entry.attrs.name, entry.attrs.content])
		);
		expect(meta['og:image']).toBe('https://cases.example/sub/en/cards/only-english.png');
		expect(meta['og:image:alt']).toBe('Only English Co: Response speed: +40% · Review cycle: 2 weeks → 2 days');
	});

	test('a Chinese reader of an untranslated case gets Chinese navigation words and the zh-cn card', () => {
		const head = buildCaseHead(viewFor('zh-cn'), location);
		const [, breadcrumb] = head.flatMap((entry) => (entry.tag === 'script' ? [JSON.parse(entry.content) as { itemListElement: { name: string }[] }] : []));
		expect(breadcrumb?.itemListElement.map((crumb) => crumb.name)).toEqual(['首页', '客户案例', 'Only English Co']);
		const image = head.find((entry) => entry.tag === 'meta' && entry.attrs.property === 'og:image');
		expect(image?.attrs).toMatchObject({ content: 'https://cases.example/sub/zh-cn/cards/only-english.png' });
	});
});

describe('case page parts', () => {
	test('the table of contents: own sections around the report, charts and related cases only when shown', () => {
		const report = [{ depth: 2, slug: 'synthetic-section', text: 'Synthetic section' }];
		expect(buildCaseHeadings(viewFor('en'), { reportHeadings: report, hasCharts: true, hasRelated: false }).map((heading) => heading.slug)).toEqual([
			'key-figures',
			'metric-charts',
			'company-facts',
			'synthetic-section',
			'case-tags',
			'case-source',
		]);
		expect(buildCaseHeadings(viewFor('zh-cn'), { reportHeadings: [], hasCharts: false, hasRelated: true }).map((heading) => heading.text)).toEqual([
			'关键数据',
			'基本信息',
			'标签',
			'相关案例',
			'来源',
		]);
	});

	test("a <MetricChart> slot becomes its charts, in the case file's language with the reader's chart words", () => {
		const report = buildCaseReport(viewFor('zh-cn'), [{ html: '<p>x</p>' }, { chart: ['review-cycle'] }]);
		expect(report[0]).toEqual({ html: '<p>x</p>' });
		const charts = 'charts' in report[1]! ? report[1].charts : [];
		expect(charts.map((spec) => [spec.id, spec.kind, spec.locale, spec.title])).toEqual([['chart-review-cycle', 'time', 'en', '用时：之前、之后与节省']]);
		expect(charts[0]?.rows[0]?.text).toEqual({ before: '2 weeks', after: '2 days' });
	});

	test('a slot naming a figure the case lacks fails naming the file and the ids there are', () => {
		expect(() => buildCaseReport(viewFor('en'), [{ chart: ['nope'] }])).toThrow(
			/only-english\.mdx.*<MetricChart>.*no metric "nope"[\s\S]*response-speed, review-cycle/
		);
	});

	test('the charts every case page shows, one per kind of figure', () => {
		expect(buildCaseCharts(viewFor('en')).map((spec) => spec.id)).toEqual(['chart-improvement', 'chart-time']);
	});

	test('tag groups link to tag pages under the base, and leave empty groups out', () => {
		expect(buildCaseTagGroups(viewFor('en'), '/sub/')).toEqual([
			{ heading: 'Capabilities used', tags: [{ id: 'sso', label: expect.any(String) as string, href: '/sub/en/tags/sso/' }] },
		]);
	});

	test('embed code with absolute URLs and the embed title; the page URL for print', () => {
		const { snippet, previewHref } = buildCaseEmbedCode(viewFor('en'), location);
		expect(previewHref).toBe('/sub/en/embed/only-english/');
		expect(snippet).toContain('src="https://cases.example/sub/en/embed/only-english/" title="Only English Co · Key figures"');
		expect(snippet).toContain('<script src="https://cases.example/sub/embed.js" async></script>');
		expect(getCasePageUrl(viewFor('zh-cn'), location)).toBe('https://cases.example/sub/zh-cn/cases/only-english/');
	});

	test("search data: filters named in the reader's language, the tags' names in every language", () => {
		const search = buildCaseSearchData(viewFor('zh-cn'));
		expect(search.filters.map((filter) => filter.name)).toEqual(['行业', '使用的能力', '原有挑战', '地区', '公司规模']);
		expect(search.filters[0]?.values).toEqual(viewFor('zh-cn').industries.map((tag) => tag.label));
		expect(search.terms.split(' · ')).toEqual(viewFor('zh-cn').searchTerms);
	});
	test('search data: the headline figure is the one the case card shows', () => {
		for (const locale of ['zh-cn', 'en'] as const) {
			const { headline } = buildCaseSearchData(viewFor(locale));
			expect(headline).toBeDefined();
			expect(headline).toEqual(toCaseCard(viewFor(locale), '/').headline);
		}
	});
});
