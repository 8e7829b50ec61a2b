import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Removes the caches a build of a temporary content root left in `cachesDir`: astro.config.mjs
 * gives each CONTENT_DIR its own cacheDir named after its path (content store, and any
 * incremental build cache), so a folder named after the unique temporary folder `tempDir` (from
 * mkdtemp) belongs to that run alone. Returns the names removed.
 */
export function removeContentCaches(tempDir: string, cachesDir = 'node_modules/.astro'): string[] {
	if (!existsSync(cachesDir)) return [];
	const removed = readdirSync(cachesDir).filter((name) => name.includes(basename(tempDir)));
	for (const name of removed) rmSync(join(cachesDir, name), { recursive: true, force: true });
	return removed;
}
