import type { APIContext } from 'astro';
import { locales, type Locale } from '../../lib/i18n/locales.ts';
import { getSearchVocabulary } from '../../queries/search.ts';

/** The search's vocabulary of one language (src/lib/search/vocabulary.ts), fetched by the search dialog when a query needs correcting. */
export function getStaticPaths() {
	return locales.map((locale) => ({ params: { locale } }));
}

export async function GET(context: APIContext) {
	const vocabulary = await getSearchVocabulary(context.params.locale as Locale);
	return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
}
