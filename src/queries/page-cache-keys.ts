import { getCollection } from 'astro:content';
import { createPageCacheKeys, type PageCacheKeys } from '../lib/corpus/page-cache-keys.ts';
import { locales } from '../lib/i18n/locales.ts';
import { uiStrings } from '../lib/i18n/ui-text.ts';
import { getSiteCodeVersion } from '../lib/content/code-version.ts';
import { getCorpus } from './corpus.ts';

let keys: Promise<PageCacheKeys> | undefined;

/** The incremental build's page keys (src/lib/corpus/page-cache-keys.ts), made once per build. */
export function getPageCacheKeys(): Promise<PageCacheKeys> {
	keys ??= (async () => {
		const [{ entries }, taxonomy] = await Promise.all([getCorpus(), getCollection('taxonomy')]);
		return createPageCacheKeys(
			(slug) => locales.map((locale) => entries.get(`${locale}/${slug}`)?.digest),
			[taxonomy.map((entry) => [entry.id, entry.digest]), uiStrings, getSiteCodeVersion(process.cwd())]
		);
	})();
	return keys;
}
