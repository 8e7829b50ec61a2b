import { removeWhenDone } from '../../support/temp-files';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const check = (content: string, env: Record<string, string> = {}) => {
	const { CI: _ci, ...inherited } = process.env;
	return spawnSync('node', ['scripts/check-content.ts', '--content', content], { encoding: 'utf8', env: { ...inherited, ...env } });
};

describe('npm run check on a content root with drafts', () => {
	const file = 'tests/fixtures/corpora/drafts/cases/zh-cn/source-in-review.mdx';

	test('lists each draft and its review items as warnings, and exits 0', () => {
		const run = check('tests/fixtures/corpora/drafts');
		expect(run.status, run.stdout + run.stderr).toBe(0);
		const lines = run.stdout.split('\n');
		expect(lines.filter((line) => line.startsWith('⚠'))).toHaveLength(6);
		expect(lines).toContain(
			`⚠ ${file}:22 draft — a draft: npm run dev shows it, a production build leaves it out — resolve the review items, then remove draft: true to publish`
		);
		expect(lines).toContain(`⚠ ${file}:24 review[0] — 核对行业：导入时猜测为 fintech — resolve it, delete the item; remove draft: true to publish`);
		expect(lines.filter((line) => line.startsWith('✖'))).toEqual([]);
		expect(lines.filter(Boolean).at(-1)).toBe('✔ 5 case files and the taxonomy are valid (3 drafts, which a production build leaves out; 6 warnings).');
		expect(run.stdout).not.toContain('::warning');
	});

	test('under CI, also as GitHub warning annotations', () => {
		const run = check('tests/fixtures/corpora/drafts', { CI: 'true' });
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(
			`::warning file=${file},line=24,title=review[0]::核对行业：导入时猜测为 fintech — resolve it, delete the item; remove draft: true to publish`
		);
		expect(run.stdout).not.toContain('::error');
	});

	test('warnings do not hide errors: a problem still exits 1, and the summary counts both', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'check-drafts-')));
		cpSync('tests/fixtures/corpora/drafts', root, { recursive: true });
		const path = join(root, 'cases/zh-cn/unpublished.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('capabilities: [approvals]', 'capabilities: [approval]'));
		const run = check(root);
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/✖ .*unpublished\.mdx:12 capabilities\[0\] — unknown capabilities tag "approval"/);
		expect(run.stdout.trim().split('\n').at(-1)).toBe(
			'1 problem in the content (5 case files read; 3 drafts, which a production build leaves out; 6 warnings).'
		);
	});
});
