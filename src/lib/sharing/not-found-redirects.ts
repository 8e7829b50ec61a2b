import type { Locale } from '../i18n/locales.ts';

/**
 * Netlify's `_redirects`: each language's not-found page for the paths under it. Netlify serves only
 * `/404.html` on its own; a rule with status 404 applies only where no file exists (Cloudflare Pages
 * finds the nearest `404.html` by itself and ignores these lines). `base` is the site's sub-path.
 */
export function buildNotFoundRedirects(locales: readonly Locale[], base: string): string {
	const root = base.replace(/\/$/, '');
	return `${locales.map((locale) => `${root}/${locale}/* ${root}/${locale}/404.html 404`).join('\n')}\n`;
}
