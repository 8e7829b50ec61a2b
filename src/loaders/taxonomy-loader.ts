import type { Loader } from 'astro/loaders';
import { readTaxonomy } from '../lib/taxonomy/read-taxonomy.ts';

/** Loads every tag of `<contentRoot>/taxonomy/*.yml` into one collection, the facet from the file name. */
export function taxonomyLoader(taxonomyDir: string): Loader {
	return {
		name: 'case-taxonomy-loader',
		load: async ({ store, parseData, generateDigest, watcher, config }) => {
			const load = async () => {
				const tags = readTaxonomy(taxonomyDir, new URL('.', config.root).pathname);
				store.clear();
				for (const tag of tags) {
					const data = await parseData({ id: tag.id, data: tag });
					store.set({ id: tag.id, data, digest: generateDigest(data) });
				}
			};
			await load();
			watcher?.add(taxonomyDir);
			watcher?.on('change', (path) => {
				if (path.startsWith(taxonomyDir)) void load();
			});
		},
	};
}
