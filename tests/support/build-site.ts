import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the site from another content root into a temporary folder (or `outDir`), as a
 * contributor's PR would. A rebuild into the same folder reuses the incremental build's cache; Astro
 * hashes the output folder into its asset module, so a rebuild into another folder renders every page.
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'case-site-'))): { outDir: string; status: number | null; output: string } {
	// Vitest sets BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV=test in the environment; Vite and Astro
	// would take them over the config, and a build under NODE_ENV=test is not the production build.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST')));
	const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', outDir], {
		env: { ...inherited, ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
