import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The code that checks, renders and stores a case file: our sources and the locked dependency versions. */
const codePaths = ['src/lib', 'src/loaders', 'src/schemas', 'src/content/i18n'];

/**
 * A digest of everything besides the file itself that decides how a case file is checked and
 * rendered. A result kept from an earlier run is reused only while this is unchanged, so a new
 * rule or a new library version never lets an old verdict through.
 */
export function getCodeVersion(root: string): string {
	return hashSources(root, codePaths, /\.(ts|json)$/);
}

/**
 * A digest of all the site's code (every file under `src/`, `astro.config.mjs` and the lockfile), for
 * the incremental build's page keys: Astro's own check of a page's code missed a component whose
 * styles moved to another stylesheet, and copied pages that linked a stylesheet the build no longer
 * wrote. Any change of code renders every page again; an edited case still renders only its pages.
 */
export function getSiteCodeVersion(root: string): string {
	return hashSources(root, ['src', 'astro.config.mjs'], /./);
}

function hashSources(root: string, paths: string[], include: RegExp): string {
	const hash = createHash('sha256');
	for (const path of paths.map((item) => join(root, item)).filter(existsSync)) {
		const files = statSync(path).isDirectory()
			? readdirSync(path, { recursive: true, encoding: 'utf8' })
					.filter((file) => include.test(file) && statSync(join(path, file)).isFile())
					.sort()
			: [''];
		for (const file of files) {
			hash
				.update(`${path}/${file}\0`)
				.update(readFileSync(join(path, file)))
				.update('\0');
		}
	}
	const lock = join(root, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	return hash.digest('base64url');
}
