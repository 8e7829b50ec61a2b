import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import type { SiteLocation } from '../lib/cases/case-page.ts';
import { getCaseRoutes, type CaseRoute } from '../lib/cases/case-routes.ts';
import { toCaseView, type CaseView } from '../lib/cases/case-view.ts';
import { toCaseCard, type CaseCard } from '../lib/corpus/case-card.ts';
import { indexCorpus, paginate, pageSize, type CorpusIndex } from '../lib/corpus/corpus.ts';
import { defaultLocale, type Locale } from '../lib/i18n/locales.ts';
import { getPendingProblems } from '../lib/content/pending-problems.ts';
import { ContentError } from '../lib/content/problem.ts';
import type { Tag } from '../schemas/taxonomy.ts';
import { getTags } from './taxonomy.ts';

interface CorpusState {
	entries: Map<string, CollectionEntry<'cases'>>;
	routes: CaseRoute[];
	/** Routes by `locale/slug`: looked up for every card and case page, so never a scan. */
	routesByKey: Map<string, CaseRoute>;
	index: CorpusIndex;
	tags: Tag[];
	tagsById: Map<string, Tag>;
}

let state: Promise<CorpusState> | undefined;

/** The whole corpus, read and indexed once per build. Language-neutral facts come from the default locale's file when it exists. */
export function getCorpus(): Promise<CorpusState> {
	// In `astro dev`, content problems the loader found are thrown here: Astro's overlay shows them.
	const pending = import.meta.env.DEV ? getPendingProblems() : undefined;
	if (pending)
		return Promise.reject(Object.assign(new ContentError(pending), { loc: { file: resolve(pending[0]!.file), line: pending[0]!.line ?? 1, column: 1 } }));
	if (state) return state;
	state = (async () => {
		const [entries, tags] = await Promise.all([getCollection('cases'), getTags()]);
		const byId = new Map(entries.map((entry) => [entry.id, entry]));
		const routes = getCaseRoutes(entries.map((entry) => entry.id));
		const sources = routes.filter((route) => route.locale === defaultLocale);
		const index = indexCorpus(sources.map((route) => ({ slug: route.slug, data: byId.get(route.entryId)!.data })));
		return {
			entries: byId,
			routes,
			routesByKey: new Map(routes.map((route) => [`${route.locale}/${route.slug}`, route])),
			index,
			tags,
			tagsById: new Map(tags.map((tag) => [tag.id, tag])),
		};
	})();
	return state;
}

const views = new Map<string, CaseView>();

/** The view of a case for a reader in `locale` (its own text, or the fallback's), memoised. */
export async function getCaseView(slug: string, locale: Locale): Promise<CaseView> {
	const key = `${locale}/${slug}`;
	const cached = views.get(key);
	if (cached) return cached;
	const { entries, routesByKey, tags } = await getCorpus();
	const route = routesByKey.get(key);
	if (!route) throw new Error(`No case "${slug}" for ${locale}`);
	const entry = entries.get(route.entryId)!;
	const view = toCaseView({ slug, locale, contentLocale: route.contentLocale, data: entry.data, tags, file: entry.filePath });
	views.set(key, view);
	return view;
}

export async function getCaseCards(slugs: string[], locale: Locale): Promise<CaseCard[]> {
	const base = import.meta.env.BASE_URL;
	return Promise.all(slugs.map(async (slug) => toCaseCard(await getCaseView(slug, locale), base)));
}

/** `getStaticPaths` of the paginated lists: one entry per locale and page after the first. */
export function getLaterPagePaths<T extends Record<string, string>>(lists: { params: T; count: number }[]) {
	return lists.flatMap(({ params, count }) =>
		paginate(Array.from({ length: count }), pageSize)
			.slice(1)
			.map((_, index) => ({ params: { ...params, page: String(index + 2) } }))
	);
}

/** One page of the cases list: its cards, the page number and the number of pages. */
export async function getCaseListPage(locale: Locale, page: number) {
	const { index } = await getCorpus();
	const pages = paginate(
		index.cases.map((item) => item.slug),
		pageSize
	);
	return { cards: await getCaseCards(pages[page - 1] ?? [], locale), page, pages: pages.length, total: index.cases.length };
}

/** Where this build's pages live, for the absolute URLs of head tags, JSON-LD and embed code: SITE_URL (or the preview origin) and BASE_PATH. */
export function getSiteLocation(): SiteLocation {
	return { site: import.meta.env.SITE, base: import.meta.env.BASE_URL };
}
