import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/lib/i18n/locales.ts';
import { readTaxonomy } from '../../src/lib/taxonomy/read-taxonomy.ts';
import type { Tag } from '../../src/schemas/taxonomy.ts';
import { generateSyntheticCase } from './generate-case.ts';
import type { SyntheticCase } from './generate-case.ts';

/**
 * The frozen vocabulary synthetic corpora use by default: a copy updated only on purpose, so that
 * editing `content/taxonomy` changes no generated corpus.
 */
export const frozenTaxonomyDir = 'tests/fixtures/corpora/synthetic/taxonomy';

/**
 * Writes a content root (`<root>/taxonomy` and `<root>/cases/<locale>/<slug>.mdx`) from a taxonomy
 * folder and the cases `render` makes from its tags. The taxonomy is read before anything is
 * written, so it may be the root's own; with `replace`, the root is emptied first.
 */
export function writeCorpus(root: string, taxonomyDir: string, render: (tags: Tag[]) => SyntheticCase[], options: { replace?: boolean } = {}): void {
	const tags = readTaxonomy(taxonomyDir);
	const taxonomyFiles = readdirSync(taxonomyDir)
		.filter((name) => name.endsWith('.yml'))
		.map((name) => [name, readFileSync(join(taxonomyDir, name))] as const);
	const cases = render(tags);
	if (options.replace) rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'taxonomy'), { recursive: true });
	for (const [name, bytes] of taxonomyFiles) writeFileSync(join(root, 'taxonomy', name), bytes);
	for (const locale of locales) mkdirSync(join(root, 'cases', locale), { recursive: true });
	for (const item of cases) for (const locale of locales) writeFileSync(join(root, 'cases', locale, `${item.slug}.mdx`), item.files[locale]);
}

/**
 * Writes a content root of `count` synthetic cases in both languages (tests and benchmarks, never
 * `content/`), with the taxonomy of `taxonomyDir` (default: the frozen {@link frozenTaxonomyDir}).
 */
export function writeSyntheticCorpus(
	root: string,
	count: number,
	options: { paragraphs?: number; seed?: number; replace?: boolean } = {},
	taxonomyDir = frozenTaxonomyDir
): void {
	writeCorpus(root, taxonomyDir, (tags) => Array.from({ length: count }, (_, index) => generateSyntheticCase(index, tags, options)), options);
}
