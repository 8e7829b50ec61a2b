import { describe, expect, test } from 'vitest';
import { buildCasesExport, type ExportSource } from '../../../src/lib/open-data/cases-export.ts';
import { toOpenDataFiles } from '../../../src/lib/open-data/open-data-files.ts';
import { caseSchema, type CaseInput } from '../../../src/schemas/case.ts';
import { casesExportSchema } from '../../../src/schemas/open-data.ts';
import type { Tag } from '../../../src/schemas/taxonomy.ts';
import { loadFixtureCorpus } from '../../support/fixture-corpus.ts';

const tag = (id: string, facet: Tag['facet'], zh: string, en: string): Tag => ({ id, facet, label: { 'zh-CN': zh, en }, aliases: [] });
const tags: Tag[] = [
	tag('feishu', 'products', '飞书', 'Feishu'),
	tag('fintech', 'industries', '金融科技', 'Fintech'),
	tag('sso', 'capabilities', '单点登录', 'Single sign-on'),
	tag('global', 'regions', '全球', 'Global'),
	tag('unknown', 'sizes', '未知', 'Unknown'),
	tag('process-efficiency', 'outcomes', '流程效率', 'Process efficiency'),
	tag('time-saved', 'outcomes', '节省时间', 'Time saved'),
	tag('cost', 'outcomes', '成本', 'Cost'),
];

const options = { site: 'https://cases.example.com', base: '/' };

function source(slug: string, locale: ExportSource['locale'], input: Partial<CaseInput> = {}): ExportSource {
	const zh = locale === 'zh-cn';
	const data = caseSchema.parse({
		title: zh ? `${slug} 的案例` : `The ${slug} case`,
		description: zh ? '合成测试案例。' : 'A synthetic case.',
		company: { name: 'Acme', business: zh ? '制造合成数据。' : 'Makes synthetic data.', size: 'unknown', regions: ['global'] },
		product: 'feishu',
		industries: ['fintech'],
		capabilities: ['sso'],
		metrics: [
			{
				id: 'handover-cycle',
				label: zh ? '轮转交接周期' : 'Handover cycle',
				category: 'process-efficiency',
				before: { value: 3, unit: 'day' },
				after: { value: 1, unit: 'hour' },
			},
			{ id: 'alignment', label: zh ? '对齐时间' : 'Alignment time', category: 'time-saved', saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } },
			{ id: 'savings', label: zh ? '成本节省' : 'Savings', category: 'cost', qualifier: 'about', money: { amount: 2_000_000, currency: 'CNY', per: 'year' } },
		],
		source: { url: 'https://example.com/acme', publisher: zh ? '飞书' : 'Feishu' },
		reportDate: '2025-10-17',
		...input,
	} satisfies CaseInput);
	return { slug, locale, data };
}

