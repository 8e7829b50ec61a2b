import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes and number of files under a directory. */
export function measureDirectory(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files += 1;
	}
	return { bytes, files };
}

/** Number of HTML pages in a built site. */
export function countPages(dir: string): number {
	return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}
