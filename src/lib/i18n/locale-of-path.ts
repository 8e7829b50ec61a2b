import { isLocale, type Locale } from './locales.ts';

/**
 * The site locale a URL path is in: its first segment after the site's base (`/en/cases/x/` →
 * `en`; with base `/repo/`, `/repo/zh-cn/…` → `zh-cn`). Undefined for a path outside the base or
 * outside every locale folder (`/`, `/nope`). Locale folders are lowercase, as the site writes
 * them; a reader's `/EN/…` is not one of them.
 */
export function localeOfPath(pathname: string, base = '/'): Locale | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(prefix)) return undefined;
	const first = pathname.slice(prefix.length).split('/')[0] ?? '';
	return isLocale(first) ? first : undefined;
}
