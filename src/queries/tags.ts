import { paginate, pageSize } from '../lib/corpus/corpus.ts';
import { getOutcomeComparisons } from '../lib/corpus/outcomes.ts';
import { getRelatedTags } from '../lib/corpus/related.ts';
import { countTagsByFacet, countUsedTags, type TagCount } from '../lib/corpus/tag-counts.ts';
import { summarizeTag, type TagSummary } from '../lib/corpus/tag-summary.ts';
import { localeToLang, locales, type Locale } from '../lib/i18n/locales.ts';
import { uiText } from '../lib/i18n/ui-text.ts';
import { getDistinctChartTitles } from '../lib/metrics/chart-spec.ts';
import { toPagedTitle } from '../lib/i18n/paged-title.ts';
import { buildTagComparisonCharts, buildTagHead, buildTagHeadings } from '../lib/corpus/tag-page.ts';
import { listingSearchWeight } from '../lib/search/weights.ts';
import { getTagShareText } from '../lib/sharing/tag-sharing.ts';
import { urls } from '../lib/urls.ts';
import { getCaseCards, getCaseView, getCorpus, getLaterPagePaths, getSiteLocation } from './corpus.ts';
import { getPageCacheKeys } from './page-cache-keys.ts';
import type { Facet } from '../lib/taxonomy/facets.ts';
import type { Tag } from '../schemas/taxonomy.ts';

/** `getStaticPaths` of `/{locale}/tags/{tag}/`: every tag used by at least one case, with its locale and tag as props. */
export async function getTagPaths() {
	const { index } = await getCorpus();
	const keyOf = await tagPageKeys();
	return locales.flatMap((locale) => [...index.tagIndex.keys()].map((tag) => ({ params: { locale, tag }, props: { locale, tag }, cacheKey: keyOf(tag, 1) })));
}

/** `getStaticPaths` of `/{locale}/tags/{tag}/page/{n}/`: every later page of every tag, with its locale, tag and number as props. */
export async function getTagLaterPagePaths() {
	const { index } = await getCorpus();
	const keyOf = await tagPageKeys();
	return getLaterPagePaths(locales.flatMap((locale) => [...index.tagIndex].map(([tag, slugs]) => ({ params: { locale, tag }, count: slugs.length })))).map(
		(path) => ({
			...path,
			props: { locale: path.params.locale, tag: path.params.tag, page: Number(path.params.page) },
			cacheKey: keyOf(path.params.tag, Number(path.params.page)),
		})
	);
}

/**
 * A tag page shows one page of the tag's cases (cards and comparisons), the tag's totals, its
 * summary across all its cases (head and card) and its related tags: its key changes with any of
 * them, not with the rest of the corpus.
 */
