import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CorpusCase } from '../../../src/lib/corpus/corpus';
import { formatSpreadRange } from '../../../src/lib/corpus/format-spread';
import { summarizeTag } from '../../../src/lib/corpus/tag-summary';
import { uiText } from '../../../src/lib/i18n/ui-text';
import { renderCard } from '../../../src/lib/sharing/render-card';
import { cardBytesTarget } from '../../../src/lib/sharing/social-card';
import { buildTagPageHead, getTagShareText, listTagCards, toTagCardModel } from '../../../src/lib/sharing/tag-sharing';
import type { CaseData } from '../../../src/schemas/case';
import type { Metric } from '../../../src/schemas/metric';
import { loadFixtureCorpus } from '../../support/fixture-corpus';
import { removeWhenDone } from '../../support/temp-files.ts';

const { index, tags } = loadFixtureCorpus('tests/fixtures/corpora/synthetic');
const tagById = (id: string) => tags.find((tag) => tag.id === id)!;
const approvals = tagById('approvals');
const labelIn = (lang: 'en' | 'zh-CN') => (id: string) => tagById(id).label[lang];

const metric = (id: string, category: string, figure: Partial<Metric> & Pick<Metric, 'kind'>): Metric =>
	({ id, label: id, category, qualifier: 'exact', ...figure }) as Metric;
const times = (value: number, category = 'process-efficiency') => metric('times', category, { kind: 'multiplier', multiplier: { direction: 'up', value } });
const change = (value: number, category = 'responsiveness') =>
	metric(`change-${value}`, category, { kind: 'change', change: { direction: 'up', value, unit: 'percent' } });
const caseOf = (company: string, reportDate: string, metrics: Metric[]): CorpusCase => ({
	slug: company.toLowerCase(),
	data: { company: { name: company }, reportDate, metrics } as unknown as CaseData,
});

/** Three cases of a tag, newest first as the tag index holds them. */
const cases = [
	caseOf('Acme', '2025-12-01', [times(5), change(40)]),
	// A second figure of the same outcome does not count twice.
	caseOf('Beta', '2025-11-01', [times(6), change(20), change(90)]),
	caseOf('Gamma', '2025-10-01', [
		metric('cycle', 'process-efficiency', { kind: 'before-after', before: { value: 3, unit: 'day' }, after: { value: 1, unit: 'hour' } }),
	]),
];

describe('the summary of a tag', () => {
	test('counts its cases and spreads each comparable figure over at least two cases, most cases first', () => {
		expect(summarizeTag(approvals, cases)).toEqual({
			total: 3,
			spreads: [
				{ category: 'process-efficiency', measure: 'multiplier', cases: 2, min: 5, max: 6 },
				{ category: 'responsiveness', measure: 'percent', cases: 2, min: 20, max: 40 },
			],
			newest: { company: 'Acme', reportDate: '2025-12-01', metric: cases[0]!.data.metrics[0] },
		});
	});

	test('an outcome tag counts only figures of that outcome', () => {
		const summary = summarizeTag(tagById('responsiveness'), cases);
		expect(summary.spreads.map((spread) => spread.category)).toEqual(['responsiveness']);
		expect(summary.newest?.metric?.category).toBe('responsiveness');
	});

	test('ranges read as the case pages write figures, in both languages', () => {
		const range = (measure: 'percent' | 'multiplier' | 'speedup' | 'hours-per-year', min: number, max: number) => [
			formatSpreadRange({ measure, min, max }, 'en'),
			formatSpreadRange({ measure, min, max }, 'zh-cn'),
		];
		expect(range('percent', 20, 40)).toEqual(['+20% to +40%', '↑20% 至 ↑40%']);
		expect(range('percent', -30, 15)).toEqual(['−30% to +15%', '↓30% 至 ↑15%']);
		expect(range('multiplier', 5, 6)).toEqual(['5× to 6×', '5 至 6 倍']);
		expect(range('multiplier', 2.5, 2.5)).toEqual(['2.5×', '2.5 倍']);
		expect(range('speedup', 12, 72)).toEqual(['12× to 72× faster', '快 12 至 72 倍']);
		expect(range('hours-per-year', 52, 1_248)).toEqual(['52 to 1,248 hours a year', '每年 52 至 1,248 小时']);
	});
});

