import { previewOrigin } from '../../src/lib/urls.ts';
/**
 * Feeds per language and tag pages as shared, on a built corpus with more than 50 cases in each
 * language, a case in each language only (the newest), multipliers next to percent changes and
 * durations in one outcome, and long Latin company names and labels.
 */
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @astrojs/rss's own XML parser (a dependency of it): the feed is read as XML, and validated.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { readChartTable } from '../../src/components/metrics/chart-table.ts';
import { indexCorpus, type CorpusIndex } from '../../src/lib/corpus/corpus.ts';
import { locales, localeToLang, type Locale } from '../../src/lib/i18n/locales.ts';
import { formatMetric } from '../../src/lib/metrics/format-metric.ts';
import { cardBytesTarget } from '../../src/lib/sharing/social-card.ts';
import { writeSyntheticCorpus } from '../../tools/synthetic/write-corpus.ts';
import type { Tag } from '../../src/schemas/taxonomy.ts';
import { useSiteBuild } from '../support/build-site.ts';
import { readBuiltPage, textOf } from '../support/built-site.ts';
import { loadFixtureCorpus } from '../support/fixture-corpus.ts';

const site = previewOrigin;

const build = useSiteBuild(({ makeDir }) => {
	const root = makeDir('feeds-corpus-');
	writeSyntheticCorpus(root, 52, {}, 'tests/fixtures/corpora/synthetic/taxonomy');
	cpSync('tests/fixtures/feeds/cases', join(root, 'cases'), { recursive: true });
	return root;
});

/** The cases written in a language, read from the corpus's own files. */
const casesIn = (locale: Locale) => loadFixtureCorpus(build.contentDir).byLocale[locale];

interface FeedItem {
	title: string;
	link: string;
	description: string;
	pubDate: string;
}

function readFeed(locale: 'zh-cn' | 'en') {
	const xml = readFileSync(join(build.outDir, locale, 'rss.xml'), 'utf8');
	const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
	return { xml, rss: parsed.rss, channel: parsed.rss.channel, items: parsed.rss.channel.item as FeedItem[] };
}

