import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const report = readFileSync('tests/fixtures/import/full/input.md', 'utf8').replaceAll('https://example.com/customers/synthetic-nova', 'https://example.com/case/8842');

describe('npm run import on a batch', () => {
	test('Chinese-only names get pinyin slugs; another company with the same slug gets -2, said in the summary; the same company needs --force', () => {
		const root = mkdtempSync(join(tmpdir(), 'import-cli-'));
		cpSync('content/taxonomy', join(root, 'taxonomy'), { recursive: true });
		mkdirSync(join(root, 'cases/zh-cn'), { recursive: true });
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
});
