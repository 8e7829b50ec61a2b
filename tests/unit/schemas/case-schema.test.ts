import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseCaseFile } from '../../../src/lib/content/parse-case-file.ts';
import { formatProblems } from '../../../src/lib/content/problem.ts';
import * as schemas from '../../../src/schemas/metric.ts';

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
		const result = check(`tests/fixtures/corpora/model/cases/${locale}/payermax.mdx`);
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
		expect(problemsOf('missing-title')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/missing-title.mdx:2 title — missing required field — add it. Page title in this file's language, ≤ 90 characters, e.g. "PayerMax 如何用飞书打通海内外协同"."`
		);
	});

	test('an over-long description says the limit and why', () => {
		expect(problemsOf('description-too-long')).toMatch(
			/description-too-long\.mdx:3 description — expected at most 160 characters: search engines and cards cut longer text/
		);
	});

	test('dates must be real and written YYYY-MM-DD', () => {
		expect(problemsOf('impossible-date')).toMatch(/impossible-date\.mdx:19 reportDate — expected a real calendar date, such as 2025-10-17, got "2025-02-30"/);
		expect(problemsOf('date-not-iso')).toMatch(/date-not-iso\.mdx:19 reportDate — expected a date written YYYY-MM-DD, such as 2025-10-17, got "17\/10\/2025"/);
	});

	describe('a report date in the future', () => {
		// A fixed clock: 2025-10-17 at 23:30 UTC, already the 18th in Beijing.
		beforeEach(() => {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(new Date('2025-10-17T23:30:00Z'));
		});
		afterEach(() => {
			vi.useRealTimers();
		});
		const withDate = (date: string) =>
			parseCaseFile(
				'tests/fixtures/content/valid/minimal.mdx',
				readFileSync('tests/fixtures/content/valid/minimal.mdx', 'utf8').replace(/^reportDate: .*$/m, `reportDate: ${date}`)
			);

		test('is an error naming the file, the line, the field, the latest today on Earth and the fix', () => {
			const result = withDate('2025-10-19');
			expect(result.success ? [] : formatProblems(result.problems)).toMatchInlineSnapshot(
				`"✖ tests/fixtures/content/valid/minimal.mdx:19 reportDate — a report date in the future (today is 2025-10-18 at the latest, in UTC+14), got "2025-10-19" — write the date the report was made, YYYY-MM-DD; a report cannot be dated later than today"`
			);
		});

		test('today anywhere and earlier pass: the 18th, already today in Beijing, is no future date', () => {
			expect(withDate('2025-10-18').success).toBe(true);
			expect(withDate('2025-10-17').success).toBe(true);
			expect(withDate('2024-02-29').success).toBe(true);
		});

		test('an impossible or misformatted date is one problem, not also a future one', () => {
			for (const date of ['2999-13-01', '2999/01/01']) {
				const result = withDate(date);
				expect(result.success ? [] : result.problems.map((problem) => problem.problem)).toEqual([
					expect.stringMatching(/^expected a (real calendar date|date written YYYY-MM-DD)/),
				]);
			}
		});
	});

	test('a misspelled field suggests the right name', () => {
		expect(problemsOf('misspelled-field')).toContain('misspelled-field.mdx:4 compnay — unknown field "compnay" — did you mean "company"?');
		expect(problemsOf('misspelled-field')).toContain('company — missing required field');
	});

	test('a source must be an http(s) URL', () => {
		expect(problemsOf('source-not-http')).toMatch(/source-not-http\.mdx:17 source\.url — expected an absolute http\(s\) URL/);
	});

	test('a tag list written as one value says a list is expected', () => {
		expect(problemsOf('industries-not-a-list')).toMatch(
			/industries-not-a-list\.mdx:10 industries — expected a list of industries ids, e\.g\. \[fintech, cross-border-payments\], got "fintech"/
		);
	});

	test('metric sanity: one figure per metric, plausible numbers, unique ids', () => {
		expect(problemsOf('metric-without-figure')).toMatch(
			/metric-without-figure\.mdx:12 metrics\[0\] — metric "response-speed": no figure: give exactly one of change, multiplier, before \+ after, saved, value, money/
		);
		expect(problemsOf('metric-decrease-over-100')).toMatch(
			/metrics\[0\]\.change\.value — metric "response-speed": a decrease cannot exceed 100%, got 150 — for "3 days → 1 hour" use before\/after/
		);
		expect(problemsOf('metric-after-not-shorter')).toMatch(
			/metrics\[0\]\.after — metric "response-speed": after \(2 hour\) is not shorter than before \(1 hour\)/
		);
		expect(problemsOf('metric-duplicate-id')).toMatch(
			/metric-duplicate-id\.mdx:16 metrics\[1\]\.id — metric "response-speed": duplicate metric id "response-speed" — every metric id must be unique within a case/
		);
		expect(problemsOf('metric-before-without-after')).toMatch(
			/metrics\[0\]\.after — metric "response-speed": missing: a before → after figure needs both "before" and "after"/
		);
		expect(problemsOf('metric-unknown-unit')).toMatch(
			/metric-unknown-unit\.mdx:15 metrics\[0\]\.before\.unit — metric "response-speed": expected a time unit: minute, hour, day, week, month, year, got "fortnight"/
		);
		expect(problemsOf('metric-id-not-slug')).toMatch(/metrics\[0\]\.id — metric "Response Speed": expected lowercase letters, digits and hyphens/);
		expect(problemsOf('percent-as-text')).toMatch(
			/metrics\[0\]\.change\.value — metric "response-speed": expected a number such as 50 \(no unit, no % sign\), got "50%"/
		);
	});

	test('every number has bounds: each error names the field, the limit, the value written and the fix', () => {
		expect(problemsOf('metric-change-too-large')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/metric-change-too-large.mdx:15 metrics[0].change.value — metric "response-speed": a percent change can be at most 10,000%, got 1.7976931348623157e+308 — check the figure against the source; for "72× faster" use multiplier: { value: 72 }, for "3 days → 1 hour" use before and after"`
		);
		expect(problemsOf('metric-not-finite')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/metric-not-finite.mdx:15 metrics[0].multiplier.value — metric "response-speed": expected a finite number such as 50, not infinity or NaN (YAML reads .inf, .nan and 1e999 as those), got Infinity — The factor, e.g. 3 for 3倍 / 3×; 0.001 to 1,000."`
		);
		expect(problemsOf('metric-duration-too-long')).toMatchInlineSnapshot(`
			"✖ tests/fixtures/content/invalid/metric-duration-too-long.mdx:15 metrics[0].before.value — metric "handover-cycle": a duration in days can be at most 3,650 days (10 years), got 5000 — check the figure against the source: a case measures spans from seconds to 10 years; write it in the unit the report uses, e.g. { value: 3, unit: day }
			✖ tests/fixtures/content/invalid/metric-duration-too-long.mdx:16 metrics[0].after.value — metric "handover-cycle": a duration in minutes must be at least 0.01 minutes, got 0.001 — check the figure against the source: a case measures spans from seconds to 10 years; write it in the unit the report uses, e.g. { value: 3, unit: day }"
		`);
		expect(problemsOf('metric-saved-too-long')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/metric-saved-too-long.mdx:15 metrics[0].saved.value — metric "time-saved": time saved in hours can be at most 87,600 hours (10 years), got 100000 — check the figure against the source: a case measures spans from seconds to 10 years; write it in the unit the report uses, e.g. { value: 3, unit: day }"`
		);
		expect(problemsOf('metric-count-too-large')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/metric-count-too-large.mdx:15 metrics[0].value.value — metric "countries": a count of countries can be at most 250, got 1000 — check the figure against the source (there are fewer than 250 countries and territories)"`
		);
		expect(problemsOf('metric-money-too-large')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/metric-money-too-large.mdx:15 metrics[0].money.amount — metric "savings": an amount of money can be at most 1,000,000,000,000,000 (10^15), got 100000000000000000000 — check the figure against the source and write the full amount in units of the currency, e.g. 2000000 for 200 万"`
		);
		expect(problemsOf('metric-too-many')).toMatchInlineSnapshot(
			`"✖ tests/fixtures/content/invalid/metric-too-many.mdx:11 metrics — expected at most 50 metrics, got 51 — keep the figures the report leads with (PayerMax has 6) and leave the rest in the text"`
		);
	});

	test('the bounds hold every figure of a real report, and their edges', () => {
		const { metricSchema } = schemas;
		const ok = (figure: object) => metricSchema.safeParse({ id: 'x', label: 'x', category: 'x', ...figure }).success;
		expect(ok({ change: { direction: 'up', value: 10_000 } })).toBe(true);
		expect(ok({ change: { direction: 'up', value: 10_000.5 } })).toBe(false);
		expect(ok({ multiplier: { value: 1000 } })).toBe(true);
		expect(ok({ multiplier: { value: 0.0001 } })).toBe(false);
		expect(ok({ before: { value: 10, unit: 'year' }, after: { value: 0.01, unit: 'minute' } })).toBe(true);
		expect(ok({ before: { value: 121, unit: 'month' }, after: { value: 1, unit: 'day' } })).toBe(false);
		expect(ok({ saved: { value: 87_600, unit: 'hour', per: 'year' } })).toBe(true);
		expect(ok({ value: { value: 250, unit: 'country' } })).toBe(true);
		expect(ok({ value: { value: 251, unit: 'country' } })).toBe(false);
		expect(ok({ value: { value: 100.5, unit: 'percent' } })).toBe(false);
		expect(ok({ value: { value: 2_100_000, unit: 'employee' } })).toBe(true);
		expect(ok({ money: { amount: 1e15, currency: 'IDR' } })).toBe(true);
		expect(ok({ money: { amount: 1e16, currency: 'IDR' } })).toBe(false);
		for (const bad of [Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE, -1, 0]) {
			expect(ok({ change: { direction: 'up', value: bad } }), String(bad)).toBe(false);
			expect(ok({ before: { value: bad, unit: 'day' }, after: { value: 1, unit: 'hour' } }), String(bad)).toBe(false);
			expect(ok({ money: { amount: bad, currency: 'CNY' } }), String(bad)).toBe(false);
		}
	});

	test('a file without frontmatter is reported, not skipped', () => {
		const result = parseCaseFile('x.mdx', '# Just a heading\n');
		expect(result.success ? '' : formatProblems(result.problems)).toBe(
			'✖ x.mdx:1 (frontmatter) — no frontmatter — start the file with a --- fenced YAML block; copy the one of content/cases/zh-cn/payermax.mdx'
		);
	});
});
