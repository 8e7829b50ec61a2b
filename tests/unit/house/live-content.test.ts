import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** The functions through which a test reads a content root, a taxonomy folder or a file. */
const readers = [
	'readTaxonomy',
	'checkContentRoot',
	'readFileSync',
	'readdirSync',
	'existsSync',
	'statSync',
	'loadCaseFile',
	'loadPayerMax',
	'loadFixtureCorpus',
	'join',
	'resolve',
];

/** A reader called with the live `content` folder or a path under it as its first argument. */
const liveContentRead = new RegExp(String.raw`\b(?:${readers.join('|')})\(\s*(['"\x60])content(?:/|\1)`);

/** `file:line` of every line that reads the live content/ folder. */
function findLiveContentReads(file: string, text: string): string[] {
	return text.split('\n').flatMap((line, index) => (liveContentRead.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

test('finds a read of content/ however the path is quoted, and ignores paths that are only named', () => {
	const text = [
		"const tags = readTaxonomy('content/taxonomy');",
		'const problems = checkContentRoot("content");',
		'const mdx = readFileSync(`content/cases/${locale}/payermax.mdx`, "utf8");',
		"const payermax = loadPayerMax('content');",
		"const tags = readTaxonomy('tests/fixtures/corpora/model/taxonomy');",
		"const where = { file: 'content/cases/en/payermax.mdx' };",
		"expect(message).toBe('content/cases/en/acme.mdx exists already');",
	].join('\n');
	expect(findLiveContentReads('a.test.ts', text)).toEqual([
		"a.test.ts:1: const tags = readTaxonomy('content/taxonomy');",
		'a.test.ts:2: const problems = checkContentRoot("content");',
		'a.test.ts:3: const mdx = readFileSync(`content/cases/${locale}/payermax.mdx`, "utf8");',
		"a.test.ts:4: const payermax = loadPayerMax('content');",
	]);
});

test('no unit test reads the live content/ folder: they read tests/fixtures', () => {
	const files = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
		.map((file) => join('tests/unit', file).replaceAll('\\', '/'))
		.filter((file) => file.endsWith('.ts') && file !== 'tests/unit/house/live-content.test.ts');
	expect(files.length).toBeGreaterThan(50);
	expect(files.flatMap((file) => findLiveContentReads(file, readFileSync(file, 'utf8')))).toEqual([]);
});
