import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContentRoot, type ReusePassedFile } from '../lib/content/check-content.ts';
import { describeDrafts, separateDrafts } from '../lib/content/check-drafts.ts';
import { getCodeVersion } from '../lib/content/code-version.ts';
import type { CaseData } from '../schemas/case.ts';
import { getCasesDir, getTaxonomyDir } from '../lib/content/content-root.ts';
import { setPendingProblems } from '../lib/content/pending-problems.ts';
import { ContentError } from '../lib/content/problem.ts';
import { renderCaseBody } from '../lib/content/render-case-body.ts';

/**
 * The cases of `<contentRoot>/cases/<locale>/<slug>.mdx`, in one pass: `checkContentRoot` (exactly
 * what `npm run check` runs) parses and checks every file and the corpus, every problem at once as
 * `file:line field — problem — fix`; then each body is rendered to HTML from the tree that passed.
 * No case is ever compiled as an MDX module, so nothing a contributor writes runs at build time.
 * A build leaves drafts (`draft: true`) out of the store, so no page, card, feed or search entry
 * knows them; `astro dev` keeps them for their reviewers.
 */
export function casesLoader({ contentRoot }: { contentRoot: string }): Loader {
	return {
		name: 'case-reports-loader',
		load: async (context) => {
			const { watcher, logger } = context;
			if (!watcher) {
				// A build: any problem ends it, every problem listed.
				loadCases(context, contentRoot, { publishDrafts: false });
				return;
			}
			// `astro dev`: a problem is printed here and shown in the browser's error overlay by the
			// pages (pending-problems.ts), and the server keeps running until the file is fixed. Any
			// edit of a case or of the taxonomy loads everything again: the checks span files
			// (translations, tags), and a full pass is fast.
			const load = () => {
				try {
					loadCases(context, contentRoot, { publishDrafts: true });
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

function loadCases({ store, config, generateDigest, logger }: LoaderContext, contentRoot: string, { publishDrafts }: { publishDrafts: boolean }) {
	const root = fileURLToPath(config.root);
	// A file unchanged since the last load, checked and rendered by the same code, keeps its verdict
	// and its HTML: a rebuild parses and renders only the files that changed.
	const code = getCodeVersion(root);
	const sourceKey = (source: string) => generateDigest(`${code}\0${source}`);
	const previous = new Map(store.entries());
	const reuse: ReusePassedFile = ({ locale, slug, source }) => {
		const entry = previous.get(`${locale}/${slug}`);
		return entry?.rendered?.metadata?.sourceKey === sourceKey(source) ? (entry.data as unknown as CaseData) : undefined;
	};
	// Drafts are checked like every case (check and build agree on errors), then left out or kept.
	const { cases: checked, problems } = checkContentRoot(contentRoot, root, reuse);
	if (problems.length > 0) throw new ContentError(problems);
	const { published, drafts } = separateDrafts(checked);
	const cases = publishDrafts ? checked : published;
	const reused = cases.filter((item) => !item.tree).length;
	logger.info(`${cases.length - reused} case files checked and rendered, ${reused} unchanged since the last load`);
	if (drafts.length > 0)
		logger.info(
			describeDrafts(
				drafts.map((item) => item.file),
				{ shown: publishDrafts }
			)
		);
	store.clear();
	for (const item of cases) {
		const id = `${item.locale}/${item.slug}`;
		if (!item.tree) {
			store.set(previous.get(id)!);
			continue;
		}
		const body = renderCaseBody(item.tree, { locale: item.locale, metrics: item.data.metrics });
		const data = item.data as unknown as Record<string, unknown>;
		store.set({
			id,
			data,
			filePath: item.file,
			// What the pages render, not the source: a change of the renderer changes it too, and the
			// incremental build's page keys (src/queries/page-cache-keys.ts) are made of it.
			digest: generateDigest({ data, headings: body.headings, parts: body.parts }),
			// The page writes the parts (HTML and chart slots); a joined copy as `html` would double the
			// body in memory and in the content cache, and nothing calls Astro's render() on a case.
			rendered: { html: '', metadata: { headings: body.headings, parts: body.parts, sourceKey: sourceKey(item.source) } },
		});
	}
}
