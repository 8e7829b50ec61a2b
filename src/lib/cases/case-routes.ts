import { getFallbackLocales, locales, type Locale } from '../i18n/locales.ts';
import { parseCaseId } from './case-files.ts';

export interface CaseRoute {
	/** The reader's locale: the URL is `/{locale}/cases/{slug}/`. */
	locale: Locale;
	slug: string;
	/** The entry whose text the page shows: the locale's own, or a fallback. */
	entryId: string;
	contentLocale: Locale;
}

/**
 * One route per slug in every locale. A case missing in a locale shows the first existing
 * fallback's text (the page then carries a notice and stays out of that language's search index).
 */
export function getCaseRoutes(entryIds: string[]): CaseRoute[] {
	const bySlug = new Map<string, Set<Locale>>();
	for (const id of entryIds) {
		const { locale, slug } = parseCaseId(id);
		bySlug.set(slug, (bySlug.get(slug) ?? new Set()).add(locale));
	}
	const routes: CaseRoute[] = [];
	for (const [slug, available] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
		for (const locale of locales) {
			const contentLocale = available.has(locale) ? locale : getFallbackLocales(locale).find((other) => available.has(other));
			if (!contentLocale) continue;
			routes.push({ locale, slug, entryId: `${contentLocale}/${slug}`, contentLocale });
		}
	}
	return routes;
}
