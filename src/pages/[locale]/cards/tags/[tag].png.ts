import type { APIContext } from 'astro';
import { locales, type Locale } from '../../../../lib/i18n/locales.ts';
import { renderCard } from '../../../../lib/sharing/render-card.ts';
import { getTagCardModel } from '../../../../queries/cards.ts';
import { getCorpus } from '../../../../queries/corpus.ts';

/**
 * `/{locale}/cards/tags/{tag}.png`, the social card of a tag page, in `astro dev` only: a build
 * draws the cards in a worker thread and the social-cards integration writes them after the pages.
 */
export async function getStaticPaths() {
	if (import.meta.env.PROD) return [];
	const { index } = await getCorpus();
	return locales.flatMap((locale) => [...index.tagIndex.keys()].map((tag) => ({ params: { locale, tag } })));
}

export async function GET({ params }: APIContext) {
	const png = await renderCard(await getTagCardModel(params.tag!, params.locale as Locale));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
