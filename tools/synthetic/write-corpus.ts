import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTaxonomy } from '../../src/lib/taxonomy/read-taxonomy.ts';
import { generateSyntheticCase } from './generate-case.ts';

/**
 * Writes a content root of `count` synthetic cases in both languages (tests and benchmarks, never
 * `content/`), with the taxonomy of `taxonomyDir`: `<root>/taxonomy` and `<root>/cases/<locale>/`.
 */
export function writeSyntheticCorpus(
	root: string,
	count: number,
	options: { paragraphs?: number; seed?: number } = {},
	taxonomyDir = 'content/taxonomy'
): void {
	const tags = readTaxonomy(taxonomyDir);
	cpSync(taxonomyDir, join(root, 'taxonomy'), { recursive: true });
	for (const locale of ['zh-cn', 'en'] as const) mkdirSync(join(root, 'cases', locale), { recursive: true });
	for (let index = 0; index < count; index += 1) {
		const synthetic = generateSyntheticCase(index, tags, options);
		for (const locale of ['zh-cn', 'en'] as const) writeFileSync(join(root, 'cases', locale, `${synthetic.slug}.mdx`), synthetic.files[locale]);
	}
}
