/**
 * Writes a synthetic corpus (tests, benchmarks; never `content/`) of N cases in both languages,
 * with the taxonomy of `content/taxonomy`:
 *   npm run generate-corpus -- --cases 30 --out tests/fixtures/corpora/synthetic
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticCase } from '../src/lib/synthetic/generate-case.ts';
import { readTaxonomy } from '../src/lib/taxonomy/read-taxonomy.ts';

const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '30' },
		out: { type: 'string' },
		paragraphs: { type: 'string', default: '1' },
		seed: { type: 'string', default: '1' },
		force: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help || !values.out) {
	console.log('Usage: npm run generate-corpus -- --out <dir> [--cases 30] [--paragraphs 1] [--seed 1] [--force]');
	process.exit(values.help ? 0 : 1);
}
const out = resolve(values.out);
if (out === resolve('content') || out.startsWith(resolve('content') + '/')) {
	console.error('✖ synthetic cases never go into content/: choose another --out');
	process.exit(1);
}
if (existsSync(out)) {
	if (!values.force) {
		console.error(`✖ ${values.out} exists: add --force to replace it`);
		process.exit(1);
	}
	rmSync(out, { recursive: true });
}
const count = Number(values.cases);
const tags = readTaxonomy('content/taxonomy');
cpSync('content/taxonomy', join(out, 'taxonomy'), { recursive: true });
for (const locale of ['zh-cn', 'en'] as const) mkdirSync(join(out, 'cases', locale), { recursive: true });
for (let index = 0; index < count; index += 1) {
	const synthetic = generateSyntheticCase(index, tags, { paragraphs: Number(values.paragraphs), seed: Number(values.seed) });
	for (const locale of ['zh-cn', 'en'] as const) writeFileSync(join(out, 'cases', locale, `${synthetic.slug}.mdx`), synthetic.files[locale]);
}
console.log(`✔ ${count} synthetic cases × 2 languages in ${values.out}`);
