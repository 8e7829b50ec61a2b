import { isAbsolute, join, resolve } from 'node:path';

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
