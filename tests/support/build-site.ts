import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { removeWhenDone } from './temp-files.ts';

/**
 * Builds the site from another content root into a temporary folder (or `outDir`), as a
 * contributor's PR would. A rebuild into the same folder reuses the incremental build's cache; Astro
 * hashes the output folder into its asset module, so a rebuild into another folder renders every page.
 * Called while a suite is collected, the suite removes the output folder it made and the content
 * cache of a content root outside the project; from a beforeAll hook, the caller removes them.
 */
export function buildSite(
	contentDir: string,
	env: Record<string, string> = {},
	outDir = removeWhenDone(mkdtempSync(join(tmpdir(), 'case-site-')))
): { outDir: string; status: number | null; output: string } {
	const fromProject = relative(process.cwd(), contentDir);
	if (fromProject.startsWith('..') || isAbsolute(fromProject)) removeWhenDone(contentCacheOf(contentDir));
	// Vitest sets BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV=test in the environment; Vite and Astro
	// would take them over the config, and a build under NODE_ENV=test is not the production build.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST'))
	);
	const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', outDir], {
		env: { ...inherited, ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The content cache astro.config.mjs gives another content root (its path, made a folder name). */
export function contentCacheOf(contentDir: string): string {
	return join('node_modules/.astro', `content-${relative(process.cwd(), contentDir).replace(/[^a-zA-Z0-9]+/g, '-')}`);
}
