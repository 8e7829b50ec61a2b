import { removeWhenDone } from '../../support/temp-files';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentRoot } from '../../../src/lib/content/check-content';
import { describeDrafts, findDraftWarnings, separateDrafts } from '../../../src/lib/content/check-drafts';
import { formatProblem, formatWarning } from '../../../src/lib/content/problem';

const fixture = 'tests/fixtures/corpora/drafts';

describe('draft warnings', () => {
	test('one line per draft, then one per review item on its own line, in the file language', () => {
		const { problems, warnings } = checkContentRoot(fixture);
		expect(problems).toEqual([]);
		expect(warnings.map(formatWarning)).toMatchInlineSnapshot(`
			[
			  "⚠ tests/fixtures/corpora/drafts/cases/en/translation-in-review.mdx:22 draft — a draft: npm run dev shows it, a production build leaves it out — resolve the review items, then remove draft: true to publish",
			  "⚠ tests/fixtures/corpora/drafts/cases/en/translation-in-review.mdx:23 review[0] — Check the translation of "响应速度" — resolve it, delete the item; remove draft: true to publish",
			  "⚠ tests/fixtures/corpora/drafts/cases/zh-cn/source-in-review.mdx:22 draft — a draft: npm run dev shows it, a production build leaves it out — resolve the review items, then remove draft: true to publish",
			  "⚠ tests/fixtures/corpora/drafts/cases/zh-cn/source-in-review.mdx:24 review[0] — 核对行业：导入时猜测为 fintech — resolve it, delete the item; remove draft: true to publish",
			  "⚠ tests/fixtures/corpora/drafts/cases/zh-cn/source-in-review.mdx:25 review[1] — 核对响应速度的数字（原文写的是 25%） — resolve it, delete the item; remove draft: true to publish",
			  "⚠ tests/fixtures/corpora/drafts/cases/zh-cn/unpublished.mdx:23 draft — a draft: npm run dev shows it, a production build leaves it out — remove draft: true to publish",
			]
		`);
	});

	test('a review item the YAML wraps over lines is still one line', () => {
		const source = '---\ntitle: x\ndraft: true\nreview:\n  - >-\n    check the\n    industry\n---\n';
		const warnings = findDraftWarnings([{ file: 'a.mdx', source, data: { draft: true, review: ['check the\nindustry'] } }]);
		expect(warnings.map(formatWarning)).toEqual([
			'⚠ a.mdx:3 draft — a draft: npm run dev shows it, a production build leaves it out — resolve the review items, then remove draft: true to publish',
			'⚠ a.mdx:5 review[0] — check the industry — resolve it, delete the item; remove draft: true to publish',
		]);
	});

	test('a published case has none', () => {
		expect(findDraftWarnings([{ file: 'a.mdx', source: '---\ntitle: x\n---\n', data: { draft: false, review: [] } }])).toEqual([]);
	});
});

describe('drafts in a build', () => {
	test('are separated from the published cases, and named in the log', () => {
		const { cases } = checkContentRoot(fixture);
		const { published, drafts } = separateDrafts(cases);
		expect(published.map((item) => `${item.locale}/${item.slug}`)).toEqual(['en/source-in-review', 'zh-cn/translation-in-review']);
		expect(
			describeDrafts(
				drafts.map((item) => item.file),
				{ shown: false }
			)
		).toBe(
			'3 draft cases left out of the build: tests/fixtures/corpora/drafts/cases/en/translation-in-review.mdx, tests/fixtures/corpora/drafts/cases/zh-cn/source-in-review.mdx, tests/fixtures/corpora/drafts/cases/zh-cn/unpublished.mdx'
		);
		expect(describeDrafts(['a.mdx'], { shown: true })).toBe('1 draft case shown here, left out of a production build: a.mdx');
	});
});

describe('publishing a draft', () => {
	test('with its review items still there is an error naming the file, the line and the first item', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'publish-draft-')));
		cpSync(fixture, root, { recursive: true });
		const path = join(root, 'cases/zh-cn/source-in-review.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
		const { problems, warnings } = checkContentRoot(root);
		expect(problems.map(formatProblem)).toEqual([
			`✖ ${relative(process.cwd(), path)}:22 review — 2 review items are left in a case that is not a draft (first: "核对行业：导入时猜测为 fintech") — check each item against the report, fix the case, and delete the review list; or put back draft: true`,
		]);
		// No longer a draft, so no longer a warning: the error says it all.
		expect(warnings.map((warning) => warning.file)).not.toContain(relative(process.cwd(), path));
	});

	test('once its review items are resolved is no problem and no warning', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'publish-draft-')));
		cpSync(fixture, root, { recursive: true });
		const path = join(root, 'cases/zh-cn/unpublished.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
		const { problems, warnings } = checkContentRoot(root);
		expect(problems).toEqual([]);
		expect(warnings.map((warning) => warning.file)).not.toContain(relative(process.cwd(), path));
	});
});
