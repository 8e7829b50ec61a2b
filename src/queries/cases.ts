import { getCollection, getEntry, render } from 'astro:content';
import { getCaseRoutes } from '../lib/cases/case-routes.ts';
import { toCaseView, type CaseView } from '../lib/cases/case-view.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { getTags } from './taxonomy.ts';

/** `getStaticPaths` of `/{locale}/cases/{slug}/`: every case in every locale, with fallbacks. */
export async function getCasePagePaths() {
	const entries = await getCollection('cases');
	return getCaseRoutes(entries.map((entry) => entry.id)).map((route) => ({
		params: { locale: route.locale, slug: route.slug },
		props: { route },
	}));
}

/** The view and rendered body of one case page. */
export async function getCasePage(route: { locale: Locale; slug: string; entryId: string; contentLocale: Locale }): Promise<{ view: CaseView; rendered: Awaited<ReturnType<typeof render>> }> {
	const entry = await getEntry('cases', route.entryId);
	if (!entry) throw new Error(`Case entry "${route.entryId}" disappeared during the build`);
	const view = toCaseView({ slug: route.slug, locale: route.locale, contentLocale: route.contentLocale, data: entry.data, tags: await getTags(), file: entry.filePath });
	return { view, rendered: await render(entry) };
}

/** Every case for the list page of `locale`, newest report first, then by company name. */
export async function listCaseViews(locale: Locale): Promise<CaseView[]> {
	const [entries, tags] = await Promise.all([getCollection('cases'), getTags()]);
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return getCaseRoutes(entries.map((entry) => entry.id))
		.filter((route) => route.locale === locale)
		.map((route) => toCaseView({ slug: route.slug, locale, contentLocale: route.contentLocale, data: byId.get(route.entryId)!.data, tags }))
		.sort((a, b) => b.reportDate.iso.localeCompare(a.reportDate.iso) || a.company.name.localeCompare(b.company.name));
}
