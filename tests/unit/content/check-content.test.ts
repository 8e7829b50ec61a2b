import { removeWhenDone } from '../../support/temp-files';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCaseFile, checkContentRoot } from '../../../src/lib/content/check-content';
import { formatProblem } from '../../../src/lib/content/problem';

const dir = 'tests/fixtures/content/invalid';

/** Each invalid fixture and a message it must produce: the check names the file, line, field and fix. */
const expected: Record<string, string> = {
	'missing-title': ':2 title — missing required field — add it.',
	'description-too-long': ':3 description — expected at most 160 characters',
	'impossible-date': ':19 reportDate — expected a real calendar date',
	'date-not-iso': ':19 reportDate — expected a date written YYYY-MM-DD',
	'future-date': ':19 reportDate — a report date in the future (today is ',
	'misspelled-field': ':4 compnay — unknown field "compnay" — did you mean "company"?',
	'source-not-http': ':17 source.url — expected an absolute http(s) URL',
	'industries-not-a-list': ':10 industries — expected a list of industries ids',
	'metric-without-figure': ':12 metrics[0] — metric "response-speed": no figure',
	'metric-decrease-over-100': 'metrics[0].change.value — metric "response-speed": a decrease cannot exceed 100%',
	'metric-duplicate-id': ':16 metrics[1].id — metric "response-speed": duplicate metric id',
	'metric-before-without-after': 'metrics[0].after — metric "response-speed": missing: a before → after figure needs both',
	'metric-after-not-shorter': 'metrics[0].after — metric "response-speed": after (2 hour) is not shorter than before (1 hour)',
	'metric-unknown-unit': ':15 metrics[0].before.unit — metric "response-speed": expected a time unit',
	'metric-id-not-slug': 'metrics[0].id — metric "Response Speed": expected lowercase letters, digits and hyphens',
	'percent-as-text': 'metrics[0].change.value — metric "response-speed": expected a number such as 50 (no unit, no % sign), got "50%"',
	'body-import': ':22 (body) — "import fs from \'node:fs\'": import and export are not allowed in a case',
	'body-export': ':22 (body) — "export const x = 1": import and export are not allowed in a case',
	'body-script': ':24 <script> — the HTML element <script> is not allowed in a case',
	'body-expression': ':22 (body) — "{1 + 1}": JavaScript expressions are not allowed in a case',
	'body-javascript-link': ':22 (body) — "javascript:alert(1)": only http(s), mailto and in-site URLs are allowed',
	'body-onclick': ':22 <span onClick> — event handler attributes are not allowed on <span> — remove "onClick"',
	// Bounds on every number (issue #12): no figure can hang a reader's tab.
	'metric-change-too-large': ':15 metrics[0].change.value — metric "response-speed": a percent change can be at most 10,000%',
	'metric-count-too-large': ':15 metrics[0].value.value — metric "countries": a count of countries can be at most 250',
	'metric-duration-too-long': ':15 metrics[0].before.value — metric "handover-cycle": a duration in days can be at most 3,650 days (10 years)',
	'metric-money-too-large': ':15 metrics[0].money.amount — metric "savings": an amount of money can be at most 1,000,000,000,000,000 (10^15)',
	'metric-not-finite':
		':15 metrics[0].multiplier.value — metric "response-speed": expected a finite number such as 50, not infinity or NaN (YAML reads .inf, .nan and 1e999 as those), got Infinity',
	'metric-saved-too-long': ':15 metrics[0].saved.value — metric "time-saved": time saved in hours can be at most 87,600 hours (10 years)',
	'metric-too-many': ':11 metrics — expected at most 50 metrics, got 51',
	// Issue #12's vectors: the check reads the tree the renderer renders, so none of these reaches a page.
	'body-footnote-expression': ":24 (body) — \"{process.getBuiltinModule('node:fs').writeFileSync('pwned.…}\": JavaScript expressions are not allowed",
	'body-table-splits-code': ':24 <script> — the HTML element <script> is not allowed in a case',
	'body-directive': ':22 <span set:html> — directives are not allowed on <span>',
	'body-style': ':22 <div style> — "style" is not allowed on <div>',
	'body-pagefind-attribute': ':22 <span data-pagefind-meta> — "data-pagefind-meta" is not allowed on <span>',
	'body-expression-url': ':22 <a href> — "{"javascript:alert(1)"}": attribute values on HTML elements must be plain text',
	'body-image-outside': ':22 (body) — images are not allowed in a case body',
	'body-nested-too-deep': ':22 (body) — quotes or lists nested 8000 deep (at most 16): too much for the Markdown parser',
	'body-metric-chart-inline': ':22 <MetricChart> — a chart inside a paragraph, list or quote',
	'body-unknown-metric': ':22 <Metric> — no metric "no-such-figure" in this case — use one of: response-speed',
	'body-unparsable': ':22 (body) — the MDX does not parse',
	'body-unknown-component': ':22 <Chart> — unknown component <Chart> — use one of: <Metric>, <MetricChart>',
};

describe('npm run check on single files', () => {
	test('there are at least 20 invalid fixtures, and each has an expected message', () => {
		const names = readdirSync(dir)
			.map((name) => name.replace(/\.mdx$/, ''))
			.sort();
		expect(names.length).toBeGreaterThanOrEqual(20);
		expect(names).toEqual(Object.keys(expected).sort());
	});

	test.each(Object.entries(expected))('%s fails with its message', (name, message) => {
		const file = `${dir}/${name}.mdx`;
		const lines = checkCaseFile(file, readFileSync(file, 'utf8')).problems.map(formatProblem);
		expect(
			lines.some((line) => line.startsWith(`✖ ${file}`) && line.includes(message)),
			lines.join('\n')
		).toBe(true);
	});
});

