import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { removeWhenDone } from '../../support/temp-files.ts';

/** A content root holding the taxonomy and the PayerMax case in the given languages only. */
let root: string;
const caseFile = (locale: string, slug = 'payermax') => join(root, 'cases', locale, `${slug}.mdx`);
function withPayermax(...locales: string[]) {
	for (const locale of locales) {
		mkdirSync(join(root, 'cases', locale), { recursive: true });
		cpSync(`tests/fixtures/corpora/model/cases/${locale}/payermax.mdx`, caseFile(locale));
	}
}
const run = (script: string, ...args: string[]) => spawnSync('node', [`scripts/${script}.ts`, ...args, '--content', root], { encoding: 'utf8' });
const translate = (...args: string[]) => run('translate', ...args);

beforeEach(() => {
	root = removeWhenDone(mkdtempSync(join(tmpdir(), 'translate-')));
	cpSync('tests/fixtures/corpora/model/taxonomy', join(root, 'taxonomy'), { recursive: true });
});

describe('npm run translate', () => {
	test('writes the English version of a zh-cn case, says what it wrote and what to do next', () => {
		withPayermax('zh-cn');
		const result = translate('payermax');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/✔ .*cases\/en\/payermax\.mdx ← .*cases\/zh-cn\/payermax\.mdx/);
		expect(result.stdout).toMatch(/\d+ TODO lines to translate/);
		expect(result.stdout).toContain('source.publisher: 飞书 → Feishu');
		expect(result.stdout).toContain('translate each TODO (npm run check lists them), then npm run check');
		const written = readFileSync(caseFile('en'), 'utf8');
		expect(written).toContain('title: "TODO: PayerMax：用飞书打通海内外团队协同的跨境支付公司"');
		expect(written).toContain('# English version of');
	});

	test('npm run check refuses the scaffold on its TODO lines only, and passes once each is replaced with text', () => {
		withPayermax('zh-cn');
		expect(translate('payermax').status).toBe(0);
		const check = run('check-content');
		expect(check.status).toBe(1);
		const problems = check.stdout.split('\n').filter((line) => line.startsWith('✖'));
		expect(problems.length).toBeGreaterThan(0);
		for (const line of problems) expect(line).toMatch(/cases\/en\/payermax\.mdx:\d+ \(placeholder\) — a TODO is still here/);
		writeFileSync(caseFile('en'), readFileSync(caseFile('en'), 'utf8').replaceAll('TODO: ', 'EN '));
		const again = run('check-content');
		expect(again.stdout).toContain('✔ 2 case files and the taxonomy are valid.');
		expect(again.status).toBe(0);
	});

	test('writes the zh-cn version of an English-only case, with its head comment in Chinese', () => {
		withPayermax('en');
		const result = translate('payermax');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('source.publisher: Feishu → 飞书');
		const written = readFileSync(caseFile('zh-cn'), 'utf8');
		expect(written).toMatch(/^# .*payermax\.mdx 的中文版，由 npm run translate 生成。$/m);
		expect(written).toContain('## TODO: Company profile');
	});

	test('--dry-run prints the file and writes nothing', () => {
		withPayermax('zh-cn');
		const result = translate('payermax', '--dry-run');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('## TODO: 公司概况');
		expect(result.stdout).toContain('(dry run, nothing written)');
		expect(existsSync(caseFile('en'))).toBe(false);
	});

	test('--force replaces an existing translation', () => {
		withPayermax('zh-cn', 'en');
		const result = translate('payermax', '--force');
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(caseFile('en'), 'utf8')).toContain('TODO: ');
	});

	test('--help prints the usage', () => {
		const result = translate('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Usage: npm run translate -- <slug>');
		expect(result.stdout).toContain('--dry-run');
	});

	test.each([
		[
			'a case in both languages, without --force',
			['zh-cn', 'en'],
			['payermax'],
			/the case "payermax" exists in both languages \(.*zh-cn\/payermax\.mdx, .*en\/payermax\.mdx\): nothing to translate.*add --force/,
		],
		['an existing translation named by --to', ['zh-cn', 'en'], ['payermax', '--to', 'en'], /en\/payermax\.mdx exists already: edit it, or add --force/],
		[
			'an unknown slug, with the close ones',
			['zh-cn'],
			['payermx'],
			/no case "payermx": neither .* exists\. Did you mean "payermax"\? To start a new case: npm run new-case -- payermx/,
		],
		['a --to that is not a language of the site', ['zh-cn'], ['payermax', '--to', 'fr'], /--to "fr" is not a language of the site: use zh-cn or en/],
		[
			'a --to with no source in the other language',
			['zh-cn'],
			['payermax', '--to', 'zh-cn'],
			/en\/payermax\.mdx does not exist, so there is nothing to translate into zh-cn.*npm run translate -- payermax --to en/,
		],
		[
			'a path instead of a slug',
			['zh-cn'],
			['content/cases/zh-cn/payermax.mdx'],
			/is not a case slug: give the file name without \.mdx, e\.g\. npm run translate -- payermax/,
		],
	])('refuses %s, with exit code 1 and a message saying what to do', (_what, locales, args, message) => {
		withPayermax(...locales);
		const before = locales.map((locale) => readFileSync(caseFile(locale), 'utf8'));
		const result = translate(...args);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(locales.map((locale) => readFileSync(caseFile(locale), 'utf8'))).toEqual(before);
	});

	test('refuses a source that does not pass the check, naming its problems, and writes nothing', () => {
		withPayermax('zh-cn');
		writeFileSync(caseFile('zh-cn'), readFileSync(caseFile('zh-cn'), 'utf8').replace('value: 50', 'value: fifty'));
		const result = translate('payermax');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/zh-cn\/payermax\.mdx does not pass the check, and its translation would copy what is wrong/);
		expect(result.stderr).toMatch(/metrics\[0\]\.change\.value/);
		expect(existsSync(caseFile('en'))).toBe(false);
	});
});

describe('npm run new-case on a slug that exists in one language', () => {
	test('points at npm run translate instead of a dead end', () => {
		withPayermax('zh-cn');
		const result = run('new-case', 'payermax');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('To write its en version from it: npm run translate -- payermax');
	});
});
