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
	const systemTemp = process.env.TMPDIR;
	const runTemp = mkdtempSync(join(tmpdir(), 'vitest-run-'));
	process.env.TMPDIR = runTemp;
	return () => {
		const leftovers = readdirSync(runTemp).sort();
		rmSync(runTemp, { recursive: true, force: true });
		if (systemTemp === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = systemTemp;
		if (leftovers.length > 0) throw new Error(`The tests left ${leftovers.length} temporary ${leftovers.length === 1 ? 'entry' : 'entries'} behind (now removed); remove each where it is made (tests/support/temp-files.ts):\n${leftovers.map((name) => `  ${name}`).join('\n')}`);
	};
}
