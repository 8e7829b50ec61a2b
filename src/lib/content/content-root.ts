import { isAbsolute, join, resolve } from 'node:path';

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
