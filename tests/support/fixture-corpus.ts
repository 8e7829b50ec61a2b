import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCaseFile } from '../../src/lib/content/parse-case-file';
import { indexCorpus, type CorpusIndex } from '../../src/lib/corpus/corpus';
import { readTaxonomy } from '../../src/lib/taxonomy/read-taxonomy';
import type { CaseData } from '../../src/schemas/case';
import type { Tag } from '../../src/schemas/taxonomy';

/**
 * A fixture corpus read straight from its files with the project's own parsers, as the expected
 * side of build and browser tests: what the site must show, computed without the site.
 */
export function loadFixtureCorpus(name: string): { index: CorpusIndex; tags: Tag[]; byLocale: Record<'zh-cn' | 'en', Map<string, CaseData>> } {
	const root = `tests/fixtures/corpora/${name}`;
	const read = (locale: 'zh-cn' | 'en') =>
		new Map(
			readdirSync(join(root, 'cases', locale))
				.filter((file) => file.endsWith('.mdx'))
				.map((file) => {
					const path = join(root, 'cases', locale, file);
					const result = parseCaseFile(path, readFileSync(path, 'utf8'));
					if (!result.success) throw new Error(`${path} does not parse`);
					return [file.replace(/\.mdx$/, ''), result.data] as const;
				})
		);
	const byLocale = { 'zh-cn': read('zh-cn'), en: read('en') };
	const index = indexCorpus([...byLocale['zh-cn']].map(([slug, data]) => ({ slug, data })));
	return { index, tags: readTaxonomy(join(root, 'taxonomy')), byLocale };
}
