import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * Removes `path` (a temporary folder or file) when the current test ends, or, called while a
 * suite is collected, after that suite's tests. Returns `path`, so it wraps the call that made it:
 * `removeWhenDone(mkdtempSync(join(tmpdir(), 'prefix-')))`. Not from a beforeAll hook: an
 * afterAll registered there never runs, so those hooks use `useSuiteTemporaries`.
 */
export function removeWhenDone<Path extends string>(path: Path): Path {
	const remove = () => rmSync(path, { recursive: true, force: true });
	try {
		onTestFinished(remove);
	} catch {
		// Not inside a test: the suite being collected owns the folder.
		afterAll(remove);
	}
	return path;
}

/** Paths a beforeAll hook makes, removed after its suite. */
export interface SuiteTemporaries {
	/** Marks `path` for removal after the suite and returns it. */
	track<Path extends string>(path: Path): Path;
	/** A new empty folder in the temp directory, removed after the suite. */
	makeDir(prefix: string): string;
}

/**
 * Called while a suite is collected, for what its beforeAll hooks make: every tracked path is
 * removed after the suite's tests, also when a hook failed halfway (Vitest runs afterAll then,
 * but not the clean-up a failed beforeAll would have returned).
 */
export function useSuiteTemporaries(): SuiteTemporaries {
	const paths: string[] = [];
	afterAll(() => {
		for (const path of paths.splice(0).reverse()) rmSync(path, { recursive: true, force: true });
	});
	return {
		track(path) {
			paths.push(path);
			return path;
		},
		makeDir(prefix) {
			const dir = mkdtempSync(join(tmpdir(), prefix));
			paths.push(dir);
			return dir;
		},
	};
}
