import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guardMarkdown, inlineLimits, maxBlockLines, plainChunkChars } from '../../../src/lib/content/guard-markdown';
import { importReport, maxReportChars, type ImportResult } from '../../../tools/import/import-report';
import { maxMetricsPerCase } from '../../../src/lib/metrics/bounds';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

/**
 * Hostile reports of about 200 KB. Before, the importer took time that grew with the square of
 * such input (a paragraph of 80,000 digits: 97 s; see the commit for the other figures); now each
 * takes a second or two. No timing assertion, which would flake: a quadratic regression runs into
 * the test's timeout of a minute. The time of each is printed for the record.
 */
const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');
const report = (body: string, title = 'Synthetic Load飞书客户案例分析报告') =>
	`报告源地址：https://example.com/customers/synthetic-load\n\n# ${title}\n\n## 客户基本信息\n\n- **公司名称**: Synthetic Load\n- **所属行业**: 金融科技\n\n## 报告正文\n\n${body}\n\n---\n\n**报告生成时间**: 2025年5月5日\n`;

function importTimed(name: string, markdown: string): ImportResult {
	const start = performance.now();
	const result = importReport(markdown, { tags });
	console.log(`import ${name} (${markdown.length.toLocaleString('en')} characters): ${Math.round(performance.now() - start)} ms`);
	return result;
}

describe('the importer is linear in the size of the report', { timeout: 60_000 }, () => {
	test('a paragraph of 80,000 digits is kept, in plain paragraphs of 1,000', () => {
		const { body, summary, frontmatter } = importTimed('80,000 digits', report('1'.repeat(80_000)));
		expect(body.match(new RegExp(`^1{${plainChunkChars}}$`, 'gmu'))).toHaveLength(80_000 / plainChunkChars);
		expect(summary.escaped[0]).toBe('line 12 kept as plain text, not read as Markdown: more than 20,000 characters in one paragraph');
		expect(frontmatter.metrics).toEqual([]);
	});

	test.each([
		['200,000 nested ">"', '>'.repeat(200_000), '\\>>>>', 'quotes or lists nested 200000 deep (at most 16)'],
		['50,000 "<b>x</b>"', '<b>x</b>'.repeat(25_000), '\\<b>x\\</b>', 'more than 256 angle brackets in one paragraph'],
		[
			'20,000 list items without a blank line',
			Array.from({ length: 20_000 }, (_, index) => `- **项${index}**: 说明`).join('\n'),
			'\\- \\*\\*项19999\\*\\*: 说明',
			`20,000 lines without a blank line (at most ${maxBlockLines.toLocaleString('en')})`,
		],
		['50,000 table rows', `a|b\n-|-\n${'a|b\n'.repeat(50_000)}`, 'a|b\n\n\\-|-\n\na|b', '50,002 lines without a blank line (at most 1,000)'],
	])('%s: kept as plain text, which the summary says', (name, body, kept, reason) => {
		const result = importTimed(name, report(body));
		expect(result.body).toContain(kept);
		expect(result.summary.escaped[0]).toMatch(
			new RegExp(`^lines? 12(–\\d+)? kept as plain text, not read as Markdown: ${reason.replace(/[()*]/g, '\\$&')}$`, 'u')
		);
	});

	// The importer keeps these as plain text too, but escaped marks still count for the site's parser
	// bounds (guard-markdown.ts): the build would refuse the case, so the importer refuses it.
	test.each([
		['200 KB of "[a](b "', '[a](b '.repeat(200_000 / 6), 'more than 256 brackets in one paragraph'],
		['200,000 "*"', '*'.repeat(200_000), 'more than 256 emphasis marks (* _ ~) in one paragraph'],
		['66,666 "*a_"', '*a_'.repeat(66_666), 'more than 256 emphasis marks (* _ ~) in one paragraph'],
		['100,000 "~a"', '~a'.repeat(100_000), 'more than 256 emphasis marks (* _ ~) in one paragraph'],
	])('%s: refused, as the build would refuse the escaped text', (name, body, reason) => {
		expect(() => importTimed(name, report(body))).toThrow(
			new RegExp(
				`^refused: the body would still hold code after escaping: ${reason.replace(/[()*]/g, '\\$&')}: too much for the Markdown parser \\(line \\d+\\);.*… and [\\d,]+ more; nothing was written$`,
				'u'
			)
		);
	});

	test('40,000 different figures in one paragraph: the first 50 become metrics, a warning counts the rest', () => {
		const { frontmatter, summary } = importTimed('40,000 figures', report(Array.from({ length: 40_000 }, (_, index) => `${index + 1}%`).join(' ')));
		expect(frontmatter.metrics).toHaveLength(maxMetricsPerCase);
		// The paragraph is longer than any report's, so it is read in plain paragraphs of 1,000 characters: a figure cut in two is lost.
		const rest = summary.warnings.find((warning) =>
			warning.endsWith(`more figures not imported, kept in the body only: a case holds at most ${maxMetricsPerCase}; keep those the report leads with`)
		);
		expect(Number(rest?.split(' ')[0]!.replace(/,/g, ''))).toBeGreaterThan(39_000);
	});

	test('10,000 javascript: links in lists of 1,000: every one dropped, listed in 21 lines', () => {
		const lists = Array.from({ length: 10 }, (_, list) => Array.from({ length: 1_000 }, (_, index) => `- [t${list}-${index}](javascript:x)`).join('\n'));
		const { body, summary } = importTimed('10,000 links', report(lists.join('\n\n')));
		expect(body).not.toContain('javascript:');
		expect(body).toContain('- t9-999');
		expect(summary.dropped).toHaveLength(21);
		expect(summary.dropped.at(-1)).toBe('… and 9,980 more');
	});

	test('20,000 inline HTML tags in 200 paragraphs: every one text', () => {
		const { body, summary } = importTimed('20,000 tags', report(Array.from({ length: 200 }, () => 'a <b>x</b> '.repeat(100).trim()).join('\n\n')));
		expect(body.match(/\\<b>x\\<\/b>/gu)).toHaveLength(20_000);
		expect(summary.escaped[0]).toMatch(/^raw HTML kept as text: "<b>", "<\/b>", .*, … and 39,980 more$/u);
	});

	test('a title and a footer line with 19,000 spaces inside', () => {
		const spaced = report('正文', `Synthetic${' '.repeat(19_000)}Load飞书客户案例分析报告`).replace('2025年5月5日', `2025年5月5日${' '.repeat(19_000)}`);
		const { frontmatter } = importTimed('19,000 spaces', spaced);
		expect(frontmatter.company.name).toBe('Synthetic Load');
		expect(frontmatter.reportDate).toBe('2025-05-05');
	});

	test('a report over the size limit is refused before it is read', () => {
		expect(() => importReport('x'.repeat(maxReportChars + 1), { tags })).toThrow(
			`the report has 1,000,001 characters, more than the 1,000,000 the importer reads`
		);
	});
});

