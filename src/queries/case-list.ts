import { toPagedTitle } from '../lib/i18n/paged-title.ts';
import { browseFacets } from '../lib/corpus/browse-facets.ts';
import { getCaseBrowserStrings } from '../lib/corpus/case-browser-strings.ts';
import { locales, type Locale } from '../lib/i18n/locales.ts';
import { uiText, type UiTextKey } from '../lib/i18n/ui-text.ts';
import { getCaseListPage, getCorpus, getLaterPagePaths } from './corpus.ts';
import { getUsedTags } from './tags.ts';

/** `getStaticPaths` of `/{locale}/cases/page/{n}/`: every page after the first, with its locale and number as props. */
export async function getCaseListPaths() {
	const { index } = await getCorpus();
	return getLaterPagePaths(locales.map((locale) => ({ params: { locale }, count: index.cases.length }))).map((path) => ({
		...path,
		props: { locale: path.params.locale, page: Number(path.params.page) },
	}));
}

/**
 * One page of the cases list with its page's frontmatter and the used tags of each browse facet
 * (the browser's filters and the list's ways in by tag): the first page is the cases browser's,
 * found by search; a later one says which page it is in its title and stays out of the index.
 */
export async function getCaseListView(locale: Locale, page: number) {
	const say = (key: UiTextKey, values?: Record<string, number>) => uiText(locale, key, values);
	const list = await getCaseListPage(locale, page);
	const title = toPagedTitle(say('cases.title'), locale, list.page, list.pages);
	return {
		frontmatter: {
			...(page > 1 ? { pagefind: false } : {}),
			title,
			description: say('cases.description'),
			tableOfContents: false,
		},
		list,
		browserStrings: getCaseBrowserStrings(locale),
		facets: await Promise.all(
			browseFacets.map(async ({ facet, param }) => ({ facet, param, name: say(`facet.${facet}`), tags: await getUsedTags(locale, facet) }))
		),
	};
}

export type CaseListView = Awaited<ReturnType<typeof getCaseListView>>;
