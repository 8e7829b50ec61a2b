import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: a run leaves nothing in the temp folder. The run gets a temp folder of its
 * own inside the system one (TMPDIR, which `os.tmpdir()`, the test workers, the builds they spawn
 * and Chromium all follow), so on a machine several people share, only this run's leftovers count:
 * whatever is still in it at teardown was made by these tests and not removed, and the run fails
 * naming it.
 */
export default function checkTempFilesRemoved(): () => void {
	const systemEnv = { TMPDIR: process.env.TMPDIR, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE };
	const runTemp = mkdtempSync(join(tmpdir(), 'vitest-run-'));
	// Node's compile cache (Astro's CLI turns it on) is meant to outlive a run: it stays where it was.
	process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');
	process.env.TMPDIR = runTemp;
	return () => {
		const leftovers = readdirSync(runTemp).sort();
		rmSync(runTemp, { recursive: true, force: true });
		for (const [name, value] of Object.entries(systemEnv)) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
		if (leftovers.length > 0)
			throw new Error(
				`The tests left ${leftovers.length} temporary ${leftovers.length === 1 ? 'entry' : 'entries'} behind (now removed); remove each where it is made (tests/support/temp-files.ts):\n${leftovers.map((name) => `  ${name}`).join('\n')}`
			);
	};
}