/** An item's description as a feed reader shows it: its XML text, then that text as HTML. */
const shown = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('a feed per language', () => {
	test.each(locales)('%s: well-formed RSS with its language and its own absolute address (atom:link rel="self")', (locale) => {
		const { xml, rss, channel } = readFeed(locale);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
		expect(channel.language).toBe(localeToLang(locale));
		expect(channel['atom:link']).toEqual({ '@href': `${site}/${locale}/rss.xml`, '@rel': 'self', '@type': 'application/rss+xml' });
	});

	test.each(locales)('%s: the newest 50 cases written in the language, newest first; none from the other language only', (locale) => {
		const { items } = readFeed(locale);
		const written = casesIn(locale);
		expect(written.size).toBeGreaterThan(50);
		expect(items).toHaveLength(50);
		const slugs = items.map((item) => /\/cases\/([^/]+)\/$/.exec(item.link)![1]!);
		expect(slugs.filter((slug) => !written.has(slug))).toEqual([]);
		// The expected 50: this language's cases by report date, then slug.
		const expected = [...written]
			.sort(([a, x], [b, y]) => y.reportDate.localeCompare(x.reportDate) || a.localeCompare(b))
			.slice(0, 50)
			.map(([slug]) => slug);
		expect(slugs).toEqual(expected);
		const other = locale === 'en' ? 'feed-only-chinese' : 'feed-only-english';
		expect(slugs).not.toContain(other);
		expect(slugs[0]).toBe(locale === 'en' ? 'feed-only-english' : 'feed-only-chinese');
	});

	test.each(locales)('%s: each item is its description, then the headline figure as a sentence of its own', (locale) => {
		const { items } = readFeed(locale);
		const written = casesIn(locale);
		for (const item of items) {
			const data = written.get(/\/cases\/([^/]+)\/$/.exec(item.link)![1]!)!;
			const headline = `${formatMetric(data.metrics[0]!, locale).text}${locale === 'en' ? '.' : '。'}`;
			expect(shown(item.description), item.link).toMatch(
				new RegExp(`[.。]${locale === 'en' ? ' ' : ''}${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u')
			);
		}
		const [newest] = items;
		expect(shown(newest!.description)).toBe(
			locale === 'en'
				? 'A synthetic case that exists only in English, whose approvals moved into one tool and got faster. Cross-departmental procurement approval throughput: 6×.'
				: '一个只有简体中文版本的合成测试案例，审批集中到一个工具后明显提速。跨部门采购审批处理效率：↑5 倍。'
		);
	});
});

describe('a tag page shared', () => {
	let taxonomy: Tag[] = [];
	let index: CorpusIndex;
	beforeAll(() => {
		taxonomy = loadFixtureCorpus(build.contentDir).tags;
		index = indexCorpus([...new Map([...casesIn('en'), ...casesIn('zh-cn')])].map(([slug, data]) => ({ slug, data })));
	});
	const siteTitles = { 'zh-cn': '客户案例报告', en: 'Customer case reports' } as const;

	test.each(locales.flatMap((locale) => ['process-efficiency', 'approvals'].map((tag) => ({ locale, tag }))))(
		'$locale $tag: its own title, og:type website, and a card of its own with alt text',
		({ locale, tag }) => {
			const page = readBuiltPage(`/${locale}/tags/${tag}/`, build.outDir);
			const meta = (selector: string) => page.querySelector(`head ${selector}`)?.getAttribute('content');
			const label = taxonomy.find((candidate) => candidate.id === tag)!.label[localeToLang(locale)];
			const total = index.tagIndex.get(tag)!.length;
			const shareTitle = locale === 'en' ? `${label} — ${total} cases` : `${label}：${total} 个案例`;
			expect(meta('meta[property="og:title"]')).toBe(shareTitle);
			expect(textOf(page.querySelector('title'))).toBe(`${shareTitle} · ${siteTitles[locale]}`);
			expect(page.querySelectorAll('head meta[property="og:type"]').map((element) => element.getAttribute('content'))).toEqual(['website']);
			const description = meta('meta[name="description"]')!;
			expect(description).toContain(locale === 'en' ? `${total} cases with key figures.` : `${total} 个案例及其关键数据。`);
			// A headline spread: "Process efficiency: 2× to 6× across 30 cases." / "流程效率：2 至 6 倍（30 个案例）。"
			expect(description).toMatch(locale === 'en' ? / to .* across \d+ cases\.$/u : / 至 .*（\d+ 个案例）。$/u);
			expect(meta('meta[property="og:description"]')).toBe(description);

			const image = meta('meta[property="og:image"]')!;
			expect(image).toBe(`${site}/${locale}/cards/tags/${tag}.png`);
			expect(meta('meta[name="twitter:image"]')).toBe(image);
			const card = join(build.outDir, new URL(image).pathname);
			expect(existsSync(card)).toBe(true);
			const png = readFileSync(card);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			expect(statSync(card).size).toBeLessThanOrEqual(cardBytesTarget);
			const alt = meta('meta[property="og:image:alt"]')!;
			expect(alt.length).toBeGreaterThan(20);
			expect(alt).toContain(label);
			expect(alt).toContain(locale === 'en' ? `${total} cases` : `${total} 个案例`);
		}
	);

	test.each(locales)('%s: comparison charts have titles of their own, and multiples are drawn as multiples', (locale) => {
		const page = readBuiltPage(`/${locale}/tags/process-efficiency/`, build.outDir);
		const charts = page.querySelectorAll('section[aria-labelledby="tag-comparison"] figure.cs-chart').map((figure) => readChartTable(figure));
		const titles = charts.map((chart) => chart.title);
		expect(titles.length).toBeGreaterThan(2);
		expect(new Set(titles).size).toBe(titles.length);
		// Process efficiency has multiples and durations: two charts, each saying which.
		const own = charts.filter((chart) => chart.title.startsWith(locale === 'en' ? 'Process efficiency' : '流程效率'));
		expect(own.map((chart) => `${chart.kind}: ${chart.title}`).sort()).toEqual(
			locale === 'en'
				? ['multiplier: Process efficiency: multiples', 'time: Process efficiency: time taken and saved']
				: ['multiplier: 流程效率：倍数', 'time: 流程效率：用时与节省时间']
		);
		const multiples = own.find((chart) => chart.kind === 'multiplier')!;
		expect(multiples.rows.length).toBeGreaterThan(1);
		for (const row of multiples.rows) {
			expect(row.factor).toBeGreaterThanOrEqual(2);
			expect(row.factor).toBeLessThanOrEqual(6);
			expect(row.percent).toBeUndefined();
			expect(row.text.change).toBe(locale === 'en' ? `${row.factor}×` : `↑${row.factor} 倍`);
		}
	});

	test('an author chart naming a percent change and a multiplier draws each on its own axis', () => {
		const page = readBuiltPage('/en/cases/feed-only-english/', build.outDir);
		const charts = page.querySelectorAll('.cs-report figure.cs-chart').map((figure) => [figure.getAttribute('id'), readChartTable(figure).kind]);
		expect(charts).toEqual([
			['chart-response-speed-approval-throughput-improvement', 'improvement'],
			['chart-response-speed-approval-throughput-multiplier', 'multiplier'],
		]);
	});
});
