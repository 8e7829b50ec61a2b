import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** `import … from "./x.js"` and `import "./x.js"`: what a module makes the browser fetch at once. */
const staticImportPattern = /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
/** `import("./x.js")` (and Vite's `__vite__mapDeps` list): what a module fetches later, on demand. */
const dynamicImportPattern = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function resolve(from: string, specifier: string): string {
	return posix.normalize(posix.join(posix.dirname(from), specifier));
}

/** The URL paths a module imports statically or dynamically, resolved against its own path. */
export function listImports(source: string, fromPath: string): { static: string[]; dynamic: string[] } {
	const collect = (pattern: RegExp) => [...source.matchAll(pattern)].map((match) => resolve(fromPath, match[1]!));
	return { static: collect(staticImportPattern), dynamic: collect(dynamicImportPattern) };
}

/**
 * Every module a set of entry modules loads before anything else happens: the entries and their
 * static imports, transitively. Dynamic imports are not followed (they load on demand).
 */
export function getStaticClosure(entries: string[], readModule: (urlPath: string) => string): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		queue.push(...listImports(readModule(path), path).static);
	}
	return [...seen];
}

/** Reads a module of a built site by its URL path (`/_astro/x.js`). */
export function createDistReader(distDir: string, basePath = '/'): (urlPath: string) => string {
	return (urlPath) => readFileSync(join(distDir, urlPath.slice(basePath.length - 1)), 'utf8');
}
