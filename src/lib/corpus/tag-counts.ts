import type { Tag } from '../../schemas/taxonomy.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { facets, type Facet } from '../taxonomy/facets.ts';
import type { CorpusIndex } from './corpus.ts';

export interface TagCount {
	tag: Tag;
	count: number;
}

/**
 * Every tag of every facet with its number of cases, most cases first, then by label in the
 * reader's language (pinyin order for Chinese): the order of the tags index and the insights.
 */
export function countTagsByFacet(corpus: CorpusIndex, tags: Tag[], locale: Locale): { facet: Facet; tags: TagCount[] }[] {
	const lang = localeToLang(locale);
	const collator = new Intl.Collator(lang);
	return facets.map((facet) => ({
		facet,
		tags: tags
			.filter((tag) => tag.facet === facet)
			.map((tag) => ({ tag, count: corpus.tagIndex.get(tag.id)?.length ?? 0 }))
			.sort((a, b) => b.count - a.count || collator.compare(a.tag.label[lang], b.tag.label[lang])),
	}));
}

/**
 * The tags of one facet that at least one case uses, in the order of `countTagsByFacet`: what the
 * home page, the insights, the cases browser and the cases list show (a tag without cases has no page).
 */
export function countUsedTags(corpus: CorpusIndex, tags: Tag[], locale: Locale, facet: Facet): TagCount[] {
	return countTagsByFacet(corpus, tags, locale)
		.find((group) => group.facet === facet)!
		.tags.filter(({ count }) => count > 0);
}
