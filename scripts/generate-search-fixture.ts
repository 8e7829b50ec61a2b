/**
 * Writes the search-quality fixture (tools/synthetic/search-fixture-cases.ts) as a corpus in every
 * language to tests/fixtures/corpora/search/, labelled from that fixture's own frozen taxonomy (never
 * content/, so regenerating does not drift with the published vocabulary):
 *   npm run generate-search-fixture -- --force
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderSearchFixtureCases, searchFixtureDir } from '../tools/synthetic/search-fixture.ts';
import { searchFixtureCases } from '../tools/synthetic/search-fixture-cases.ts';
import { writeCorpus } from '../tools/synthetic/write-corpus.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: searchFixtureDir },
		taxonomy: { type: 'string' },
		force: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help) {
	console.log(`Usage: npm run generate-search-fixture -- [--out ${searchFixtureDir}] [--taxonomy <dir>] [--force]

Writes the search-quality corpus. The taxonomy defaults to <out>/taxonomy (frozen); --force is
needed to replace an existing corpus.`);
	process.exit(0);
}
const out = resolve(values.out);
if (out === resolve('content') || out.startsWith(resolve('content') + '/')) {
	console.error('✖ synthetic cases never go into content/: choose another --out');
	process.exit(1);
}
const taxonomy = values.taxonomy ?? join(values.out, 'taxonomy');
if (!existsSync(taxonomy)) {
	console.error(`✖ no taxonomy at ${taxonomy}: pass --taxonomy <dir> (e.g. tests/fixtures/corpora/model/taxonomy)`);
	process.exit(1);
}
if (existsSync(join(out, 'cases')) && !values.force) {
	console.error(`✖ ${relative(process.cwd(), out) || '.'} exists: add --force to replace it`);
	process.exit(1);
}
writeCorpus(out, taxonomy, renderSearchFixtureCases, { replace: true });
console.log(`✔ ${searchFixtureCases.length} synthetic cases in every language in ${values.out}
Next: git diff ${values.out} (a change to the cases changes the search-quality tests' answers)`);
