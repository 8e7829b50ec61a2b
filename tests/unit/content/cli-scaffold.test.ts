import { removeWhenDone } from '../../support/temp-files';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateJsonSchemas } from '../../../tools/schema/json-schema.ts';

describe('npm run new-case', () => {
	const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'new-case-')));
	cpSync('tests/fixtures/corpora/model/taxonomy', join(root, 'taxonomy'), { recursive: true });
	const run = (...args: string[]) => spawnSync('node', ['scripts/new-case.ts', ...args, '--content', root], { encoding: 'utf8' });

	test('writes the case in both languages, every field explained, and prints the next steps', () => {
		const result = run('acme-pay', '--company', 'Acme Pay');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Next steps:');
		for (const locale of ['zh-cn', 'en']) {
			const source = readFileSync(join(root, 'cases', locale, 'acme-pay.mdx'), 'utf8');
			for (const field of [
				'title',
				'description',
				'company',
				'size',
				'regions',
				'product',
				'industries',
				'capabilities',
				'challenges',
				'gaps',
				'metrics',
				'source',
				'reportDate',
			]) {
				expect(source, field).toMatch(new RegExp(`# .+\\n\\s*${field}:`));
			}
			expect(source).toContain('name: "Acme Pay"');
		}
	});

	test('the scaffold fails the check until its TODOs are filled', () => {
		const check = spawnSync('node', ['scripts/check-content.ts', '--content', root], { encoding: 'utf8' });
		expect(check.status).toBe(1);
		expect(check.stdout).toMatch(/acme-pay\.mdx:4 \(placeholder\) — a TODO is still here/);
	});

	test('refuses an existing slug and an invalid one', () => {
		expect(run('acme-pay').stderr).toContain('the case "acme-pay" exists already');
		expect(run('Acme Pay').stderr).toContain('is not a valid slug');
		expect(run('page').stderr).toContain('is not a valid slug');
	});
});

describe('the JSON Schemas for editors', () => {
	test('are generated from the Zod schemas and up to date (npm run schema)', () => {
		for (const [name, schema] of Object.entries(generateJsonSchemas())) {
			expect(JSON.parse(readFileSync(`schemas/${name}`, 'utf8')), name).toEqual(JSON.parse(JSON.stringify(schema)));
		}
		const schema = generateJsonSchemas()['case-frontmatter.schema.json'] as { properties: Record<string, { description?: string }>; required: string[] };
		expect(schema.required).toEqual(expect.arrayContaining(['title', 'description', 'company', 'product', 'industries', 'source', 'reportDate']));
		expect(schema.properties.reportDate?.description).toContain('YYYY-MM-DD');
	});
});
