import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeWhenDone } from '../../support/temp-files.ts';

const report = readFileSync('tests/fixtures/import/full/input.md', 'utf8').replaceAll(
	'https://example.com/customers/synthetic-nova',
	'https://example.com/case/8842'
);

/** A content root with the real taxonomy and no case, removed after the test. */
function createContentRoot(): string {
	const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'import-cli-')));
	cpSync('tests/fixtures/corpora/model/taxonomy', join(root, 'taxonomy'), { recursive: true });
	mkdirSync(join(root, 'cases/zh-cn'), { recursive: true });
	return root;
}

describe('npm run import on a batch', () => {
	test('a folder of reports imports in one command, without flags, as drafts that pass the check with their review items as warnings', () => {
		const root = createContentRoot();
		const result = spawnSync('node', ['scripts/import-report.ts', 'tests/fixtures/import/batch', '--content', root], { encoding: 'utf8' });
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(readdirSync(join(root, 'cases/zh-cn')).sort()).toEqual(['xing-he-ling-shou.mdx', 'yun-fan-wu-liu.mdx']);
		expect(result.stdout).toContain('＋ proposed capabilities tag: "车队数字孪生看板"');
		expect(result.stdout).toContain('＋ proposed capabilities tag: "飞书低代码平台"');
		expect(result.stdout).toContain("4 items to review (in the file's review: list)");
		expect(result.stdout).toContain('2 imported, 0 failed.');
		for (const name of ['xing-he-ling-shou', 'yun-fan-wu-liu'])
			expect(readFileSync(join(root, `cases/zh-cn/${name}.mdx`), 'utf8')).toMatch(/^draft: true\nreview:\n {2}- /mu);

		const check = spawnSync('node', ['scripts/check-content.ts', '--content', root], { encoding: 'utf8' });
		expect(check.status, check.stdout + check.stderr).toBe(0);
		expect(check.stdout).toMatch(/⚠ .*yun-fan-wu-liu\.mdx:\d+ review\[0\] — /u);
	});

	test('Chinese-only names get pinyin slugs; another company with the same slug gets -2, said in the summary; the same company needs --force', () => {
		const root = createContentRoot();
		const first = join(root, '云帆物流.md');
		const second = join(root, '云帆物留.md');
		writeFileSync(first, report.replaceAll('Synthetic Nova', '云帆物流'));
		writeFileSync(second, report.replaceAll('Synthetic Nova', '云帆物留'));
		const run = (...files: string[]) => spawnSync('node', ['scripts/import-report.ts', ...files, '--content', root], { encoding: 'utf8' });

		const batch = run(first, second);
		expect(batch.status, batch.stdout + batch.stderr).toBe(0);
		expect(readFileSync(join(root, 'cases/zh-cn/yun-fan-wu-liu.mdx'), 'utf8')).toContain('name: 云帆物流');
		expect(readFileSync(join(root, 'cases/zh-cn/yun-fan-wu-liu-2.mdx'), 'utf8')).toContain('name: 云帆物留');
		expect(batch.stdout).toContain('"yun-fan-wu-liu" is the slug of another company\'s case: this one is "yun-fan-wu-liu-2"');

		const again = run(first);
		expect(again.status).toBe(1);
		expect(again.stdout).toContain('yun-fan-wu-liu.mdx exists: add --force to overwrite it');
		expect(existsSync(join(root, 'cases/zh-cn/yun-fan-wu-liu-3.mdx'))).toBe(false);
	});

	test("an existing case's company is read from its frontmatter as YAML, in any style", () => {
		const root = createContentRoot();
		writeFileSync(
			join(root, 'cases/zh-cn/yun-fan-wu-liu.mdx'),
			'---\ntitle: 云帆\nsource: { publisher: 云帆物流 }\ncompany: { name: "云帆物留", size: unknown }\n---\n\n正文\n'
		);
		const input = join(root, '云帆物流.md');
		writeFileSync(input, report.replaceAll('Synthetic Nova', '云帆物流'));
		const result = spawnSync('node', ['scripts/import-report.ts', input, '--content', root], { encoding: 'utf8' });
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain('"yun-fan-wu-liu" is the slug of another company\'s case: this one is "yun-fan-wu-liu-2"');
		expect(readFileSync(join(root, 'cases/zh-cn/yun-fan-wu-liu-2.mdx'), 'utf8')).toContain('name: 云帆物流');
	});
});
