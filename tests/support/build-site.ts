import { spawn } from 'node:child_process';
import { isAbsolute, relative } from 'node:path';
import { beforeAll } from 'vitest';
import { contentCacheDirOf } from '../../src/lib/content/content-root.ts';
import { useSuiteTemporaries, type SuiteTemporaries } from './temp-files.ts';

/** What a build left for its tests: where it wrote the site, its exit status and its log. */
export interface BuildResult {
	outDir: string;
	status: number | null;
	output: string;
}

/** A build of a suite, filled in by its beforeAll hook; `contentDir` is the content root it built. */
export interface SiteBuild extends BuildResult {
	contentDir: string;
}

/** Time one build may take on a loaded 2-core machine before it is killed. */
export const buildTimeout = 180_000;

/**
 * Builds the site from `contentDir` into `outDir`, as a contributor's PR would, without blocking
 * the test worker; removes nothing. A rebuild into the same folder reuses the incremental build's
 * cache; Astro hashes the output folder into its asset module, so a rebuild into another folder
 * renders every page. Tests that share a build use `useSiteBuild` instead.
 */
export function runSiteBuild(contentDir: string, env: Record<string, string>, outDir: string): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn('node_modules/.bin/astro', ['build', '--outDir', outDir], { env: getAstroEnv(contentDir, env), timeout: buildTimeout });
		// Kept apart and joined after, so the problem lines keep their order.
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ outDir, status, output: `${stdout}\n${stderr}` }));
	});
}

/**
 * The site built for the tests of the suite this is called in (or of the file, at top level), in
 * a beforeAll hook: only when one of those tests runs, never while Vitest collects tests. In the
 * hook, `prepare` makes the content root (what it makes goes through `temporaries`) and returns
 * it; the output folder and the content cache of a root outside the project are removed after the
 * suite. A build expected to pass that fails, fails the hook with the end of its log. The returned
 * object is empty until the hook has run: read it in tests and hooks only.
 */
export function useSiteBuild(
	prepare: (temporaries: SuiteTemporaries) => string | { contentDir: string; env?: Record<string, string> },
	options: { expectFailure?: boolean } = {}
): SiteBuild {
	const build: SiteBuild = { contentDir: '', outDir: '', status: null, output: '' };
	const temporaries = useSuiteTemporaries();
	beforeAll(async () => {
		const prepared = prepare(temporaries);
		const { contentDir, env = {} } = typeof prepared === 'string' ? { contentDir: prepared } : prepared;
		if (isOutsideProject(contentDir)) temporaries.track(contentCacheDirOf(contentDir));
		Object.assign(build, { contentDir }, await runSiteBuild(contentDir, env, temporaries.makeDir('case-site-')));
		if (!options.expectFailure && build.status !== 0) throw new Error(`The build of ${contentDir} exited with ${build.status}:\n${build.output.slice(-4000)}`);
	}, buildTimeout + 30_000);
	return build;
}

/** A content root in the temp directory gets a content cache of its own, which its builder removes. */
function isOutsideProject(contentDir: string): boolean {
	const fromProject = relative(process.cwd(), contentDir);
	return fromProject.startsWith('..') || isAbsolute(fromProject);
}

/** The environment of an `astro build` (or `astro dev`) of `contentDir`, without what Vitest sets. */
export function getAstroEnv(contentDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
	// Vitest sets BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV=test in the environment; Vite and Astro
	// would take them over the config, and a build under NODE_ENV=test is not the production build.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST'))
	);
	return { ...inherited, ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}
