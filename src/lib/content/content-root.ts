import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The content root: `CONTENT_DIR` (default `content`), relative to the project root. Builds, tests
 * and benchmarks point it at fixture or synthetic corpora; the published site uses `content/`.
 */
export function getContentRoot(root = process.cwd(), env: Record<string, string | undefined> = process.env): string {
	const dir = env.CONTENT_DIR?.trim() || 'content';
	return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The content root of a CLI: its `--content <dir>` option when given, else as {@link getContentRoot}. */
export function getContentRootOf(contentOption: string | undefined, root = process.cwd(), env: Record<string, string | undefined> = process.env): string {
	return getContentRoot(root, { ...env, CONTENT_DIR: contentOption ?? env.CONTENT_DIR });
}

export function getCasesDir(contentRoot: string): string {
	return join(contentRoot, 'cases');
}

export function getTaxonomyDir(contentRoot: string): string {
	return join(contentRoot, 'taxonomy');
}

/**
 * The content cache of a content root other than `content/` (fixtures, benchmarks, a test's
 * temporary root): a folder of its own, named after the root's path, so corpora never mix.
 */
export function contentCacheDirOf(contentRoot: string, projectRoot = process.cwd()): string {
	return `./node_modules/.astro/content-${relative(projectRoot, resolve(projectRoot, contentRoot)).replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
