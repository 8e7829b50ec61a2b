import type { Locale } from '../i18n/locales.ts';
import { urls } from '../urls.ts';

/**
 * Netlify's `_redirects`: each language's not-found page for the paths under it. Netlify serves only
 * `/404.html` on its own; a rule with status 404 applies only where no file exists (Cloudflare Pages
 * finds the nearest `404.html` by itself and ignores these lines). `base` is the site's sub-path.
 */
export function buildNotFoundRedirects(locales: readonly Locale[], base: string): string {
	return `${locales.map((locale) => `${urls.home(base, locale)}* ${urls.notFound(base, locale)} 404`).join('\n')}\n`;
}
