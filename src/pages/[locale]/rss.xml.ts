import rss from '@astrojs/rss';
import type { APIContext, InferGetStaticPropsType } from 'astro';
import { localePaths } from '../../lib/i18n/locale-paths.ts';
import { getFeed } from '../../queries/feed.ts';

/**
 * `/{locale}/rss.xml`: the newest cases written in the language (src/lib/sharing/feed.ts says
 * which and why). @astrojs/rss escapes every value for XML.
 */
export const getStaticPaths = localePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET({ props }: APIContext<Props>) {
	return rss(await getFeed(props.locale));
}
