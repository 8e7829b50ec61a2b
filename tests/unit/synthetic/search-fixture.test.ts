import { removeWhenDone } from '../../support/temp-files';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy.ts';
import { renderSearchFixtureCases, searchFixtureDir } from '../../../tools/synthetic/search-fixture.ts';

/** Every file under `dir`, relative path → text. */
function readTree(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
			})
	);
}

describe('the search-quality fixture', () => {
	test('is what the generator writes from its own frozen taxonomy', () => {
		const cases = renderSearchFixtureCases(readTaxonomy(join(searchFixtureDir, 'taxonomy')));
		expect(cases.map((item) => item.slug).sort()).toEqual(
			readdirSync(join(searchFixtureDir, 'cases', 'en'))
				.map((name) => name.replace(/\.mdx$/, ''))
				.sort()
		);
		for (const item of cases) {
			for (const [locale, text] of Object.entries(item.files))
				expect(text, `${locale}/${item.slug}`).toBe(readFileSync(join(searchFixtureDir, 'cases', locale, `${item.slug}.mdx`), 'utf8'));
		}
	});
});

describe('npm run generate-search-fixture', () => {
	const run = (...args: string[]) => spawnSync('node', ['scripts/generate-search-fixture.ts', ...args], { encoding: 'utf8' });
	const copyOfFixture = () => {
		const out = removeWhenDone(mkdtempSync(join(tmpdir(), 'search-fixture-')));
		cpSync(searchFixtureDir, out, { recursive: true });
		return out;
	};

	test('--help prints the usage and writes nothing', () => {
		const out = copyOfFixture();
		const result = run('--help', '--out', out, '--taxonomy', 'tests/fixtures/corpora/model/taxonomy', '--force');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Usage: npm run generate-search-fixture');
		expect(readTree(out)).toEqual(readTree(searchFixtureDir));
	});

	test('refuses to replace an existing fixture without --force', () => {
		const out = copyOfFixture();
		const result = run('--out', out, '--taxonomy', 'tests/fixtures/corpora/model/taxonomy');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('add --force to replace it');
		expect(readTree(out)).toEqual(readTree(searchFixtureDir));
	});

	test('with --force, reproduces the committed fixture byte for byte', () => {
		const out = copyOfFixture();
		const result = run('--out', out, '--force');
		expect(result.status, result.stderr).toBe(0);
		expect(readTree(out)).toEqual(readTree(searchFixtureDir));
	});
});
