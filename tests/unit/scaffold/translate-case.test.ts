import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkCaseFile } from '../../../src/lib/content/check-content';
import { checkTranslationParity } from '../../../src/lib/content/check-translations';
import { frontmatterPattern, getFrontmatterText } from '../../../src/lib/content/frontmatter';
import { readFrontmatter } from '../../../src/lib/content/parse-case-file';
import type { Locale } from '../../../src/lib/i18n/locales';
import { findPlaceholders } from '../../../src/lib/content/placeholders';
import { findCloseSlugs, planTranslation, scaffoldTranslation, scaffoldTranslationBody, translateByTaxonomy } from '../../../tools/scaffold/translate-case';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';
import type { CaseData, CaseInput } from '../../../src/schemas/case';

const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');

/** A case file as the CLI reads it: its frontmatter as written, and the body after it. */
function splitCase(source: string): { data: CaseInput; body: string } {
	const frontmatter = readFrontmatter('case.mdx', source);
	if (!frontmatter.success) throw new Error('no frontmatter');
	return { data: frontmatter.data as CaseInput, body: source.slice(frontmatterPattern.exec(source)![0].length) };
}

function checkedData(file: string, source: string): CaseData {
	const checked = checkCaseFile(file, source);
	if (!checked.data) throw new Error(`${file} does not parse: ${JSON.stringify(checked.problems)}`);
	return checked.data;
}

const payermax = (locale: Locale) => readFileSync(`tests/fixtures/corpora/model/cases/${locale}/payermax.mdx`, 'utf8');

/** The frontmatter of a written scaffold as plain data. */
const frontmatterOf = (mdx: string) => parse(getFrontmatterText(mdx)!) as Record<string, unknown> & CaseInput;

/** A small case in `locale`, its texts given, on the model of tests/fixtures/content/valid/minimal.mdx. */
function smallCase(fields: { title?: string; label?: string; note?: string; publisher?: string; extra?: string; body?: string } = {}) {
	return `---
title: ${JSON.stringify(fields.title ?? '一个合成案例')}
description: 用于测试的合成案例。
company:
  name: Example Co
  business: 卖示例。
  size: unknown
  regions: [global]
product: feishu
industries: [fintech]
metrics:
  - id: response-speed
    label: ${JSON.stringify(fields.label ?? '响应速度')}
${fields.note ? `    note: ${JSON.stringify(fields.note)}\n` : ''}    category: responsiveness
    change: { direction: up, value: 50 }
source:
  url: https://example.com/case
  publisher: ${JSON.stringify(fields.publisher ?? '飞书')}
reportDate: 2025-10-17
${fields.extra ?? ''}---

${fields.body ?? '## 概况\n\n响应速度提升 <Metric id="response-speed" />。\n'}`;
}

