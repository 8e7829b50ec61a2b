import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The code that checks, renders and stores a case file: our sources and the locked dependency versions. */
const codePaths = ['src/lib', 'src/loaders', 'src/schemas', 'src/content/i18n'];

/**
 * A digest of everything besides the file itself that decides how a case file is checked and
 * rendered. A result kept from an earlier run is reused only while this is unchanged, so a new
 * rule or a new library version never lets an old verdict through.
 */
export function getCodeVersion(root: string): string {
	const hash = createHash('sha256');
	for (const dir of codePaths.map((path) => join(root, path)).filter(existsSync)) {
		for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
			if (!/\.(ts|json)$/.test(file)) continue;
			hash
				.update(`${dir}/${file}\0`)
				.update(readFileSync(join(dir, file)))
				.update('\0');
		}
	}
	const lock = join(root, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	return hash.digest('base64url');
}
