import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { caseFilePattern, findMisplacedCaseFiles, parseCaseId } from '../lib/cases/case-files.ts';
import { checkCaseTags } from '../lib/content/check-case-tags.ts';
import { checkTranslationParity } from '../lib/content/check-translations.ts';
import { findFieldLine } from '../lib/content/frontmatter.ts';
import { checkMdxSafety } from '../lib/content/mdx-safety.ts';
import { ContentError, type ContentProblem } from '../lib/content/problem.ts';
import { parseCaseFile, readFrontmatter } from '../lib/content/parse-case-file.ts';
import { defaultLocale } from '../lib/i18n/locales.ts';
import { readTaxonomy } from '../lib/taxonomy/read-taxonomy.ts';
import type { CaseData } from '../schemas/case.ts';

/**
 * Astro's glob loader over `<contentRoot>/cases/<locale>/<slug>.mdx`, plus what it lacks: every
 * problem of every file reported at once as `file:line field — problem — fix`, files that would be
 * silently skipped, tag ids checked against the taxonomy, and translation parity.
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
					const frontmatter = readFrontmatter(file, source);
					const result = frontmatter.success ? parseCaseFile(file, source) : frontmatter;
					// A security boundary: unsafe MDX never reaches the MDX compiler.
					const unsafe = checkMdxSafety(file, source);
					if (!frontmatter.success || !result.success || unsafe.length > 0) {
						problems.push(...(result.success ? [] : result.problems), ...unsafe);
						invalidIds.push(props.id);
						return props.data;
					}
					// Validate what the author wrote, parsed as YAML 1.2 (see readFrontmatter).
					return context.parseData({ ...props, data: frontmatter.data as typeof props.data });
				},
			});
			// Never keep an invalid entry: a cached copy would hide the error on the next build.
			for (const id of invalidIds) context.store.delete(id);

			const tags = readTaxonomy(taxonomyDir, root);
			const entries = context.store.values().map((entry) => ({
				id: entry.id,
				file: entry.filePath ?? entry.id,
				data: entry.data as CaseData,
			}));
			const lineFinder = (file: string) => {
				const source = readFileSync(new URL(file, context.config.root), 'utf8');
				return (path: (string | number)[]) => findFieldLine(source, path);
			};
			for (const entry of entries) {
				problems.push(...checkCaseTags(entry.data, tags, { file: entry.file, lineOf: lineFinder(entry.file), taxonomyDir: relative(root, taxonomyDir) }));
			}
			const bySlug = Map.groupBy(entries, (entry) => parseCaseId(entry.id).slug);
			for (const versions of bySlug.values()) {
				const source = versions.find((entry) => parseCaseId(entry.id).locale === defaultLocale) ?? versions[0]!;
				for (const translation of versions) {
					if (translation === source) continue;
					problems.push(...checkTranslationParity(source, { ...translation, lineOf: lineFinder(translation.file) }));
				}
			}
			if (problems.length > 0) throw new ContentError(problems);
		},
	};
}
