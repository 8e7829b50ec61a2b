import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied instead of rendered. A key must therefore
 * change whenever anything the page shows changes, so it is built from the digests of every case
 * the page renders (each language's file: an added translation changes the page of the other
 * language too) plus the site's shared data (taxonomy and UI strings). A page that shows the
 * whole corpus has no key and is rendered on every build.
 */
export interface PageCacheKeys {
	/** A page about one case (its page, its embed), with the cases it links to as cards. */
	forCases(slugs: readonly string[], ...extra: unknown[]): string;
}

/**
 * `digestsOf(slug)` returns the digest of the case's file in each language, `undefined` where a
 * language has none; `shared` is everything every page shows (taxonomy, UI strings).
 */
export function createPageCacheKeys(digestsOf: (slug: string) => readonly (string | number | undefined)[], shared: unknown): PageCacheKeys {
	const sharedKey = hash(shared);
	return {
		forCases: (slugs, ...extra) => hash([sharedKey, slugs.map((slug) => [slug, digestsOf(slug).map((digest) => digest ?? null)]), extra]),
	};
}

function hash(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}
