import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The route a built page belongs to, with its variable parts replaced: `/en/cases/acme/` and
 * `/en/cases/beta/` are both `/en/cases/:slug/`; tag pages are `/en/tags/:tag/`, later pages of a
 * list `…/page/:n/`. Used to compare the largest page of each route across corpus sizes.
 */
export function routeOfPage(urlPath: string): string {
	return urlPath
		.replace(/\/page\/\d+\//, '/page/:n/')
		.replace(/^\/([\w-]+)\/(cases|embed|tags)\/(?!page\/)[^/]+\//, '/$1/$2/:slug/')
		.replace('/tags/:slug/', '/tags/:tag/');
}

/** The largest HTML page (bytes) of each route of a built site. */
export function largestPageByRoute(distDir: string): Map<string, { urlPath: string; bytes: number }> {
	const largest = new Map<string, { urlPath: string; bytes: number }>();
	for (const name of readdirSync(distDir, { recursive: true }).map(String)) {
		if (!name.endsWith('index.html')) continue;
		const urlPath = `/${name.slice(0, -'index.html'.length).split(sep).join('/')}`;
		const route = routeOfPage(urlPath);
		const bytes = statSync(join(distDir, name)).size;
		if (bytes > (largest.get(route)?.bytes ?? 0)) largest.set(route, { urlPath, bytes });
	}
	return largest;
}
