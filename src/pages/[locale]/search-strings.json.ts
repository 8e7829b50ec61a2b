import type { APIContext, InferGetStaticPropsType } from 'astro';
import { localePaths } from '../../lib/i18n/locale-paths.ts';
import { getSearchStrings } from '../../lib/search/search-strings.ts';

/** The search dialog's words in one language (src/lib/search/search-strings.ts), fetched with its code on first open. */
export const getStaticPaths = localePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export function GET({ props }: APIContext<Props>) {
	return new Response(JSON.stringify(getSearchStrings(props.locale)), { headers: { 'Content-Type': 'application/json' } });
}