describe('buildCasesExport', () => {
	const data = buildCasesExport([source('acme', 'zh-cn'), source('acme', 'en')], tags, options);
	const [zh, en] = data.cases;

	test('one entry per case and language, with absolute URLs and the languages it is published in', () => {
		expect(data.cases.map((entry) => [entry.slug, entry.locale, entry.lang, entry.url, entry.locales])).toEqual([
			['acme', 'zh-cn', 'zh-CN', 'https://cases.example.com/zh-cn/cases/acme/', ['zh-cn', 'en']],
			['acme', 'en', 'en', 'https://cases.example.com/en/cases/acme/', ['zh-cn', 'en']],
		]);
		expect(data.$schema).toBe('https://cases.example.com/data/cases.schema.json');
		expect(data.site).toBe('https://cases.example.com/');
	});

	test('tags carry their id and their label in both languages, in every entry', () => {
		expect(zh!.industries).toEqual([{ id: 'fintech', label: { 'zh-CN': '金融科技', en: 'Fintech' } }]);
		expect(en!.industries).toEqual(zh!.industries);
		expect(en!.metrics[0]!.category).toEqual({ id: 'process-efficiency', label: { 'zh-CN': '流程效率', en: 'Process efficiency' } });
		expect(en!.company.size).toEqual({ id: 'unknown', label: { 'zh-CN': '未知', en: 'Unknown' } });
	});

	test('before → after: the figure as written, the hours, the speed-up and the percent change, formatted in both languages', () => {
		expect(zh!.metrics[0]).toEqual({
			id: 'handover-cycle',
			url: 'https://cases.example.com/zh-cn/cases/acme/#metric-handover-cycle',
			label: '轮转交接周期',
			category: { id: 'process-efficiency', label: { 'zh-CN': '流程效率', en: 'Process efficiency' } },
			qualifier: 'exact',
			kind: 'before-after',
			before: { value: 3, unit: 'day' },
			after: { value: 1, unit: 'hour' },
			derived: { hoursBefore: 72, hoursAfter: 1, speedup: 72, percentChange: -98.6111 },
			text: '轮转交接周期：3 天 → 1 小时',
			formatted: {
				'zh-CN': { value: '3 天 → 1 小时', derived: '快 72 倍 · 用时 −98.6%' },
				en: { value: '3 days → 1 hour', derived: '72× faster · −98.6% time' },
			},
		});
	});

	test('time saved adds up over a year; money keeps its currency and qualifier', () => {
		expect(en!.metrics[1]).toMatchObject({
			kind: 'saved',
			saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' },
			derived: { hoursPerYear: 52 },
			text: 'Alignment time: 1 hour per customer per week',
		});
		expect(en!.metrics[2]).toMatchObject({
			kind: 'money',
			qualifier: 'about',
			money: { amount: 2_000_000, currency: 'CNY', per: 'year' },
			derived: { amountPerYear: 2_000_000 },
			formatted: { 'zh-CN': { value: '约 200 万元/年' }, en: { value: '≈ CNY 2 million a year' } },
		});
	});

	test("sorted by slug (code units, not the machine's collation), then by locale, the default first", () => {
		const shuffled = [source('b-case', 'en'), source('ab', 'en'), source('a-b', 'zh-cn'), source('ab', 'zh-cn'), source('a-b', 'en')];
		const sorted = buildCasesExport(shuffled, tags, options).cases.map((entry) => `${entry.locale}/${entry.slug}`);
		expect(sorted).toEqual(['zh-cn/a-b', 'en/a-b', 'zh-cn/ab', 'en/ab', 'en/b-case']);
	});

	test('deterministic: the same corpus in any order gives the same bytes', () => {
		const sources = [source('acme', 'zh-cn'), source('acme', 'en'), source('zeta', 'en')];
		const once = toOpenDataFiles(buildCasesExport(sources, tags, options));
		const again = toOpenDataFiles(buildCasesExport([...sources].reverse(), tags, options));
		expect(again).toEqual(once);
	});

	test('under a sub-path every URL carries it', () => {
		const sub = buildCasesExport([source('acme', 'en')], tags, { site: 'https://example.github.io', base: '/case-reports/' });
		expect(sub.$schema).toBe('https://example.github.io/case-reports/data/cases.schema.json');
		expect(sub.cases[0]!.url).toBe('https://example.github.io/case-reports/en/cases/acme/');
		expect(sub.cases[0]!.metrics[0]!.url).toBe('https://example.github.io/case-reports/en/cases/acme/#metric-handover-cycle');
	});

	test('an unknown tag is an error, not a tag without labels', () => {
		expect(() => buildCasesExport([source('acme', 'en', { industries: ['no-such-tag'] })], tags, options)).toThrow('Unknown tag "no-such-tag"');
	});
});

describe('drafts and untranslated cases', () => {
	const { tags: draftTags, byLocale } = loadFixtureCorpus('tests/fixtures/corpora/drafts');
	const sources = (['zh-cn', 'en'] as const).flatMap((locale) => [...byLocale[locale]].map(([slug, data]) => ({ slug, locale, data })));

	test('a draft version never appears; a case published in one language has one entry', () => {
		expect(sources.filter((item) => item.data.draft).length).toBe(3);
		const data = buildCasesExport(sources, draftTags, options);
		expect(data.cases.map((entry) => [entry.slug, entry.locale, entry.locales])).toEqual([
			['source-in-review', 'en', ['en']],
			['translation-in-review', 'zh-cn', ['zh-cn']],
		]);
		expect(JSON.stringify(data)).not.toContain('Draft translation under review');
	});
});

describe.each(['synthetic', 'hostile-fields', 'search'])('the %s fixture corpus', (name) => {
	const corpus = loadFixtureCorpus(`tests/fixtures/corpora/${name}`);
	const sources = (['zh-cn', 'en'] as const).flatMap((locale) => [...corpus.byLocale[locale]].map(([slug, data]) => ({ slug, locale, data })));
	const data = buildCasesExport(sources, corpus.tags, options);

	test('its export is valid against the published schema (strict: no field the schema does not describe)', () => {
		expect(data.cases.length).toBe(sources.filter((item) => !item.data.draft).length);
		const parsed = casesExportSchema.safeParse(data);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data).toEqual(data);
	});

	test('a derived figure is a finite number rounded to 4 decimal places', () => {
		const derived = data.cases.flatMap((entry) => entry.metrics.flatMap((metric) => Object.values(metric.derived)));
		expect(derived.length).toBeGreaterThan(0);
		expect(derived.filter((value) => !Number.isFinite(value) || Number(value.toFixed(4)) !== value)).toEqual([]);
	});
});

test('an export with a field the schema does not know is invalid', () => {
	const data = buildCasesExport([source('acme', 'en')], tags, options);
	const extra = { ...data, cases: [{ ...data.cases[0]!, secret: 'x' }] };
	expect(casesExportSchema.safeParse(extra).success).toBe(false);
});
