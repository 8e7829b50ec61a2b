import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCaseTags } from '../../../src/lib/content/check-case-tags';
import { checkCaseFile } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/content/problem';
import { parseChineseDate } from '../../../src/lib/import/chinese-date';
import { importReport } from '../../../src/lib/import/import-report';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

const tags = readTaxonomy('content/taxonomy');
const dir = 'tests/fixtures/import';
const run = (name: string) => importReport(readFileSync(`${dir}/${name}/input.md`, 'utf8'), { tags });

describe.each(['full', 'renamed-sections', 'figure-forms', 'hostile'])('importing %s', (name) => {
	const result = run(name);

	test('gives the expected MDX', async () => {
		await expect(result.mdx).toMatchFileSnapshot(`../../fixtures/import/${name}/expected.mdx`);
	});

	test('gives a case that passes every check (schema, MDX safety, tags)', () => {
		const file = `content/cases/zh-cn/${result.slug}.mdx`;
		const checked = checkCaseFile(file, result.mdx);
		const problems = [...checked.problems, ...(checked.data ? checkCaseTags(checked.data, tags, { file }) : [])];
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test('loses no line of the report', () => {
		const input = readFileSync(`${dir}/${name}/input.md`, 'utf8');
		const output = result.mdx.replace(/\\([{}<*_[\]#>-])/g, '$1').replace(/&#x69;/g, 'i').replace(/&#x65;/g, 'e').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		const ignored = /^(---|\s*)$|^报告源地址|^#\s|^\*\*(报告生成时间|分析基于|数据来源)\*\*/u;
		for (const line of input.split('\n').filter((candidate) => !ignored.test(candidate))) {
			// Link targets may be dropped (javascript:): compare link texts.
			const words = line.replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1').replace(/^[-#*\s]+|\*\*/g, '').replace(/\s+$/, '').split(/\s*[:：]\s*/u).filter((word) => word.length > 1);
			for (const word of words) expect(output, `${name}: "${line}"`).toContain(word);
		}
	});
});

describe('what the importer maps', () => {
	test('the full report: facts, tags, figures and footer', () => {
		const { frontmatter, summary } = run('full');
		expect(frontmatter).toMatchObject({
			title: 'Synthetic Nova飞书客户案例分析报告',
			company: { name: 'Synthetic Nova', size: 'large', regions: expect.arrayContaining(['southeast-asia', 'china']) },
			industries: ['retail', 'logistics'],
			capabilities: expect.arrayContaining(['approvals', 'bots']),
			challenges: ['information-lag'],
			gaps: ['offline-work'],
			source: { url: 'https://example.com/customers/synthetic-nova', basis: '合成测试数据' },
			reportDate: '2025-03-08',
		});
		expect(frontmatter.metrics).toEqual([
			expect.objectContaining({ label: '门店补货响应速度', category: 'responsiveness', change: { direction: 'up', value: 40 } }),
			expect.objectContaining({ label: '采购审批周期', before: { value: 5, unit: 'day' }, after: { value: 1, unit: 'day' } }),
		]);
		expect(summary.figures).toBe(2);
	});

	test('every figure form, and a warning for the one it cannot read', () => {
		const { frontmatter, summary } = run('figure-forms');
		expect(frontmatter.metrics?.map(({ id: _id, label: _label, note: _note, category: _category, ...figure }) => figure)).toEqual([
			{ change: { direction: 'down', value: 35 } },
			{ multiplier: { value: 3, direction: 'up' } },
			{ before: { value: 48, unit: 'hour' }, after: { value: 4, unit: 'hour' } },
			{ before: { value: 2, unit: 'week' }, after: { value: 2, unit: 'day' } },
			{ saved: { value: 1, unit: 'hour', per: 'week', each: 'customer' } },
			{ value: { value: 99.5, unit: 'percent' } },
			{ money: { amount: 2_000_000, currency: 'CNY', per: 'year' }, qualifier: 'about' },
		]);
		expect(summary.warnings).toContain('figure not understood: "↑abc%: 无法识别的数据"');
		expect(frontmatter.company).toMatchObject({ size: 'unknown', sizeNote: '未明确提及' });
	});

	test('renamed and unknown sections are kept as they are', () => {
		const { body, frontmatter } = run('renamed-sections');
		expect(body).toContain('## 编者附注');
		expect(body).toContain('这一节不是报告模板里的标准章节，导入时原样保留。');
		expect(frontmatter.metrics).toHaveLength(2);
	});

	test('hostile text stays text: braces, angle brackets, import/export, script, javascript: links', () => {
		const { body, summary } = run('hostile');
		expect(body).toContain('\\{props}');
		expect(body).toContain('\\<5%');
		expect(body).toContain('\\{process.exit(1)}');
		expect(body).toContain('\\<script>alert(1)\\</script>');
		expect(body).not.toContain('](javascript:');
		expect(body).toContain('[正常链接](https://example.com)');
		expect(summary.warnings).toContain('link "javascript:alert(1)" removed, its text kept');
	});
});

describe('reports the importer refuses, each with a reason', () => {
	test.each([
		['no-title', 'no title: a report starts with "# <公司>飞书客户案例分析报告"'],
		['not-a-report', 'not an analysis report'],
		['impossible-date', '"2025年2月30日" is not a real date'],
		['not-http', 'the source "ftp://example.com/nova" is not an http(s) URL'],
	])('%s', (name, message) => {
		expect(() => run(name)).toThrow(message);
	});

	test('a company name without Latin letters needs a slug', () => {
		const input = readFileSync(`${dir}/full/input.md`, 'utf8').replaceAll('Synthetic Nova', '合成新星');
		expect(() => importReport(input, { tags })).toThrow('cannot make a URL slug from "合成新星": pass --slug');
		expect(importReport(input, { tags, slug: 'synthetic-nova' }).slug).toBe('synthetic-nova');
	});
});

describe('parseChineseDate', () => {
	test.each([
		['2025年10月17日', '2025-10-17'],
		['２０２５年１月２日', '2025-01-02'],
		['2025-3-8', '2025-03-08'],
		['2025年2月30日', undefined],
		['昨天', undefined],
	])('%s → %s', (input, expected) => expect(parseChineseDate(input)).toBe(expected));
});

const seed = '../shared/seeds/000_386aae597534c6c5.txt';
describe.runIf(existsSync(seed))('the seed report', () => {
	test('imports with all six figures and every tag of the hand-written PayerMax case', () => {
		const { frontmatter, slug } = importReport(readFileSync(seed, 'utf8'), { tags });
		expect(slug).toBe('payermax');
		expect(frontmatter.metrics).toHaveLength(6);
		const published = checkCaseFile('content/cases/zh-cn/payermax.mdx', readFileSync('content/cases/zh-cn/payermax.mdx', 'utf8')).data!;
		expect([...(frontmatter.capabilities ?? [])].sort()).toEqual([...published.capabilities].sort());
		expect([...(frontmatter.challenges ?? [])].sort()).toEqual([...published.challenges].sort());
		expect([...(frontmatter.gaps ?? [])].sort()).toEqual([...published.gaps].sort());
		expect(frontmatter.industries).toEqual(published.industries);
	});
});
