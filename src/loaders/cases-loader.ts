import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContentRoot } from '../lib/content/check-content.ts';
import { getCasesDir, getTaxonomyDir } from '../lib/content/content-root.ts';
import { setPendingProblems } from '../lib/content/pending-problems.ts';
import { ContentError } from '../lib/content/problem.ts';
import { renderCaseBody } from '../lib/content/render-case-body.ts';

/**
 * The cases of `<contentRoot>/cases/<locale>/<slug>.mdx`, in one pass: `checkContentRoot` (exactly
 * what `npm run check` runs) parses and checks every file and the corpus, every problem at once as
 * `file:line field — problem — fix`; then each body is rendered to HTML from the tree that passed.
 * No case is ever compiled as an MDX module, so nothing a contributor writes runs at build time.
 */
export function casesLoader({ contentRoot }: { contentRoot: string }): Loader {
	return {
		name: 'case-reports-loader',
		load: async (context) => {
			const { watcher, logger } = context;
			if (!watcher) {
				// A build: any problem ends it, every problem listed.
				loadCases(context, contentRoot);
				return;
			}
			// `astro dev`: a problem is printed here and shown in the browser's error overlay by the
			// pages (pending-problems.ts), and the server keeps running until the file is fixed. Any
			// edit of a case or of the taxonomy loads everything again: the checks span files
			// (translations, tags), and a full pass is fast.
			const load = () => {
				try {
					loadCases(context, contentRoot);
					setPendingProblems(undefined);
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					setPendingProblems(error.problems);
					logger.error(error.message);
				}
			};
			load();
			const dirs = [getCasesDir(contentRoot), getTaxonomyDir(contentRoot)];
			watcher.add(dirs);
			watcher.on('all', (_event, path) => {
				if (dirs.some((dir) => path.startsWith(dir))) load();
			});
		},
	};
}

function loadCases({ store, config, generateDigest }: LoaderContext, contentRoot: string) {
	const root = fileURLToPath(config.root);
	const { cases, problems } = checkContentRoot(contentRoot, root);
	if (problems.length > 0) throw new ContentError(problems);
	store.clear();
	for (const item of cases) {
		const body = renderCaseBody(item.tree, { locale: item.locale, metrics: item.data.metrics });
		store.set({
			id: `${item.locale}/${item.slug}`,
			data: item.data as unknown as Record<string, unknown>,
			filePath: item.file,
			// What the pages render, not the source: a change of the renderer changes it too, and the
			// incremental build's page keys (src/queries/page-cache-keys.ts) are made of it.
			digest: generateDigest({ data: item.data as unknown as Record<string, unknown>, headings: body.headings, parts: body.parts }),
			rendered: { html: body.parts.map((part) => ('html' in part ? part.html : '')).join(''), metadata: { headings: body.headings, parts: body.parts } },
		});
	}
}