async function tagPageKeys() {
	const [{ index, tagsById }, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
	return (tagId: string, page: number) => {
		const slugs = index.tagIndex.get(tagId) ?? [];
		const pages = paginate(slugs, pageSize);
		const tag = tagsById.get(tagId);
		return keys.forCases(pages[page - 1] ?? [], tagId, slugs.length, pages.length, relatedTagsOf(tagId, index), tag ? summaryOf(tag, index) : null);
	};
}

/** Summaries of tags (count, headline spread), the same on each of its pages and in both languages: computed once. */
const summariesById = new Map<string, TagSummary>();

function summaryOf(tag: Tag, index: Parameters<typeof getRelatedTags>[1]): TagSummary {
	let summary = summariesById.get(tag.id);
	if (!summary)
		summariesById.set(
			tag.id,
			(summary = summarizeTag(
				tag,
				(index.tagIndex.get(tag.id) ?? []).map((slug) => index.bySlug.get(slug)!)
			))
		);
	return summary;
}

/** Related tags of a tag, the same on each of its pages and in both languages: counted once. */
const relatedTagsById = new Map<string, ReturnType<typeof getRelatedTags>>();

/**
 * A tag page, ready to render: the tag, one page of its cases, the cross-case comparison charts of
 * that page, the related tags, and Starlight's frontmatter (title, head tags with JSON-LD and the
 * tag's card) and table of contents.
 */
export async function getTagPage(locale: Locale, tagId: string, page: number) {
	const { index, tagsById } = await getCorpus();
	const tag = tagsById.get(tagId);
	const slugs = index.tagIndex.get(tagId);
	if (!tag || !slugs) throw new Error(`No tag page for "${tagId}"`);
	const lang = localeToLang(locale);
	const location = getSiteLocation();
	const { base } = location;
	const pages = paginate(slugs, pageSize);
	const pageSlugs = pages[page - 1] ?? [];
	const labelOf = (id: string) => tagsById.get(id)?.label[lang] ?? id;
	// Compared on this page's cases only, so a page never grows with the corpus.
	const comparisons = getOutcomeComparisons(pageSlugs.map((slug) => index.bySlug.get(slug)!));
	// Titled by outcome; where one outcome has two charts (multiples and time), each says which.
	const titles = getDistinctChartTitles(
		comparisons.map((comparison) => ({ title: labelOf(comparison.category), kind: comparison.kind })),
		(outcome, kind) => uiText(locale, 'tag.comparisonTitle', { outcome, measure: uiText(locale, `tag.measure.${kind}`) })
	);
	const label = tag.label[lang];
	const description = tag.description?.[lang];
	const share = getTagShareText(tag, summaryOf(tag, index), locale, labelOf);
	const cards = await getCaseCards(pageSlugs, locale);
	const charts = buildTagComparisonCharts(
		await Promise.all(
			comparisons.map(async (comparison, position) => ({
				...comparison,
				title: titles[position]!,
				// The figures as the reader's version of each case words them.
				entries: await Promise.all(
					comparison.entries.map(async (entry) => {
						const view = await getCaseView(entry.slug, locale);
						return { ...entry, metric: view.metricData.find((metric) => metric.id === entry.metric.id) ?? entry.metric };
					})
				),
			}))
		),
		locale,
		base
	);
	const relatedTags = relatedTagsOf(tagId, index).map((related) => ({ ...related, label: labelOf(related.id), href: urls.tag(base, locale, related.id) }));
	return {
		tag,
		label,
		description,
		facet: { name: uiText(locale, `facet.${tag.facet}`), href: `${urls.tags(base, locale)}#facet-${tag.facet}` },
		total: slugs.length,
		page,
		pages: pages.length,
		pageHref: (number: number) => urls.tag(base, locale, tagId, number),
		allTagsHref: urls.tags(base, locale),
		cards,
		charts,
		relatedTags,
		frontmatter: {
			head: buildTagHead({ id: tagId, label, description, share, cases: cards }, { ...location, locale, page, pages: pages.length }),
			searchWeight: listingSearchWeight,
			// Later pages list the same kind of cards as the first and would only crowd search results (and
			// the index) with near-duplicates: the first page stands for the tag in search.
			pagefind: page === 1,
			title: toPagedTitle(label, locale, page, pages.length),
			description: share.description,
		},
		headings: buildTagHeadings(locale, { hasComparison: charts.length > 0, hasRelatedTags: relatedTags.length > 0 }),
	};
}

export type TagPageView = Awaited<ReturnType<typeof getTagPage>>;

function relatedTagsOf(tagId: string, index: Parameters<typeof getRelatedTags>[1]) {
	let related = relatedTagsById.get(tagId);
	if (!related) relatedTagsById.set(tagId, (related = getRelatedTags(tagId, index)));
	return related;
}

/** A counted tag as the pages link it: its label in the reader's language, its number of cases and, when it has any, its page. */
function toTagLink({ tag, count }: TagCount, locale: Locale) {
	return { id: tag.id, label: tag.label[localeToLang(locale)], count, href: count > 0 ? urls.tag(import.meta.env.BASE_URL, locale, tag.id) : undefined };
}

/** Every facet with its tags and their number of cases. */
export async function getTagsIndex(locale: Locale) {
	const { index, tags } = await getCorpus();
	return countTagsByFacet(index, tags, locale).map(({ facet, tags: counted }) => ({ facet, tags: counted.map((tag) => toTagLink(tag, locale)) }));
}

/** Used tags per corpus, language and facet: the home page, insights, industries and every cases list ask for the same ones. */
const usedTagsByCorpus = new WeakMap<object, Map<string, UsedTag[]>>();

type UsedTag = ReturnType<typeof toTagLink> & { href: string };

/**
 * The tags of one facet that at least one case uses (`countUsedTags`), with their counts and links,
 * most cases first. Counted once per language and facet (a new corpus, as `astro dev` reads after
 * an edit, counts again).
 */
export async function getUsedTags(locale: Locale, facet: Facet): Promise<UsedTag[]> {
	const { index, tags } = await getCorpus();
	let byKey = usedTagsByCorpus.get(index);
	if (!byKey) usedTagsByCorpus.set(index, (byKey = new Map()));
	const key = `${locale}/${facet}`;
	let used = byKey.get(key);
	if (!used) {
		// Typed with a link: every used tag has a page.
		used = countUsedTags(index, tags, locale, facet).map((counted) => ({
			...toTagLink(counted, locale),
			href: urls.tag(import.meta.env.BASE_URL, locale, counted.tag.id),
		}));
		byKey.set(key, used);
	}
	// A copy: callers slice and may sort their own list.
	return [...used];
}
