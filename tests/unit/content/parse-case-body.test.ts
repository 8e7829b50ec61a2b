import { describe, expect, test } from 'vitest';
import { parseCaseBody } from '../../../src/lib/content/parse-case-body';
import { formatProblem } from '../../../src/lib/content/problem';

const frontmatter = '---\ntitle: x\n---\n';
const problemsOf = (body: string) => parseCaseBody('x.mdx', frontmatter + body).problems.map(formatProblem);

describe('the bounds of the case-body parser', () => {
	// Each of these took the parser seconds to minutes (or crashed it); sized so that a regression
	// would run far past the test's timeout rather than rely on a timing assertion.
	test.each([
		['emphasis marks', '*a_'.repeat(30_000), 'more than 256 emphasis marks (* _ ~) in one paragraph'],
		['nested quotes', `${'>'.repeat(20_000)} deep`, 'quotes or lists nested 20000 deep (at most 16)'],
		['brackets', '['.repeat(90_000), 'more than 256 brackets in one paragraph'],
		['a paragraph of thousands of lines', 'a\n'.repeat(5_000), '5,000 lines without a blank line (at most 1,000)'],
		['nested elements', `${'<span>'.repeat(200)}x${'</span>'.repeat(200)}`, 'more than 256 angle brackets in one paragraph'],
	])('%s are refused before parsing, with the line', (_name, body, reason) => {
		expect(problemsOf(`Intro.\n\n${body}`)).toEqual([
			`✖ x.mdx:6 (body) — ${reason}: too much for the Markdown parser — split the paragraph or list, nest less, or write fewer marks; a report never needs this`,
		]);
	});

	test('elements nested deeper than the renderer allows are refused after parsing', () => {
		expect(problemsOf(`${'<span>'.repeat(40)}x${'</span>'.repeat(40)}`)).toEqual([
			'✖ x.mdx:4 (body) — elements are nested too deeply — nest elements at most 32 levels deep',
		]);
	});

	test('a report-like body parses', () => {
		const body = '## Results\n\n- **Speed**: up <Metric id="a" />.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
		expect(parseCaseBody('x.mdx', frontmatter + body).tree?.children.map((node) => node.type)).toEqual(['heading', 'list', 'table']);
	});
});
