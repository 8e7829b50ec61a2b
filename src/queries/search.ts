import type { Locale } from '../lib/i18n/locales.ts';
import { buildSearchVocabulary, listVocabularyTerms, type SearchVocabulary } from '../lib/search/vocabulary.ts';
import { getCorpus } from './corpus.ts';

/**
 * The words the search may correct a query to in `locale`: those of the cases written in that
 * language (an untranslated fallback page is not in its index, so its words would lead nowhere).
 */
export async function getSearchVocabulary(locale: Locale): Promise<SearchVocabulary> {
	const { routes, entries, tagsById } = await getCorpus();
	const written = routes.filter((route) => route.locale === locale && route.contentLocale === locale).map((route) => entries.get(route.entryId)!.data);
	return buildSearchVocabulary(listVocabularyTerms(written, tagsById));
}
