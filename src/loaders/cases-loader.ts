import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { caseFilePattern, findMisplacedCaseFiles, parseCaseId } from '../lib/cases/case-files.ts';
import { checkCaseFile, checkCorpus, type CheckedCase } from '../lib/content/check-content.ts';
import { readFrontmatter } from '../lib/content/parse-case-file.ts';
import { ContentError, type ContentProblem } from '../lib/content/problem.ts';
import { readTaxonomy } from '../lib/taxonomy/read-taxonomy.ts';
import type { CaseData } from '../schemas/case.ts';

/**
 * Astro's glob loader over `<contentRoot>/cases/<locale>/<slug>.mdx`, plus what it lacks: every
 * problem of every file reported at once as `file:line field — problem — fix` (the checks of
 * `npm run check`: schema, MDX safety, tag ids, translation parity), and files that would be
 * silently skipped.
 */
export function casesLoader({ casesDir, taxonomyDir }: { casesDir: string; taxonomyDir: string }): Loader {
	const inner = glob({ base: casesDir, pattern: caseFilePattern, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
	return {
		name: 'case-reports-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const problems: ContentProblem[] = findMisplacedCaseFiles(casesDir, root);
			const invalidIds: string[] = [];
			await inner.load({
				...context,
				parseData: async (props) => {
					const file = relative(root, props.filePath ?? props.id);
					const source = readFileSync(props.filePath ?? props.id, 'utf8');
					// A security boundary: unsafe MDX never reaches the MDX compiler.
					const checked = checkCaseFile(file, source);
					if (!checked.data || checked.problems.length > 0) {
						problems.push(...checked.problems);
						invalidIds.push(props.id);
						return props.data;
					}
					// Validate what the author wrote, parsed as YAML 1.2 (see readFrontmatter).
					const frontmatter = readFrontmatter(file, source);
					return context.parseData({ ...props, data: (frontmatter.success ? frontmatter.data : props.data) as typeof props.data });
				},
			});
			// Never keep an invalid entry: a cached copy would hide the error on the next build.
			for (const id of invalidIds) context.store.delete(id);

			const tags = readTaxonomy(taxonomyDir, root);
			const cases: CheckedCase[] = context.store.values().map((entry) => {
				const file = entry.filePath ?? entry.id;
				const { locale, slug } = parseCaseId(entry.id);
				return { file, locale, slug, data: entry.data as CaseData, source: readFileSync(new URL(file, context.config.root), 'utf8') };
			});
			problems.push(...checkCorpus(cases, tags, relative(root, taxonomyDir)));
			if (problems.length > 0) throw new ContentError(problems);
		},
	};
}
