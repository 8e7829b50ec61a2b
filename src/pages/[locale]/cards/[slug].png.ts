import type { APIContext, InferGetStaticParamsType } from 'astro';
import { renderCard } from '../../../lib/sharing/render-card.ts';
import { getCardModel, getCaseCardPaths, queueAllCards } from '../../../queries/cards.ts';

/**
 * `/{locale}/cards/{slug}.png`, the social card of a case. In `astro dev` this route draws each card
 * on request. A build renders no card here: Astro calls every route's getStaticPaths before any
 * page, so this is where the build hands all its cards (cases' and tags') to the social-cards
 * integration, whose worker threads draw them beside the pages and write them after.
 */
export async function getStaticPaths() {
	if (import.meta.env.PROD) {
		await queueAllCards();
		return [];
	}
	return getCaseCardPaths();
}

export async function GET({ params }: APIContext<Record<string, never>, InferGetStaticParamsType<typeof getStaticPaths>>) {
	const png = await renderCard(await getCardModel(params.slug, params.locale));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
