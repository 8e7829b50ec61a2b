import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile } from '../../../src/lib/content/parse-case-file.ts';
import { formatProblems } from '../../../src/lib/content/problem.ts';

const invalidDir = 'tests/fixtures/content/invalid';

function check(file: string) {
	return parseCaseFile(file, readFileSync(file, 'utf8'));
}

function problemsOf(name: string): string {
	const result = check(`${invalidDir}/${name}.mdx`);
	if (result.success) throw new Error(`${name} was accepted`);
	return formatProblems(result.problems);
}

describe('case schema', () => {
	test.each(['zh-cn', 'en'])('the PayerMax case (%s) passes', (locale) => {
		const result = check(`content/cases/${locale}/payermax.mdx`);
		expect(result.success ? [] : formatProblems(result.problems)).toEqual([]);
		if (!result.success) return;
		expect(result.data.company.name).toBe('PayerMax');
		expect(result.data.reportDate).toBe('2025-10-17');
		expect(result.data.metrics.map((metric) => metric.kind)).toEqual(['change', 'change', 'change', 'before-after', 'saved', 'value']);
	});

	test('a minimal valid case passes and gets its defaults', () => {
		const result = check('tests/fixtures/content/valid/minimal.mdx');
		expect(result.success).toBe(true);
		if (result.success) {
			expect(result.data.capabilities).toEqual([]);
			expect(result.data.metrics[0]).toMatchObject({ qualifier: 'exact', kind: 'change', change: { unit: 'percent' } });
		}
	});

	test('every invalid frontmatter fixture is rejected by the schema', () => {
		const names = readdirSync(invalidDir).filter((name) => name.endsWith('.mdx') && !name.startsWith('body-'));
		expect(names.length).toBeGreaterThanOrEqual(8);
		for (const name of names) expect(check(`${invalidDir}/${name}`).success, name).toBe(false);
	});

	test('a missing field names the file, the line, the field and what to write', () => {
		expect(problemsOf('missing-title')).toMatchInlineSnapshot(`"✖ tests/fixtures/content/invalid/missing-title.mdx:2 title — missing required field — add it. Page title in this file's language, ≤ 90 characters, e.g. "PayerMax 如何用飞书打通海内外协同"."`);
	});

	test('an over-long description says the limit and why', () => {
		expect(problemsOf('description-too-long')).toMatch(/description-too-long\.mdx:3 description — expected at most 160 characters: search engines and cards cut longer text/);
	});

	test('dates must be real and written YYYY-MM-DD', () => {
		expect(problemsOf('impossible-date')).toMatch(/impossible-date\.mdx:19 reportDate — expected a real calendar date, such as 2025-10-17, got "2025-02-30"/);
		expect(problemsOf('date-not-iso')).toMatch(/date-not-iso\.mdx:19 reportDate — expected a date written YYYY-MM-DD, such as 2025-10-17, got "17\/10\/2025"/);
	});

	test('a misspelled field suggests the right name', () => {
		expect(problemsOf('misspelled-field')).toContain('misspelled-field.mdx:4 compnay — unknown field "compnay" — did you mean "company"?');
		expect(problemsOf('misspelled-field')).toContain('company — missing required field');
	});

	test('a source must be an http(s) URL', () => {
		expect(problemsOf('source-not-http')).toMatch(/source-not-http\.mdx:17 source\.url — expected an absolute http\(s\) URL/);
	});

	test('a tag list written as one value says a list is expected', () => {
		expect(problemsOf('industries-not-a-list')).toMatch(/industries-not-a-list\.mdx:10 industries — expected a list of industries ids, e\.g\. \[fintech, cross-border-payments\], got "fintech"/);
	});

	test('metric sanity: one figure per metric, plausible numbers, unique ids', () => {
		expect(problemsOf('metric-without-figure')).toMatch(/metric-without-figure\.mdx:12 metrics\[0\] — metric "response-speed": no figure: give exactly one of change, multiplier, before \+ after, saved, value, money/);
		expect(problemsOf('metric-decrease-over-100')).toMatch(/metrics\[0\]\.change\.value — metric "response-speed": a decrease cannot exceed 100%, got 150 — for "3 days → 1 hour" use before\/after/);
		expect(problemsOf('metric-after-not-shorter')).toMatch(/metrics\[0\]\.after — metric "response-speed": after \(2 hour\) is not shorter than before \(1 hour\)/);
		expect(problemsOf('metric-duplicate-id')).toMatch(/metric-duplicate-id\.mdx:16 metrics\[1\]\.id — metric "response-speed": duplicate metric id "response-speed" — every metric id must be unique within a case/);
		expect(problemsOf('metric-before-without-after')).toMatch(/metrics\[0\]\.after — metric "response-speed": missing: a before → after figure needs both "before" and "after"/);
		expect(problemsOf('metric-unknown-unit')).toMatch(/metric-unknown-unit\.mdx:15 metrics\[0\]\.before\.unit — metric "response-speed": expected a time unit: minute, hour, day, week, month, year, got "fortnight"/);
		expect(problemsOf('metric-id-not-slug')).toMatch(/metrics\[0\]\.id — metric "Response Speed": expected lowercase letters, digits and hyphens/);
		expect(problemsOf('percent-as-text')).toMatch(/metrics\[0\]\.change\.value — metric "response-speed": expected a number such as 50 \(no unit, no % sign\), got "50%"/);
	});

	test('a file without frontmatter is reported, not skipped', () => {
		const result = parseCaseFile('x.mdx', '# Just a heading\n');
		expect(result.success ? '' : formatProblems(result.problems)).toBe(
			'✖ x.mdx:1 (frontmatter) — no frontmatter — start the file with a --- fenced YAML block; copy the one of content/cases/zh-cn/payermax.mdx'
		);
	});
});
