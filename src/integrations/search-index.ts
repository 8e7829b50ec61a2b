import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isSearchablePage } from '../lib/search/searchable-page.ts';

/** Pages read and handed to Pagefind at a time: bounds the memory of a large site. */
const batchSize = 64;

/**
 * The search index, built with Pagefind's Node API from exactly the pages readers should find (the
 * ones whose layout marks `data-pagefind-body`: cases, tags, industries, insights). Starlight's own
 * run (`pagefind: false` in its config) hands Pagefind the whole output folder, so it parsed every
 * embed, paginated list and redirect only to find them unmarked.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'case-reports-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).sort();
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('\n'));
					let indexed = 0;
					for (let at = 0; at < files.length; at += batchSize) {
						const batch = await Promise.all(files.slice(at, at + batchSize).map(async (file) => ({ file, content: await readFile(join(root, file), 'utf8') })));
						const added = await Promise.all(batch.filter((page) => isSearchablePage(page.content)).map((page) => index.addHTMLFile({ sourcePath: page.file, content: page.content })));
						for (const response of added) if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
						indexed += added.length;
					}
					const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(`${indexed} of ${files.length} pages indexed for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
				} catch (cause) {
					throw new Error('Pagefind could not build the search index', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
