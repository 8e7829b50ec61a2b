import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The content root: `CONTENT_DIR` (default `content`), relative to the project root. Builds, tests
 * and benchmarks point it at fixture or synthetic corpora; the published site uses `content/`.
 */
export function getContentRoot(root = process.cwd(), env: Record<string, string | undefined> = process.env): string {
	const dir = env.CONTENT_DIR?.trim() || 'content';
	return isAbsolute(dir) ? dir : resolve(root, dir);
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
