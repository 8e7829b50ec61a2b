import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../lib/i18n/locales.ts';
import { buildNotFoundRedirects } from '../lib/sharing/not-found-redirects.ts';
import { urls } from '../lib/urls.ts';

/**
 * Each language's not-found page where static hosts look for it: `/{locale}/404.html`. Astro writes
 * only the root's `/404` route as `404.html`; `src/pages/[locale]/404.astro` becomes
 * `/{locale}/404/index.html`, which stays (the language switch and hreflang links of the 404
 * pages point there) and is copied beside its folder. Runs before the security check reads the pages.
 * `_redirects` tells Netlify, which serves only `/404.html` by itself, to do the same.
 */
export function notFoundPages(): AstroIntegration {
	let base = '/';
	return {
		name: 'case-reports-not-found-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const locale of locales) {
					const page = join(out, locale, '404', 'index.html');
					if (!existsSync(page)) throw new Error(`${locale}/404/index.html was not built: src/pages/[locale]/404.astro renders every locale's not-found page`);
					copyFileSync(page, join(out, urls.notFoundFile(locale)));
				}
				writeFileSync(join(out, '_redirects'), buildNotFoundRedirects(locales, base));
				logger.info(`not-found pages copied to ${locales.map(urls.notFoundFile).join(', ')}; _redirects written for Netlify`);
			},
		},
	};
}
