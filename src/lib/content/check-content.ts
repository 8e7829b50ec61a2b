import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { relative } from 'node:path';
import type { CaseData } from '../../schemas/case.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { listCaseFiles, reservedSlugs } from '../cases/case-files.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { readTaxonomy } from '../taxonomy/read-taxonomy.ts';
import { checkCaseTags } from './check-case-tags.ts';
import { findDraftWarnings } from './check-drafts.ts';
import { checkTranslationParity } from './check-translations.ts';
import { getCasesDir, getTaxonomyDir } from './content-root.ts';
import { findFieldLine } from './frontmatter.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { checkMetricReferences } from './check-metric-references.ts';
import { checkFileSize, parseCaseBody } from './parse-case-body.ts';
import { parseCaseFile, readFrontmatter } from './parse-case-file.ts';
import { findPlaceholders, placeholderMarker } from './placeholders.ts';
import { ContentError, type ContentProblem } from './problem.ts';

/**
 * The one content checker: `npm run check` and the build's cases loader (src/loaders/cases-loader.ts)
 * both call `checkContentRoot`, over the one listing of the case files (`listCaseFiles`).
 */

/**
 * One case file on its own: frontmatter against the schema, then its body, parsed once by the one
 * parser, for safety and for its references to the case's metrics. The build renders the returned
 * tree; nothing else reads the body.
 */
export function checkCaseFile(
	file: string,
	source: string
): { data?: CaseData; tree?: Root; frontmatter?: Record<string, unknown>; problems: ContentProblem[] } {
	const tooLarge = checkFileSize(file, source);
	if (tooLarge) return { problems: [tooLarge] };
	const frontmatter = readFrontmatter(file, source);
	const parsed = parseCaseFile(file, source, frontmatter);
	const body = parseCaseBody(file, source);
	const unsafe = body.tree ? checkMdxSafety(file, body.tree) : body.problems;
	const references = body.tree && parsed.success ? checkMetricReferences(file, body.tree, parsed.data.metrics) : [];
	const unfinished = findPlaceholders(source).map((line) => ({
		file,
		line,
		field: '(placeholder)',
		problem: `a ${placeholderMarker} is still here`,
		fix: 'write or translate this line and remove the TODO (npm run new-case and npm run translate leave one wherever text is needed)',
	}));
	const problems = [...(parsed.success ? [] : parsed.problems), ...unsafe, ...references, ...unfinished];
	return parsed.success ? { data: parsed.data, tree: body.tree, problems } : { frontmatter: frontmatter.success ? frontmatter.data : undefined, problems };
}

export interface CheckedCase {
	file: string;
	locale: Locale;
	slug: string;
	data: CaseData;
	source: string;
	/** The body as the one parser read it: what the checks passed and the build renders (absent when an earlier verdict was reused). */
	tree?: Root;
}

/**
 * An earlier verdict on an unchanged file: its data when it passed every check of its own with
 * exactly this source and this code (the caller's to ensure, e.g. with `getCodeVersion`). Checks
 * across files always run again.
 */
export type ReusePassedFile = (file: { locale: Locale; slug: string; source: string }) => CaseData | undefined;

/** Checks across files: tag ids against the taxonomy, and translations against their source. */
export function checkCorpus(cases: CheckedCase[], tags: Tag[], taxonomyDir: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const lineOf = (item: CheckedCase) => (path: (string | number)[]) => findFieldLine(item.source, path);
	for (const item of cases) problems.push(...checkCaseTags(item.data, tags, { file: item.file, lineOf: lineOf(item), taxonomyDir }));
	// An old slug must lead to one case only, and never hide a live one.
	const slugs = new Set(cases.map((item) => item.slug));
	const claimed = new Map<string, string>();
	for (const item of cases.filter(
		(candidate) => candidate.locale === defaultLocale || !cases.some((other) => other.slug === candidate.slug && other.locale === defaultLocale)
	)) {
		(item.data.redirectFrom ?? []).forEach((old, index) => {
			const where = { file: item.file, line: lineOf(item)(['redirectFrom', index]), field: `redirectFrom[${index}]` };
			if (slugs.has(old)) problems.push({ ...where, problem: `"${old}" is the slug of a published case`, fix: 'remove it: a live case keeps its URL' });
			else if (reservedSlugs.includes(old)) problems.push({ ...where, problem: `"${old}" is reserved`, fix: 'remove it' });
			else if (claimed.has(old) && claimed.get(old) !== item.slug)
				problems.push({ ...where, problem: `"${old}" already redirects to ${claimed.get(old)}`, fix: 'an old URL can lead to one case only' });
			claimed.set(old, item.slug);
		});
	}
	const bySlug = Map.groupBy(cases, (item) => item.slug);
	for (const versions of bySlug.values()) {
		const source = versions.find((item) => item.locale === defaultLocale) ?? versions[0]!;
		for (const translation of versions) {
			if (translation !== source) problems.push(...checkTranslationParity(source, { ...translation, lineOf: lineOf(translation) }));
		}
	}
	return problems;
}

/**
 * Everything under a content root: taxonomy, file placement, every case, the corpus. `npm run check`
 * and the build's cases loader both call this, so they read the same files the same way and agree.
 * `cases` includes drafts (the caller decides whether to publish them); `warnings` are their review
 * items, which never fail a check.
 */
export function checkContentRoot(
	contentRoot: string,
	root = process.cwd(),
	reuse?: ReusePassedFile
): { cases: CheckedCase[]; tags: Tag[]; problems: ContentProblem[]; warnings: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const taxonomyDir = getTaxonomyDir(contentRoot);
	let tags: Tag[] = [];
	try {
		tags = readTaxonomy(taxonomyDir, root);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		problems.push(...error.problems);
	}
	const listing = listCaseFiles(getCasesDir(contentRoot), root);
	problems.push(...listing.problems);
	const cases: CheckedCase[] = [];
	for (const { locale, slug, path: casePath } of listing.files) {
		const file = relative(root, casePath);
		const source = readFileSync(casePath, 'utf8');
		const passed = reuse?.({ locale, slug, source });
		if (passed) {
			cases.push({ file, locale, slug, data: passed, source });
			continue;
		}
		const checked = checkCaseFile(file, source);
		problems.push(...checked.problems);
		// A file that fails the schema still gets its tags checked, so one round shows everything.
		if (checked.frontmatter && tags.length > 0)
			problems.push(
				...checkCaseTags(checked.frontmatter, tags, { file, lineOf: (path) => findFieldLine(source, path), taxonomyDir: relative(root, taxonomyDir) })
			);
		if (checked.data && checked.tree) cases.push({ file, locale, slug, data: checked.data, source, tree: checked.tree });
	}
	// Drafts too: check and build report the same errors whether or not the build publishes them.
	if (tags.length > 0) problems.push(...checkCorpus(cases, tags, relative(root, taxonomyDir)));
	return { cases, tags, problems, warnings: findDraftWarnings(cases) };
}
