import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkCaseFile } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/content/problem';
import { renderCaseBody } from '../../../src/lib/content/render-case-body';

const fixture = 'tests/fixtures/corpora/fallback/cases/en/only-english.mdx';
const frontmatter = readFileSync(fixture, 'utf8').split(/^---$/m).slice(0, 2).join('---') + '---\n';

/** Checks a body under the fixture's frontmatter and renders it, as the cases loader does. */
function render(body: string, locale: 'en' | 'zh-cn' = 'en') {
	const checked = checkCaseFile('x.mdx', frontmatter + body);
	expect(checked.problems.map(formatProblem)).toEqual([]);
	return renderCaseBody(checked.tree!, { locale, metrics: checked.data!.metrics });
}
const html = (body: string, locale?: 'en' | 'zh-cn') =>
	render(body, locale)
		.parts.map((part) => ('html' in part ? part.html : `[chart ${part.chart.join(',')}]`))
		.join('');

describe('rendering a checked case body', () => {
	test('<Metric> becomes its figure, linked to the key figure, in the language of the file', () => {
		expect(html('Faster by <Metric id="response-speed" />.')).toBe(
			'<p>Faster by <a class="cs-metric-ref" href="#metric-response-speed" title="Response speed: +40%" data-direction="up">+40%</a>.</p>'
		);
		expect(html('快了 <Metric id="response-speed" />。', 'zh-cn')).toContain('>↑40%</a>');
	});

	test('<MetricChart> splits the body where the page places the chart', () => {
		expect(render("Before.\n\n<MetricChart ids={['review-cycle']} />\n\nAfter.").parts).toEqual([
			{ html: '<p>Before.</p>\n' },
			{ chart: ['review-cycle'] },
			{ html: '\n<p>After.</p>' },
		]);
	});

	test('headings get ids and Starlight’s anchor links, and are listed for the table of contents', () => {
		const result = render('## 公司概况\n\n### Tools & teams\n\n## 公司概况');
		expect(result.headings).toEqual([
			{ depth: 2, slug: '公司概况', text: '公司概况' },
			{ depth: 3, slug: 'tools--teams', text: 'Tools & teams' },
			{ depth: 2, slug: '公司概况-1', text: '公司概况' },
		]);
		expect(html('## Tools & teams')).toMatch(
			/^<div class="sl-heading-wrapper level-h2"><h2 id="tools--teams">Tools &#x26; teams<\/h2><a class="sl-anchor-link" href="#tools--teams">.*Section titled “Tools &#x26; teams”<\/span><\/a><\/div>$/
		);
	});

	test('the anchor link is named in the page language, the heading word for word (even "$&")', () => {
		expect(html('## 公司概况', 'zh-cn')).toContain('<span class="sr-only" data-pagefind-ignore>标题为“公司概况”的章节</span>');
		expect(html('## Costs in $& and $1')).toContain('Section titled “Costs in $&#x26; and $1”');
	});

	test('a heading never takes an id of the page around it', () => {
		expect(render('## Key figures\n\n## starlight__sidebar\n\n## Metric response-speed').headings.map((heading) => heading.slug)).toEqual([
			'key-figures-1',
			'section-starlight__sidebar',
			'section-metric-response-speed',
		]);
	});

	test('GitHub Flavored Markdown: tables, strikethrough, autolinks and footnotes in the page language', () => {
		const result = html('| a | b |\n| - | - |\n| ~~x~~ | https://example.com |\n\nNote[^1].\n\n[^1]: The note.', 'zh-cn');
		expect(result).toContain('<td><del>x</del></td>');
		expect(result).toContain('<a href="https://example.com">https://example.com</a>');
		expect(result).toContain('<h2 class="sr-only" id="footnote-label">脚注</h2>');
		expect(result).toContain('aria-label="返回引用 1"');
	});

	test('text is always text, and allowed attributes are written as text', () => {
		expect(html('`<script>x</script>` and \\{a\\} and <abbr title="&quot;><b onclick=x>">SSO</abbr>')).toBe(
			'<p><code>&#x3C;script>x&#x3C;/script></code> and {a} and <abbr title="&#x22;><b onclick=x>">SSO</abbr></p>'
		);
	});

	test('typographic quotes and dashes in the text, never in code', () => {
		expect(html('The company\'s "beyond payments" -- and `don\'t "touch"`...')).toBe(
			'<p>The company’s “beyond payments” — and <code>don\'t "touch"</code>…</p>'
		);
	});

	test('comments show nothing', () => {
		expect(html('A {/* note to reviewers */} text.')).toBe('<p>A  text.</p>');
	});
});
