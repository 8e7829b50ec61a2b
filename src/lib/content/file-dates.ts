import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/**
 * When each file under `dir` last changed: the time of the last commit that touched it (one `git
 * log` for the whole folder), or its modification time when git does not know it (new, uncommitted
 * or no repository). Keys are absolute paths.
 */
export function getFileDates(dir: string, files: string[]): Map<string, Date> {
	const dates = new Map<string, Date>();
	const git = spawnSync('git', ['log', '--format=%x00%ct', '--name-only', '--', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
	if (git.status === 0) {
		const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).stdout.trim();
		let time = 0;
		for (const line of git.stdout.split('\n')) {
			if (line.startsWith('\0')) time = Number(line.slice(1)) * 1000;
			else if (line.trim()) {
				const path = resolve(top, line.trim());
				if (!dates.has(path)) dates.set(path, new Date(time));
			}
		}
	}
	const changed =
		git.status === 0
			? new Set(
					spawnSync('git', ['status', '--porcelain', '--', dir], { encoding: 'utf8' })
						.stdout.split('\n')
						.map((line) => line.slice(3).trim())
						.filter(Boolean)
				)
			: new Set<string>();
	const top = git.status === 0 ? spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).stdout.trim() : '';
	for (const file of files) {
		const path = resolve(file);
		const uncommitted = top !== '' && changed.has(relative(top, path));
		if (!dates.has(path) || uncommitted) dates.set(path, statSync(path).mtime);
	}
	return dates;
}
