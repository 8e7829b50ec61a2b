import { locales, type Locale } from './locales.ts';

/** One static path of a per-locale route: the locale as the URL segment and, typed, as the route's prop. */
export interface LocalePath {
	params: { locale: Locale };
	props: { locale: Locale };
}

/**
 * `getStaticPaths` of every route that exists once per locale (`/{locale}/…`): routes read
 * `Astro.props.locale`, typed as `Locale`, instead of casting `Astro.params.locale`.
 */
export function localePaths(): LocalePath[] {
	return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}
