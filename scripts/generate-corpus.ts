/**
 * Writes a synthetic corpus (tests, benchmarks; never `content/`) of N cases in both languages,
 * with a frozen taxonomy (default tests/fixtures/corpora/synthetic/taxonomy, never content/):
 *   npm run generate-corpus -- --cases 30 --out tests/fixtures/corpora/synthetic
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { frozenTaxonomyDir, writeSyntheticCorpus } from '../tools/synthetic/write-corpus.ts';

const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '30' },
		out: { type: 'string' },
		paragraphs: { type: 'string', default: '1' },
		seed: { type: 'string', default: '1' },
		taxonomy: { type: 'string', default: frozenTaxonomyDir },
		force: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help || !values.out) {
	console.log('Usage: npm run generate-corpus -- --out <dir> [--cases 30] [--paragraphs 1] [--seed 1] [--taxonomy <dir>] [--force]');
	process.exit(values.help ? 0 : 1);
}
const out = resolve(values.out);
if (out === resolve('content') || out.startsWith(resolve('content') + '/')) {
	console.error('✖ synthetic cases never go into content/: choose another --out');
	process.exit(1);
}
if (existsSync(out) && !values.force) {
	console.error(`✖ ${values.out} exists: add --force to replace it`);
	process.exit(1);
}
const count = Number(values.cases);
writeSyntheticCorpus(out, count, { paragraphs: Number(values.paragraphs), seed: Number(values.seed), replace: true }, values.taxonomy);
console.log(`✔ ${count} synthetic cases × 2 languages in ${values.out}`);
