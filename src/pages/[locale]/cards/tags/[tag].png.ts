import type { APIContext, InferGetStaticParamsType } from 'astro';
import { renderCard } from '../../../../lib/sharing/render-card.ts';
import { getTagCardModel, getTagCardPaths } from '../../../../queries/cards.ts';

/**
 * `/{locale}/cards/tags/{tag}.png`, the social card of a tag page, in `astro dev` only: a build
 * queues the tag cards with the cases' (`[slug].png.ts`) and the social-cards integration writes them.
 */
export async function getStaticPaths() {
	return import.meta.env.PROD ? [] : getTagCardPaths();
}

export async function GET({ params }: APIContext<Record<string, never>, InferGetStaticParamsType<typeof getStaticPaths>>) {
	const png = await renderCard(await getTagCardModel(params.tag, params.locale));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
