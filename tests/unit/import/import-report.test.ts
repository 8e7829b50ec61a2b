import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCaseTags } from '../../../src/lib/content/check-case-tags';
import { checkCaseFile } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/content/problem';
import { parseChineseDate } from '../../../tools/import/chinese-date';
import { importReport } from '../../../tools/import/import-report';
import { parseFigures } from '../../../tools/import/parse-figure.ts';
import { findMdxProblems, isImportableUrl, toSafeMdx } from '../../../tools/import/safe-mdx';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');
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

	test('loses no line of the report: every line is in the body or the summary lists what was dropped', () => {
		const input = readFileSync(`${dir}/${name}/input.md`, 'utf8');
		const output = result.mdx
			.replace(/\\([{}<*_[\]#>`|-])/g, '$1')
			.replace(/&#x69;/g, 'i')
			.replace(/&#x65;/g, 'e')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		const summary = [...result.summary.dropped, ...result.summary.escaped].join('\n');
		// Headings are mapped onto the site's sections; fact bullets onto fields (their values are compared).
		const ignored = /^(---|\s*)$|^报告源地址|^#{1,6}\s|^\*\*(报告生成时间|分析基于|数据来源)\*\*|^\|[\s|:-]+\|$/u;
		for (const line of input.split('\n').filter((candidate) => !ignored.test(candidate))) {
			// Link targets may be dropped (javascript:): compare link texts.
			// A figure the body cites is a <Metric> there and a metric in the frontmatter (pinned below).
			const withoutFigures = line
				.split(/(?<=\*\*)\s*:/u)
				.map((part) => parseFigures(part).reduce((rest, figure) => rest.replace(figure.text, ' ').replace(/(约|超过|以上|左右)?\s(以上|左右)?/gu, ' '), part))
				.join(':');
			const words = withoutFigures
				.replace(/^- \*\*(公司名称|所属行业|公司规模|主营业务)\*\*/u, '')
				.replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
				.replace(/^[-#*\s]+|\*\*/g, '')
				.replace(/\s+$/, '')
				.split(/\s*[:：]\s*/u)
				.filter((word) => word.length > 1);
			for (const word of words) {
				if (output.includes(word)) continue;
				// A part the body leaves out (a javascript: URL, an image, a definition): the summary names it.
				for (const token of word.match(/[\p{L}\p{N}]+/gu) ?? []) expect(`${output}\n${summary}`, `${name}: "${line}"`).toContain(token);
			}
		}
	});
});

describe('what the importer maps', () => {
	test('the full report: facts, tags, figures and footer', () => {
		const { frontmatter, summary } = run('full');
		expect(frontmatter).toMatchObject({
			title: 'Synthetic Nova的飞书实践：门店补货响应速度 ↑40%',
			draft: true,
			company: { name: 'Synthetic Nova', size: 'large', regions: expect.arrayContaining(['southeast-asia', 'china']) },
			industries: ['retail', 'logistics'],
			capabilities: expect.arrayContaining(['approvals', 'bots']),
			challenges: ['information-lag'],
			gaps: ['offline-work'],
			source: { url: 'https://example.com/customers/synthetic-nova', basis: '合成测试数据' },
			reportDate: '2025-03-08',
		});
		expect(frontmatter.metrics).toEqual([
			expect.objectContaining({
				id: 'replenishment-response-speed',
				label: '门店补货响应速度',
				category: 'responsiveness',
				change: { direction: 'up', value: 40 },
			}),
			expect.objectContaining({ id: 'procurement-approval-cycle', label: '采购审批周期', before: { value: 5, unit: 'day' }, after: { value: 1, unit: 'day' } }),
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
		expect(summary.warnings).toContain('figure not understood, kept in the body only: "↑abc%: 无法识别的数据"');
		expect(frontmatter.company).toMatchObject({ size: 'unknown', sizeNote: '未明确提及' });
	});

	test('renamed and unknown sections are kept as they are', () => {
		const { body, frontmatter } = run('renamed-sections');
		expect(body).toContain('## 编者附注');
		expect(body).toContain('这一节不是报告模板里的标准章节，导入时原样保留。');
		expect(frontmatter.metrics).toHaveLength(2);
	});

	test('hostile text stays text: braces, angle brackets, import/export, script, javascript: links, footnotes, table cells', () => {
		const { body, summary } = run('hostile');
		expect(body).toContain('\\{props}');
		// The figure is cited; the "<" before it stays text.
		expect(body).toContain('不良率 \\<<Metric id="process-efficiency" />');
		expect(body).toContain('\\{process.exit(1)}');
		expect(body).toContain('\\<script>alert(1)\\</script>');
		expect(body).not.toContain('](javascript:');
		expect(body).toContain('[正常链接](https://example.com)');
		// The footnote definition's "title" is text in a footnote (GFM), where MDX would run it: escaped.
		expect(body).toContain(`[^b]: [https://x.example](https://x.example) "\\{process.getBuiltinModule('node:fs').writeFileSync('pwned.txt','ran')}"`);
		// GFM splits the row at "|" before it reads code spans: the <script> in the second cell is text, escaped.
		expect(body).toContain('| \\`a | b\\` \\<script>x\\</script> |');
		expect(body).toContain('| \\`c | d \\<script>y\\</script>\\` | e |');
		expect(body.replace(/<Metric id="[a-z0-9-]+" \/>/g, '')).not.toMatch(/(?<!\\)</u);
		expect(findMdxProblems(body)).toEqual([]);
		expect(summary.dropped).toEqual([
			'link "javascript:alert(1)": only http(s) and mailto links are imported; its text is kept',
			'link "javascript:alert(3)": only http(s) and mailto links are imported; its text is kept',
			'image "图" (https://example.com/x.png): a case body has no images; its alt text is kept',
			'definition [ref] "javascript:alert(2)": only http(s) and mailto links are imported',
		]);
		expect(summary.escaped).toEqual([
			// The business line's "<Component />" is in the frontmatter and, as escaped text, in the company profile.
			'raw HTML kept as text: "<script>alert(1)</script>", "<div onclick="alert(1)">点击</div>", "<script>", "</script>", "<script>", "</script>"',
			'8 braces { } kept as text (escaped \\{): MDX would run what they enclose',
			'10 angle brackets < kept as text (escaped \\<): MDX would read a tag',
			'2 lines starting with import/export kept as text (&#x69;mport): MDX would run them',
		]);
	});
});

describe('the body can never hold code', () => {
	const header =
		'报告源地址：https://example.com/customers/synthetic-edge\n\n# Synthetic Edge飞书客户案例分析报告\n\n## 客户基本信息\n\n- **公司名称**: Synthetic Edge\n\n## 正文\n\n';
	const footer = '\n\n**报告生成时间**: 2025年5月5日\n';
	const bodyOf = (markdown: string) => importReport(`${header}${markdown}${footer}`, { tags });

	test.each([
		['an expression in text', '看 {globalThis.x = 1} 这里'],
		['an expression alone on a line', '{process.exit(1)}'],
		['JSX', '<Metric id="x" />\n\n<img src=x onerror=alert(1)>'],
		['ESM after a list', '- a\n\nimport x from "y"\nexport default 1'],
		['a footnote whose definition holds an expression', 'a[^n]\n\n[^n]: {process.getBuiltinModule("node:fs").writeFileSync("pwned.txt","ran")}'],
		['a table cell that splits a code span around a tag', '| a | b |\n| - | - |\n| `x | <script>alert(1)</script>` |'],
		['a code span that hides a pipe and a brace in a table', '| a |\n| - |\n| `{x}` \\| {y} |'],
		['an autolink in angle brackets', '<javascript:alert(1)> <https://example.com> <a@example.com>'],
		['entities that spell a tag', '&lt;script&gt; &#123;x&#125; &#x3C;b>'],
		['escaped braces that stay escaped', '\\{x\\} and \\<y>'],
		['a directive-like line', ':::note\n{x}\n:::'],
		['HTML comment over blank lines', '<!--\n\nimport x from "y"\n\n{z}\n\n-->'],
	])('%s: the site MDX check finds no expression, element, ESM, HTML or foreign URL', (_name, markdown) => {
		const { body } = bodyOf(markdown);
		expect(findMdxProblems(body)).toEqual([]);
	});

	test('links, definitions and references keep only http(s) and mailto URLs; the summary says what went and why', () => {
		const { body, summary } = bodyOf(
			'[a](https://ok.example) [b](mailto:x@example.com) [c](data:text/html,x) [d](vbscript:x) [e](/local) [f](#frag) [g][r] ![h](https://img.example/h.png)\n\n[r]: file:///etc/passwd'
		);
		expect(body).toContain('[a](https://ok.example) [b](mailto:x@example.com) c d e f g h');
		expect(summary.dropped).toEqual([
			'link "data:text/html,x": only http(s) and mailto links are imported; its text is kept',
			'link "vbscript:x": only http(s) and mailto links are imported; its text is kept',
			'link "/local": only http(s) and mailto links are imported; its text is kept',
			'link "#frag": only http(s) and mailto links are imported; its text is kept',
			'image "h" (https://img.example/h.png): a case body has no images; its alt text is kept',
			'definition [r] "file:///etc/passwd": only http(s) and mailto links are imported',
		]);
	});

	test('a thousand dropped links make a short list, not a thousand lines', () => {
		const { summary } = bodyOf(Array.from({ length: 1000 }, (_, index) => `- [t${index}](javascript:${index})`).join('\n'));
		expect(summary.dropped).toHaveLength(21);
		expect(summary.dropped.at(-1)).toBe('… and 980 more');
	});

	test.each([
		['https://example.com/a', true],
		['HTTP://EXAMPLE.COM', true],
		['mailto:a@example.com', true],
		['javascript:alert(1)', false],
		[' https://example.com', false],
		['https://exa mple.com', false],
		['https:\\\\evil.example', false],
		['https:///path', false],
		['//evil.example', false],
		['/cases/payermax/', false],
		['data:text/html,x', false],
		['java\tscript:x', false],
	])('isImportableUrl(%j) is %s', (url, expected) => {
		expect(isImportableUrl(url)).toBe(expected);
	});

	test('what the escaping does not foresee is refused, not written', () => {
		const expression = { type: 'mdxFlowExpression', value: 'process.exit(1)' } as never;
		expect(() => toSafeMdx([expression])).toThrow(
			'the body would still hold code after escaping: "{process.exit(1)}": JavaScript expressions are not allowed in a case (line 1)'
		);
	});

	test.each([
		['{x}', '"{x}": JavaScript expressions are not allowed in a case (line 1)'],
		['<script>x</script>', 'the HTML element <script> is not allowed in a case (line 1)'],
		['import a from "b"', 'import and export are not allowed in a case (line 1)'],
		['[a](javascript:x)', '"javascript:x": only http(s), mailto and in-site URLs are allowed (line 1)'],
		['![a](https://x.example/a.png)', 'images are not allowed in a case body (line 1)'],
		['a <', 'the MDX does not parse'],
	])('findMdxProblems(%j): the site check the build runs refuses it', (mdx, found) => {
		expect(findMdxProblems(mdx)[0]).toContain(found);
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

	test('a company name without Latin letters gets a slug from a readable source URL, else in pinyin; --slug wins', () => {
		const input = readFileSync(`${dir}/full/input.md`, 'utf8').replaceAll('Synthetic Nova', '合成新星');
		expect(importReport(input, { tags }).slug).toBe('synthetic-nova');
		const unreadable = input.replaceAll('https://example.com/customers/synthetic-nova', 'https://example.com/case/8842');
		const imported = importReport(unreadable, { tags });
		expect(imported.slug).toBe('he-cheng-xin-xing');
		expect(imported.summary.mapped).toContain('slug (pinyin)');
		expect(importReport(unreadable, { tags, slug: 'nova' }).slug).toBe('nova');
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
		const published = checkCaseFile(
			'tests/fixtures/corpora/model/cases/zh-cn/payermax.mdx',
			readFileSync('tests/fixtures/corpora/model/cases/zh-cn/payermax.mdx', 'utf8')
		).data!;
		expect([...(frontmatter.capabilities ?? [])].sort()).toEqual([...published.capabilities].sort());
		expect([...(frontmatter.challenges ?? [])].sort()).toEqual([...published.challenges].sort());
		expect([...(frontmatter.gaps ?? [])].sort()).toEqual([...published.gaps].sort());
		expect(frontmatter.industries).toEqual(published.industries);
	});
});
