import type { APIContext, InferGetStaticPropsType } from 'astro';
import { localePaths } from '../../lib/i18n/locale-paths.ts';
import { getSearchVocabulary } from '../../queries/search.ts';

/** The search's vocabulary of one language (src/lib/search/vocabulary.ts), fetched by the search dialog when a query needs correcting. */
export const getStaticPaths = localePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET({ props }: APIContext<Props>) {
	const vocabulary = await getSearchVocabulary(props.locale);
	return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
}
