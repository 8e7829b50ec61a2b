import type { APIContext } from 'astro';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { renderCard } from '../../../lib/sharing/render-card.ts';
import { getCardModel } from '../../../queries/cards.ts';
import { getCorpus } from '../../../queries/corpus.ts';

/**
 * `/{locale}/cards/{slug}.png`, the social card of a case, in `astro dev` only: a build draws the
 * cards in a worker thread and the social-cards integration writes them after the pages.
 */
export async function getStaticPaths() {
	if (import.meta.env.PROD) return [];
	const { routes } = await getCorpus();
	return routes.map((route) => ({ params: { locale: route.locale, slug: route.slug } }));
}

export async function GET({ params }: APIContext) {
	const png = await renderCard(await getCardModel(params.slug!, params.locale as Locale));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