describe('what a shared tag page says', () => {
	const summary = summarizeTag(approvals, cases);
	const en = getTagShareText(approvals, summary, 'en', labelIn('en'));
	const zh = getTagShareText(approvals, summary, 'zh-cn', labelIn('zh-CN'));

	test('English: a title with the number of cases; what the tag is, how many cases and a headline spread', () => {
		expect(en.title).toBe('Approvals — 3 cases');
		expect(en.description).toBe(
			`${approvals.description!.en} Approvals (Capabilities): 3 cases with key figures. Process efficiency: 5× to 6× across 2 cases.`
		);
		expect(en.cardAlt).toBe(
			'Approvals (Capabilities): 3 cases with key figures. Process efficiency: 5× to 6× across 2 cases. Responsiveness: +20% to +40% across 2 cases.'
		);
		expect(toTagCardModel(en, 'en')).toEqual({
			siteName: 'Customer case reports',
			kicker: 'Capabilities',
			title: 'Approvals',
			subtitle: approvals.description!.en,
			figures: [
				{ value: '3 cases', label: 'Newest report: Dec 1, 2025', direction: 'none' },
				{ value: '5× to 6×', label: 'Process efficiency · 2 cases', direction: 'none' },
				{ value: '+20% to +40%', label: 'Responsiveness · 2 cases', direction: 'none' },
			],
		});
	});

	test('Chinese: full-width punctuation, no spaces between sentences, 倍 and percents as key figures write them', () => {
		expect(zh.title).toBe('审批：3 个案例');
		expect(zh.description).toBe(`${approvals.description!['zh-CN']}审批（使用的能力）：3 个案例及其关键数据。流程效率：5 至 6 倍（2 个案例）。`);
		expect(zh.card.figures.map((figure) => `${figure.value} | ${figure.label}`)).toEqual([
			'3 个案例 | 最新报告：2025年12月1日',
			'5 至 6 倍 | 流程效率 · 2 个案例',
			'↑20% 至 ↑40% | 响应速度 · 2 个案例',
		]);
	});

	test("one case or nothing comparable: the newest case's figure is the headline", () => {
		const single = summarizeTag(approvals, cases.slice(0, 1));
		expect(getTagShareText(approvals, single, 'en', labelIn('en')).cardAlt).toBe(
			'Approvals (Capabilities): 1 case with key figures. Newest: Acme, Process efficiency 5×.'
		);
		expect(getTagShareText(approvals, single, 'zh-cn', labelIn('zh-CN')).cardAlt).toBe(
			'审批（使用的能力）：1 个案例及其关键数据。最新：Acme，流程效率 ↑5 倍。'
		);
		expect(getTagShareText(approvals, single, 'en', labelIn('en')).card.figures.at(-1)).toEqual({
			value: '5×',
			label: 'Acme · Process efficiency',
			direction: 'up',
		});
	});

	test('head: its own <title> and og:title, og:type website, its card with alt text; later pages say which page', () => {
		const head = buildTagPageHead({
			text: en,
			siteName: 'Customer case reports',
			locale: 'en',
			page: 1,
			pages: 2,
			cardUrl: 'https://example.com/en/cards/tags/approvals.png',
		});
		const meta = (key: string) => {
			const entry = head.find((candidate) => 'attrs' in candidate && (candidate.attrs.property === key || candidate.attrs.name === key));
			return entry && 'attrs' in entry ? entry.attrs.content : undefined;
		};
		expect(head.find((entry) => entry.tag === 'title')?.content).toBe('Approvals — 3 cases · Customer case reports');
		expect(meta('og:title')).toBe('Approvals — 3 cases');
		expect(meta('og:type')).toBe('website');
		expect(meta('og:image')).toBe('https://example.com/en/cards/tags/approvals.png');
		expect(meta('twitter:image')).toBe('https://example.com/en/cards/tags/approvals.png');
		expect(meta('og:image:alt')).toBe(en.cardAlt);
		const later = buildTagPageHead({
			text: zh,
			siteName: '客户案例报告',
			locale: 'zh-cn',
			page: 2,
			pages: 2,
			cardUrl: 'https://example.com/zh-cn/cards/tags/approvals.png',
		});
		expect(later.find((entry) => entry.tag === 'title')?.content).toBe(
			`审批：3 个案例 · ${uiText('zh-cn', 'pagination.status', { page: 2, pages: 2 })} · 客户案例报告`
		);
	});

	test('a tag label is text in every output: never parsed, only carried', () => {
		const hostile = { ...approvals, label: { en: '</title><script>alert(1)</script>', 'zh-CN': '<img src=x onerror=alert(1)>' }, description: undefined };
		const text = getTagShareText(hostile, summary, 'en', labelIn('en'));
		expect(text.title).toBe('</title><script>alert(1)</script> — 3 cases');
		expect(text.card.title).toBe(hostile.label.en);
	});
});

describe('tag cards', () => {
	const cacheDir = removeWhenDone(mkdtempSync(join(tmpdir(), 'tag-cards-')));
	const cards = listTagCards(index, tags);

	test('one card per tag with a case, in each language, at /{locale}/cards/tags/{tag}.png', () => {
		expect(cards).toHaveLength(index.tagIndex.size * 2);
		const approvalsEn = cards.find((card) => card.file === 'en/cards/tags/approvals.png');
		const total = index.tagIndex.get('approvals')!.length;
		expect(approvalsEn?.model).toMatchObject({
			kicker: 'Capabilities',
			title: 'Approvals',
			figures: expect.arrayContaining([expect.objectContaining({ value: `${total} cases` })]),
		});
		expect(cards.filter((card) => card.file.startsWith('zh-cn/cards/tags/'))).toHaveLength(index.tagIndex.size);
	});

	test('each card names the site in its own language', () => {
		expect(cards.find((card) => card.file === 'en/cards/tags/approvals.png')?.model.siteName).toBe('Customer case reports');
		expect(cards.find((card) => card.file === 'zh-cn/cards/tags/approvals.png')?.model.siteName).toBe('客户案例报告');
	});

	test.each(['en', 'zh-cn'])('%s: the densest tag card is a 1200×630 PNG within the byte target', async (locale) => {
		// The card with the most text: a description, three figures and the longest labels.
		const densest = cards
			.filter((card) => card.file.startsWith(`${locale}/`))
			.sort((a, b) => JSON.stringify(b.model).length - JSON.stringify(a.model).length)[0]!;
		const png = await renderCard(densest.model, cacheDir);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeLessThanOrEqual(cardBytesTarget);
	});
});