describe('guardMarkdown', () => {
	const seed = '../shared/seeds/000_386aae597534c6c5.txt';
	const reports = [
		...readdirSync('tests/fixtures/import').flatMap((name) =>
			readdirSync(`tests/fixtures/import/${name}`)
				.filter((file) => file.endsWith('.md'))
				.map((file) => `tests/fixtures/import/${name}/${file}`)
		),
		...(existsSync(seed) ? [seed] : []),
	];

	test.each(reports)('leaves a real report as it is: %s', (file) => {
		const markdown = readFileSync(file, 'utf8');
		expect(guardMarkdown(markdown)).toEqual({ markdown, guarded: [] });
	});

	test('a long list with bold keys is fine: each item is a run of its own', () => {
		const list = Array.from({ length: 200 }, (_, index) => `- **项${index}**: *说明* [链接](https://example.com/${index})`).join('\n');
		expect(guardMarkdown(list).guarded).toEqual([]);
	});

	test.each([
		['backticks', '`a'.repeat(inlineLimits.backticks + 1), 'more than 256 backticks in one paragraph'],
		['braces', '{a}'.repeat(inlineLimits.escapes), 'more than 256 braces, backslashes and ampersands in one paragraph'],
		['brackets', '[a]'.repeat(inlineLimits.brackets), 'more than 256 brackets in one paragraph'],
		['angle brackets', '<a>'.repeat(inlineLimits.angles + 1), 'more than 256 angle brackets in one paragraph'],
		['characters', 'a'.repeat(inlineLimits.chars + 1), 'more than 20,000 characters in one paragraph'],
		['nesting', `${'> '.repeat(17)}x`, 'quotes or lists nested 17 deep (at most 16)'],
		['indentation', `${' '.repeat(65)}x`, 'a line indented by 65 columns (at most 64)'],
	])('a paragraph with too many %s is kept as plain text, and says why', (_name, text, reason) => {
		expect(guardMarkdown(`a\n\n${text}\n\nb`).guarded).toEqual([{ from: 3, to: 3, reason }]);
		expect(guardMarkdown(`a\n\n${text.slice(0, Math.floor(text.length / 2))}\n\nb`).guarded).toEqual([]);
	});

	test('marks count across lines that may continue a paragraph: quoted lines, ordered items, indented items', () => {
		const run = `*a_`.repeat(50);
		for (const prefix of ['> ', '2. ', '    - ', '']) {
			const block = `x\n${Array.from({ length: 10 }, () => `${prefix}${run}`).join('\n')}`;
			expect(guardMarkdown(block).guarded, JSON.stringify(prefix)).toHaveLength(1);
		}
		// Bullets and headings start a new run: the same marks spread over them are fine.
		expect(guardMarkdown(Array.from({ length: 10 }, () => `- ${run}`).join('\n')).guarded).toEqual([]);
		expect(guardMarkdown(Array.from({ length: 10 }, () => `## ${run}`).join('\n')).guarded).toEqual([]);
	});

	test('plain text reads as the same characters, in paragraphs of at most 1,000, never splitting a surrogate pair', () => {
		const line = `${'😀'.repeat(600)}${'*'.repeat(inlineLimits.emphasis + 1)}`;
		const { markdown } = guardMarkdown(line);
		const paragraphs = markdown.split('\n\n');
		expect(paragraphs.map((paragraph) => paragraph.replace(/\\(.)/gu, '$1')).join('')).toBe(line);
		expect(paragraphs.every((paragraph) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u.test(paragraph))).toBe(true);
		expect(Math.max(...paragraphs.map((paragraph) => paragraph.replace(/\\(.)/gu, '$1').length))).toBeLessThanOrEqual(plainChunkChars);
	});
});
