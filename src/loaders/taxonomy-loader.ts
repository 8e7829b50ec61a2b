import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content/problem.ts';
import { readTaxonomy } from '../lib/taxonomy/read-taxonomy.ts';

/** Loads every tag of `<contentRoot>/taxonomy/*.yml` into one collection, the facet from the file name. */
export function taxonomyLoader(taxonomyDir: string): Loader {
	return {
		name: 'case-taxonomy-loader',
		load: async ({ store, parseData, generateDigest, watcher, config }) => {
			const load = async ({ deferProblems }: { deferProblems: boolean }) => {
				let tags;
				try {
					tags = readTaxonomy(taxonomyDir, new URL('.', config.root).pathname);
				} catch (error) {
					// The cases loader reads the taxonomy too and throws its problems with every other one,
					// so the build prints the list `npm run check` prints, whichever loader runs first.
					if (!(deferProblems && error instanceof ContentError)) throw error;
					store.clear();
					return;
				}
				store.clear();
				for (const tag of tags) {
					const data = await parseData({ id: tag.id, data: tag });
					store.set({ id: tag.id, data, digest: generateDigest(data) });
				}
			};
			await load({ deferProblems: true });
			watcher?.add(taxonomyDir);
			watcher?.on('change', (path) => {
				if (path.startsWith(taxonomyDir)) void load({ deferProblems: false });
			});
		},
	};
}
