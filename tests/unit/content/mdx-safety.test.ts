import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkMdxSafety, isAllowedUrl } from '../../../src/lib/content/mdx-safety';
import { parseCaseBody } from '../../../src/lib/content/parse-case-body';
import { formatProblem } from '../../../src/lib/content/problem';

/** What the one parser and the safety check say of a file: the problems of the parse, or of the tree. */
function checkBody(file: string, source: string) {
	const body = parseCaseBody(file, source);
	return body.tree ? checkMdxSafety(file, body.tree) : body.problems;
}
const check = (source: string) => checkBody('x.mdx', source).map(formatProblem);

describe('MDX safety', () => {
	test('every hostile construct of the fixture is reported with its line', () => {
		const file = 'tests/fixtures/mdx/hostile.mdx';
		expect(checkBody(file, readFileSync(file, 'utf8')).map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "✖ tests/fixtures/mdx/hostile.mdx:5 (body) — "import fs from 'node:fs'": import and export are not allowed in a case — remove the line; Metric and MetricChart need no import",
			  "✖ tests/fixtures/mdx/hostile.mdx:8 (body) — "{process.exit(1)}": JavaScript expressions are not allowed in a case — write the text without braces, or escape them as \\{ and \\}",
			  "✖ tests/fixtures/mdx/hostile.mdx:10 <script> — the HTML element <script> is not allowed in a case — use Markdown, or a harmless element such as <sup> or <abbr>",
			  "✖ tests/fixtures/mdx/hostile.mdx:12 <iframe> — the HTML element <iframe> is not allowed in a case — use Markdown, or a harmless element such as <sup> or <abbr>",
			  "✖ tests/fixtures/mdx/hostile.mdx:14 <span onclick> — event handler attributes are not allowed on <span> — remove "onclick"; <span> may carry "title", "lang", "dir"",
			  "✖ tests/fixtures/mdx/hostile.mdx:16 (body) — "javascript:alert(1)": only http(s), mailto and in-site URLs are allowed — link to an https:// page, a mailto: address or a path on this site",
			  "✖ tests/fixtures/mdx/hostile.mdx:16 (body) — "JaVaScRiPt:alert(1)": only http(s), mailto and in-site URLs are allowed — link to an https:// page, a mailto: address or a path on this site",
			  "✖ tests/fixtures/mdx/hostile.mdx:16 (body) — images are not allowed in a case body — remove the image: the page shows the case’s figures as key figures and charts",
			  "✖ tests/fixtures/mdx/hostile.mdx:18 <a href> — "javascript:alert(1)": only http(s), mailto and in-site URLs are allowed — link to an https:// page, a mailto: address or a path on this site",
			  "✖ tests/fixtures/mdx/hostile.mdx:20 <Metric id> — {globalThis.process.env.SECRET}: "id" takes a string, written literally — write id="response-speed"",
			  "✖ tests/fixtures/mdx/hostile.mdx:22 <MetricChart ids> — {[...x]}: "ids" takes a list of strings, written literally — write ids={['response-speed', 'handover-cycle']}",
			  "✖ tests/fixtures/mdx/hostile.mdx:24 <Metric ids> — <Metric> has no "ids" prop — use "id"",
			  "✖ tests/fixtures/mdx/hostile.mdx:26 <Danger> — unknown component <Danger> — use one of: <Metric>, <MetricChart>",
			  "✖ tests/fixtures/mdx/hostile.mdx:28 <Metric> — spread attributes "{...props}" are not allowed — write each attribute with a literal value",
			]
		`);
	});

	test('the PayerMax case is safe', () => {
		for (const locale of ['zh-cn', 'en']) expect(check(readFileSync(`tests/fixtures/corpora/model/cases/${locale}/payermax.mdx`, 'utf8'))).toEqual([]);
	});

	test('literal props and harmless HTML pass', () => {
		expect(check("<MetricChart ids={['a', 'b']} />\n\n<abbr title=\"x\">SSO</abbr> and [a](https://example.com)")).toEqual([]);
	});

	test('text that MDX cannot parse is reported with a fix', () => {
		expect(check('---\ntitle: x\n---\n\nGrowth <5% only')).toEqual([
			'✖ x.mdx:5 (body) — the MDX does not parse: Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_` — write < as &lt; and { as \\{ in text, and close every tag you open',
		]);
	});

	test('only http(s), mailto and in-site URLs are allowed, however the others are written', () => {
		const refused = [
			'javascript:x',
			' JavaScript:x',
			'java\tscript:x',
			'VBSCRIPT:x',
			'data:text/html,x',
			'file:///etc/passwd',
			'ftp://x.example',
			'//evil.example/x',
			'/\\evil.example',
			'https:evil',
			'blob:https://x',
		];
		expect(refused.filter(isAllowedUrl)).toEqual([]);
		const allowed = ['https://x.example/a?b=c#d', 'HTTP://x.example', '/zh-cn/cases/', '#metric-a', 'mailto:a@b.example', '../payermax/', 'payermax/'];
		expect(allowed.filter((url) => !isAllowedUrl(url))).toEqual([]);
	});
});