describe.each([
	['zh-cn', 'en'],
	['en', 'zh-cn'],
] as const)('the PayerMax case translated from %s into %s', (from, to) => {
	const source = payermax(from);
	const sourceFile = `content/cases/${from}/payermax.mdx`;
	const file = `content/cases/${to}/payermax.mdx`;
	const { mdx, fromTaxonomy } = scaffoldTranslation(splitCase(source), { from, to, tags, sourceFile });
	const sourceData = frontmatterOf(source);
	const written = frontmatterOf(mdx);

	test('copies every language-neutral fact exactly: the parity check finds nothing', () => {
		expect(checkTranslationParity({ file: sourceFile, data: checkedData(sourceFile, source) }, { file, data: checkedData(file, mdx) })).toEqual([]);
	});

	test('writes each text as a TODO carrying the source text, except the publisher the taxonomy translates', () => {
		const todo = (text: unknown) => `TODO: ${text as string}`;
		expect(written.title).toBe(todo(sourceData.title));
		expect(written.description).toBe(todo(sourceData.description));
		for (const field of ['business', 'positioning', 'sizeNote'] as const) expect(written.company[field], field).toBe(todo(sourceData.company[field]));
		written.metrics!.forEach((metric, index) => {
			expect(metric.label).toBe(todo(sourceData.metrics![index]!.label));
			if (metric.note !== undefined) expect(metric.note).toBe(todo(sourceData.metrics![index]!.note));
		});
		expect(written.source.basis).toBe(todo(sourceData.source.basis));
		expect(written.source.publisher).toBe(to === 'en' ? 'Feishu' : '飞书');
		expect(fromTaxonomy).toEqual([{ field: 'source.publisher', from: sourceData.source.publisher, to: written.source.publisher }]);
	});

	test('copies nothing the real translation words differently: every field it does not mark is the same in the other PayerMax file', () => {
		const real = frontmatterOf(payermax(to));
		const copied = (value: unknown, other: unknown, path: string): void => {
			if (typeof value === 'string' && value.startsWith('TODO: ')) return;
			if (value && typeof value === 'object') {
				for (const [key, inner] of Object.entries(value)) copied(inner, (other as Record<string, unknown>)[key], `${path}.${key}`);
				return;
			}
			expect(value, path).toEqual(other);
		};
		copied(written, real, '');
	});

	test('keeps the source key order', () => {
		expect(Object.keys(written)).toEqual(Object.keys(sourceData));
		expect(Object.keys(written.company)).toEqual(Object.keys(sourceData.company));
		expect(written.metrics!.map((metric) => Object.keys(metric))).toEqual(sourceData.metrics!.map((metric) => Object.keys(metric)));
	});

	test('keeps the heading structure and every <Metric> citation in place, each heading and item a TODO line', () => {
		const bodyOf = (text: string) => text.slice(frontmatterPattern.exec(text)![0].length).trim().split('\n');
		const sourceLines = bodyOf(source);
		const lines = bodyOf(mdx);
		expect(lines).toHaveLength(sourceLines.length);
		lines.forEach((line, index) => {
			const original = sourceLines[index]!;
			expect(line.match(/^#+ |^- |^\d+\. |/)![0], original).toBe(original.match(/^#+ |^- |^\d+\. |/)![0]);
			expect(line.match(/<Metric id="[^"]+" \/>/g), original).toEqual(original.match(/<Metric id="[^"]+" \/>/g));
			if (original !== '') expect(line.replace('TODO: ', ''), original).toBe(original);
		});
	});

	test('the check refuses it with TODO placeholder problems only, one per line, each line marked', () => {
		const { problems } = checkCaseFile(file, mdx);
		expect(problems.filter((problem) => problem.field !== '(placeholder)')).toEqual([]);
		const lines = problems.map((problem) => problem.line);
		expect(new Set(lines).size).toBe(lines.length);
		expect(lines).toEqual(findPlaceholders(mdx));
		const marked = mdx.split('\n').flatMap((line, index) => (line.includes('TODO: ') && !line.startsWith('#') ? [index + 1] : []));
		const headings = mdx.split('\n').flatMap((line, index) => (/^#+ TODO: /.test(line) ? [index + 1] : []));
		expect(lines).toEqual([...marked, ...headings].sort((a, b) => a - b));
	});

	test('explains what to do in a head comment in the target language', () => {
		const head = mdx.split('\n').slice(1, 6).join('\n');
		expect(head).toContain(sourceFile);
		expect(head).toMatch(to === 'en' ? /# Translate each place marked TODO into English/ : /# 把每个标着 TODO 的地方译成中文/);
	});

	test('passes the check, parity included, once every TODO line is replaced with text', () => {
		const translated = mdx.replaceAll('TODO: ', `(${to}) `);
		expect(checkCaseFile(file, translated).problems).toEqual([]);
		expect(checkTranslationParity({ file: sourceFile, data: checkedData(sourceFile, source) }, { file, data: checkedData(file, translated) })).toEqual([]);
	});
});

describe('texts the taxonomy translates', () => {
	test.each([
		['响应速度', 'zh-cn', 'en', 'Responsiveness'],
		['Time saved', 'en', 'zh-cn', '时间节省'],
		['time  SAVED', 'en', 'zh-cn', '时间节省'],
		['覆盖范围', 'zh-cn', 'en', 'Global reach'],
		// An alias of both translation (capabilities) and global-reach (outcomes): no guess.
		['多语种', 'zh-cn', 'en', undefined],
		['response speed', 'en', 'zh-cn', '响应速度'],
		['单点登录', 'zh-cn', 'en', 'Single sign-on'],
		['全球客户需求响应速度', 'zh-cn', 'en', undefined],
	] as const)('%s (%s) → %s: %s', (text, from, to, expected) => {
		expect(translateByTaxonomy(text, tags, { from, to })).toBe(expected);
	});

	test('a name two tags would translate differently stays untranslated rather than guessed', () => {
		const tag = (id: string, en: string, zh: string, aliases: string[]) =>
			({ id, facet: 'capabilities', label: { en, 'zh-CN': zh }, aliases }) as (typeof tags)[number];
		const twins = [tag('a', 'Alpha', '甲', ['共同']), tag('b', 'Beta', '乙', ['共同'])];
		expect(translateByTaxonomy('共同', twins, { from: 'zh-cn', to: 'en' })).toBeUndefined();
		expect(translateByTaxonomy('甲', twins, { from: 'zh-cn', to: 'en' })).toBe('Alpha');
	});

	test("a metric label or note that is a tag label takes the other language's label; the publisher a product's", () => {
		const { mdx, fromTaxonomy } = scaffoldTranslation(splitCase(smallCase({ label: '响应速度', note: '覆盖范围', publisher: '飞书' })), {
			from: 'zh-cn',
			to: 'en',
			tags,
		});
		const written = frontmatterOf(mdx);
		expect(written.metrics![0]).toMatchObject({ label: 'Responsiveness', note: 'Global reach' });
		expect(written.source.publisher).toBe('Feishu');
		expect(fromTaxonomy.map((item) => item.field)).toEqual(['metrics[0].label', 'metrics[0].note', 'source.publisher']);
	});

	test('a publisher that only a non-product tag names stays a TODO, and so does the title', () => {
		const { mdx } = scaffoldTranslation(splitCase(smallCase({ title: '响应速度', publisher: '响应速度' })), { from: 'zh-cn', to: 'en', tags });
		expect(frontmatterOf(mdx)).toMatchObject({ title: 'TODO: 响应速度', source: { publisher: 'TODO: 响应速度' } });
	});
});

describe('the translation scaffold of any case', () => {
	const translate = (source: string) =>
		scaffoldTranslation(splitCase(source), { from: 'zh-cn', to: 'en', tags, sourceFile: 'content/cases/zh-cn/example.mdx' }).mdx;

	test('keeps draft, so a draft and its translation publish together, and leaves the review items out', () => {
		const source = smallCase({ extra: 'draft: true\nreview:\n  - 核对行业\n' });
		expect(checkCaseFile('zh.mdx', source).problems).toEqual([]);
		const mdx = translate(source);
		const written = frontmatterOf(mdx);
		expect(written.draft).toBe(true);
		expect(written).not.toHaveProperty('review');
		expect(mdx).toMatch(/^# draft: true is copied from the original/m);
		expect(checkCaseFile('en.mdx', mdx).problems.filter((problem) => problem.field !== '(placeholder)')).toEqual([]);
	});

	test('a title too long for its bound once marked is cut to fit, its whole text in a comment above it', () => {
		const title = '长'.repeat(88);
		const mdx = translate(smallCase({ title }));
		const written = frontmatterOf(mdx);
		expect(written.title).toHaveLength(90);
		expect(written.title).toBe(`TODO: ${'长'.repeat(83)}…`);
		expect(mdx).toContain(`# Original: ${title}\ntitle: `);
		expect(checkCaseFile('en.mdx', mdx).problems.filter((problem) => problem.field !== '(placeholder)')).toEqual([]);
	});

	test("keeps a source key order other than the model's", () => {
		const source = smallCase().replace('reportDate: 2025-10-17\n', '').replace('---\ntitle:', '---\nreportDate: 2025-10-17\ntitle:');
		expect(Object.keys(frontmatterOf(translate(source)))[0]).toBe('reportDate');
	});

	test('the body: a paragraph on several lines becomes one TODO line, a paragraph citing a figure only stays as it is, table cells and quotes are marked, code is kept', () => {
		const body = [
			'## 概况',
			'',
			'第一行',
			'第二行',
			'',
			'<Metric id="response-speed" />',
			'',
			'| 指标 | 数值 |',
			'| --- | --- |',
			'| 响应 | <Metric id="response-speed" /> |',
			'',
			'> 引用的话',
			'',
			'```',
			'code stays',
			'```',
			'',
		].join('\n');
		expect(scaffoldTranslationBody(body)).toBe(
			[
				'## TODO: 概况',
				'',
				'TODO: 第一行 第二行',
				'',
				'<Metric id="response-speed" />',
				'',
				'| TODO: 指标 | TODO: 数值 |',
				'| - | - |',
				'| TODO: 响应 | <Metric id="response-speed" /> |',
				'',
				'> TODO: 引用的话',
				'',
				'```',
				'code stays',
				'```',
				'',
			].join('\n')
		);
		const mdx = translate(smallCase({ body }));
		expect(checkCaseFile('en.mdx', mdx).problems.filter((problem) => problem.field !== '(placeholder)')).toEqual([]);
	});

	test('a line after a hard break is marked too, and links, emphasis, code, charts and footnotes stay as written', () => {
		const body = [
			'Before the break\\',
			'after it, with *emphasis*, `code` and [a link](https://example.com)',
			'',
			'<MetricChart ids={["response-speed"]} />',
			'',
			'A claim[^1]',
			'',
			'[^1]: The footnote.',
			'',
		].join('\n');
		expect(scaffoldTranslationBody(body)).toBe(
			[
				'TODO: Before the break\\',
				'TODO: after it, with *emphasis*, `code` and [a link](https://example.com)',
				'',
				'<MetricChart ids={["response-speed"]} />',
				'',
				'TODO: A claim[^1]',
				'',
				'[^1]: TODO: The footnote.',
				'',
			].join('\n')
		);
		const mdx = translate(smallCase({ body }));
		// title, description, company.business (the label and publisher are taxonomy labels), and the four body lines.
		expect(checkCaseFile('en.mdx', mdx).problems.map((problem) => problem.field)).toEqual(Array(7).fill('(placeholder)'));
	});

	test('refuses to translate a case into its own language', () => {
		expect(() => scaffoldTranslation(splitCase(smallCase()), { from: 'en', to: 'en', tags })).toThrow('both are "en"');
	});
});

describe('which file to translate into which language', () => {
	const fileOf = (locale: Locale) => `content/cases/${locale}/acme.mdx`;

	test.each([
		[['zh-cn'], {}, { from: 'zh-cn', to: 'en' }],
		[['en'], {}, { from: 'en', to: 'zh-cn' }],
		[['zh-cn'], { to: 'en' }, { from: 'zh-cn', to: 'en' }],
		[['zh-cn', 'en'], { force: true }, { from: 'zh-cn', to: 'en' }],
		[['zh-cn', 'en'], { to: 'zh-cn', force: true }, { from: 'en', to: 'zh-cn' }],
	] as const)('existing %j with %j → %j', (existing, options, expected) => {
		expect(planTranslation('acme', existing, { ...options, fileOf })).toEqual(expected);
	});

	test.each([
		[
			['zh-cn', 'en'],
			{},
			'the case "acme" exists in both languages (content/cases/zh-cn/acme.mdx, content/cases/en/acme.mdx): nothing to translate. Edit content/cases/en/acme.mdx, or add --force',
		],
		[['zh-cn', 'en'], { to: 'en' }, 'content/cases/en/acme.mdx exists already: edit it, or add --force'],
		[
			['zh-cn'],
			{ to: 'zh-cn' },
			'content/cases/en/acme.mdx does not exist, so there is nothing to translate into zh-cn: the case is only in zh-cn. To write its en version: npm run translate -- acme --to en',
		],
		[[], {}, 'no case "acme": neither content/cases/zh-cn/acme.mdx nor content/cases/en/acme.mdx exists. To start a new case: npm run new-case -- acme'],
	] as const)('existing %j with %j is refused', (existing, options, message) => {
		expect(planTranslation('acme', existing, { ...options, fileOf })).toEqual({ refusal: expect.stringContaining(message) });
	});

	test('an unknown slug is answered with the close ones', () => {
		expect(findCloseSlugs('payermx', ['payermax', 'acme-pay', 'payer'])).toEqual(['payermax', 'payer']);
		expect(findCloseSlugs('zzz', ['payermax'])).toEqual([]);
		expect(planTranslation('payermx', [], { fileOf, closeSlugs: ['payermax'] })).toEqual({ refusal: expect.stringContaining('Did you mean "payermax"?') });
	});
});
