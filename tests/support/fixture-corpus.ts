import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indexCorpus, type CorpusIndex } from '../../src/lib/corpus/corpus';
import { readTaxonomy } from '../../src/lib/taxonomy/read-taxonomy';
import type { CaseData } from '../../src/schemas/case';
import type { Tag } from '../../src/schemas/taxonomy';
import { loadCaseFile } from './case-file.ts';

/**
 * A corpus (a fixture's root, `tests/fixtures/corpora/<name>`, or a test's own content root) read
 * straight from its files with the project's own parsers, as the expected side of build and browser
 * tests: what the site must show, computed without the site.
 */
export function loadFixtureCorpus(root: string): { index: CorpusIndex; tags: Tag[]; byLocale: Record<'zh-cn' | 'en', Map<string, CaseData>> } {
	const read = (locale: 'zh-cn' | 'en') =>
		new Map(
			readdirSync(join(root, 'cases', locale))
				.filter((file) => file.endsWith('.mdx'))
				.map((file) => {
					const slug = file.replace(/\.mdx$/, '');
					return [slug, loadCaseFile(root, locale, slug).data] as const;
				})
		);
	const byLocale = { 'zh-cn': read('zh-cn'), en: read('en') };
	const index = indexCorpus([...byLocale['zh-cn']].map(([slug, data]) => ({ slug, data })));
	return { index, tags: readTaxonomy(join(root, 'taxonomy')), byLocale };
}
