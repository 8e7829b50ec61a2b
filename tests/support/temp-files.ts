import { rmSync } from 'node:fs';
import { afterAll, onTestFinished } from 'vitest';

/**
 * Removes `path` (a temporary folder or file) when the current test ends, or, called while a
 * suite is collected, after that suite's tests. Returns `path`, so it wraps the call that made it:
 * `removeWhenDone(mkdtempSync(join(tmpdir(), 'prefix-')))`. Not from a beforeAll hook: an
 * afterAll registered there never runs, so those hooks pair with an afterAll of their own.
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
