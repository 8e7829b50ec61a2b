import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkMdxSafety, isDangerousUrl } from '../../../src/lib/content/mdx-safety';
import { formatProblem } from '../../../src/lib/content/problem';

const check = (source: string) => checkMdxSafety('x.mdx', source).map(formatProblem);

describe('MDX safety', () => {
	test('every hostile construct of the fixture is reported with its line', () => {
		const file = 'tests/fixtures/mdx/hostile.mdx';
		expect(checkMdxSafety(file, readFileSync(file, 'utf8')).map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "✖ tests/fixtures/mdx/hostile.mdx:5 (body) — "import fs from 'node:fs'": import and export are not allowed in a case — remove the line; Metric and MetricChart need no import",
			  "✖ tests/fixtures/mdx/hostile.mdx:8 (body) — "{process.exit(1)}": JavaScript expressions are not allowed in a case — write the text without braces, or escape them as \\{ and \\}",
			  "✖ tests/fixtures/mdx/hostile.mdx:10 <script> — the HTML element <script> is not allowed in a case — use Markdown, or a harmless element such as <sup> or <abbr>",
			  "✖ tests/fixtures/mdx/hostile.mdx:12 <iframe> — the HTML element <iframe> is not allowed in a case — use Markdown, or a harmless element such as <sup> or <abbr>",
			  "✖ tests/fixtures/mdx/hostile.mdx:14 <span onclick> — event handler attributes (onclick) are not allowed — remove the attribute",
			  "✖ tests/fixtures/mdx/hostile.mdx:16 (body) — "javascript:alert(1)": javascript:, vbscript: and data: URLs are not allowed — link to an http(s) page",
			  "✖ tests/fixtures/mdx/hostile.mdx:16 (body) — "JaVaScRiPt:alert(1)": javascript:, vbscript: and data: URLs are not allowed — link to an http(s) page",
			  "✖ tests/fixtures/mdx/hostile.mdx:16 (body) — "data:text/html;base64,AAAA": javascript:, vbscript: and data: URLs are not allowed — link to an http(s) page",
			  "✖ tests/fixtures/mdx/hostile.mdx:18 <a href> — "javascript:alert(1)": javascript:, vbscript: and data: URLs are not allowed — link to an http(s) page",
			  "✖ tests/fixtures/mdx/hostile.mdx:20 <Metric id> — "{globalThis.process.env.SECRET}": only literal values are allowed in attributes — write a string or a list of strings, e.g. ids={['response-speed']}",
			  "✖ tests/fixtures/mdx/hostile.mdx:22 <MetricChart ids> — "{[...x]}": only literal values are allowed in attributes — write a string or a list of strings, e.g. ids={['response-speed']}",
			  "✖ tests/fixtures/mdx/hostile.mdx:24 <Metric ids> — <Metric> has no "ids" prop — use "id"",
			  "✖ tests/fixtures/mdx/hostile.mdx:26 <Danger> — unknown component <Danger> — use one of: <Metric>, <MetricChart>",
			  "✖ tests/fixtures/mdx/hostile.mdx:28 <Metric> — spread attributes "{...props}" are not allowed — write each attribute with a literal value",
			]
		`);
	});

	test('the PayerMax case is safe', () => {
		for (const locale of ['zh-cn', 'en']) expect(check(readFileSync(`content/cases/${locale}/payermax.mdx`, 'utf8'))).toEqual([]);
	});

	test('literal props and harmless HTML pass', () => {
		expect(check("<MetricChart ids={['a', 'b']} /> and <abbr title=\"x\">SSO</abbr> and [a](https://example.com)")).toEqual([]);
	});

	test('text that MDX cannot parse is reported with a fix', () => {
		expect(check('---\ntitle: x\n---\n\nGrowth <5% only')).toEqual([
			'✖ x.mdx:5 (body) — the MDX does not parse: Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_` — write < as &lt; and { as \\{ in text, and close every tag you open',
		]);
	});

	test('dangerous URLs are recognised however they are written', () => {
		expect(['javascript:x', ' JavaScript:x', 'java\tscript:x', 'VBSCRIPT:x', 'data:text/html,x'].every(isDangerousUrl)).toBe(true);
		expect(['https://x', '/cases/', '#metric-a', 'mailto:a@b'].some(isDangerousUrl)).toBe(false);
	});
});