describe('every problem of a file in one round', () => {
	test('a file that fails the schema still has its tags checked', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'one-round-')));
		cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
		const file = join(root, 'cases/en/only-english.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('reportDate: 2025-01-15', 'reportDate: 2025-13-01').replace('capabilities: [sso]', 'capabilities: [approval, sso]')
		);
		const problems = checkContentRoot(root).problems.map((problem) => `${problem.line} ${problem.field} — ${problem.problem}`);
		expect(problems).toEqual([
			'26 reportDate — expected a real calendar date, such as 2025-10-17, got "2025-13-01"',
			'12 capabilities[0] — unknown capabilities tag "approval"',
		]);
	});
});

describe('a date in the wrong format', () => {
	test('is one problem, the format, not also an impossible date', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'date-format-')));
		cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
		const file = join(root, 'cases/en/only-english.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('reportDate: 2025-01-15', 'reportDate: 2025/10/17'));
		const problems = checkContentRoot(root).problems.map((problem) => `${problem.line} ${problem.field} — ${problem.problem}`);
		expect(problems).toEqual(['26 reportDate — expected a date written YYYY-MM-DD, such as 2025-10-17, got "2025/10/17"']);
	});
});

describe('<Metric> and <MetricChart> in the check', () => {
	test('an unknown id and a chart of figures that cannot share one are both reported in one run, with their lines', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'references-')));
		cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
		const file = join(root, 'cases/en/only-english.mdx');
		writeFileSync(
			file,
			`${readFileSync(file, 'utf8')}\nResponses got <Metric id="no-such-figure" /> faster.\n\n<MetricChart ids={['response-speed', 'review-cycle']} />\n`
		);
		const problems = checkContentRoot(root).problems.map((problem) => `${problem.line} ${problem.field} — ${problem.problem}`);
		expect(problems).toEqual([
			'36 <Metric> — no metric "no-such-figure" in this case',
			'38 <MetricChart> — these metrics do not fit one chart: response-speed (improvement), review-cycle (time)',
		]);
	});
});

describe('old slugs', () => {
	test('may not take a live slug, a reserved one, or one another case claims', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'redirects-')));
		cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
		const file = join(root, 'cases/zh-cn/only-chinese.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('reportDate: 2025-01-15', 'reportDate: 2025-01-15\nredirectFrom: [only-english, page, old-english]')
		);
		const problems = checkContentRoot(root).problems.map((problem) => `${problem.field} — ${problem.problem}`);
		expect(problems).toEqual([
			'redirectFrom[0] — "only-english" is the slug of a published case',
			'redirectFrom[1] — "page" is reserved',
			'redirectFrom[2] — "old-english" already redirects to only-english',
		]);
	});
});

describe('npm run check on a content root', () => {
	test('a complete content root (the model fixture) is valid', () => {
		expect(checkContentRoot('tests/fixtures/corpora/model').problems.map(formatProblem)).toEqual([]);
	});

	test('the command exits 1, prints each problem and, under CI, GitHub annotations', () => {
		const run = spawnSync('node', ['scripts/check-content.ts', '--content', 'tests/fixtures/corpora/invalid'], {
			encoding: 'utf8',
			env: { ...process.env, CI: 'true' },
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('✖ tests/fixtures/corpora/invalid/cases/en/broken.mdx:21 reportDate — expected a real calendar date');
		expect(run.stdout).toContain('::error file=tests/fixtures/corpora/invalid/cases/en/broken.mdx,line=21,title=reportDate::expected a real calendar date');
		expect(run.stdout).toMatch(
			/✖ tests\/fixtures\/corpora\/invalid\/cases\/en\/future\.mdx:21 reportDate — a report date in the future \(today is \d{4}-\d{2}-\d{2} at the latest, in UTC\+14\)/
		);
		expect(run.stdout).toContain('6 problems in the content');
	});

	test('the command exits 0 on valid content', () => {
		const run = spawnSync('node', ['scripts/check-content.ts', '--content', 'tests/fixtures/corpora/model'], { encoding: 'utf8' });
		expect(run.status, run.stdout).toBe(0);
		expect(run.stdout).toContain('✔ 2 case files and the taxonomy are valid.');
	});
});

describe('a rebuild reuses the verdict of unchanged files', () => {
	test('a file the caller vouches for is not parsed again, and checks across files still run on its data', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'reuse-')));
		cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
		const fresh = checkContentRoot(root);
		expect(fresh.problems).toEqual([]);
		const reused = new Map(fresh.cases.map((item) => [`${item.locale}/${item.slug}`, item]));
		// The body now fails its own checks: reused, its old verdict stands; its data still meets the taxonomy.
		const file = join(root, 'cases/en/only-english.mdx');
		const edited = readFileSync(file, 'utf8').replace('capabilities: [sso]', 'capabilities: [approval, sso]') + '\n<script>alert(1)</script>\n';
		writeFileSync(file, edited);
		const vouch = ({ locale, slug }: { locale: string; slug: string }) => reused.get(`${locale}/${slug}`)?.data;
		const again = checkContentRoot(root, process.cwd(), vouch);
		expect(again.cases.every((item) => item.tree === undefined)).toBe(true);
		expect(again.problems).toEqual([]);
		// Vouching only for unchanged sources (what the loader does), the edited file is checked again.
		const unchanged = ({ locale, slug, source }: { locale: string; slug: string; source: string }) => {
			const item = reused.get(`${locale}/${slug}`);
			return item?.source === source ? item.data : undefined;
		};
		expect(checkContentRoot(root, process.cwd(), unchanged).problems.map((problem) => `${problem.field} — ${problem.problem}`)).toEqual([
			'<script> — the HTML element <script> is not allowed in a case',
			'capabilities[0] — unknown capabilities tag "approval"',
		]);
	});
});
