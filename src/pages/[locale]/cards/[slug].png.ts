import type { APIContext } from 'astro';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { getCardPng } from '../../../lib/sharing/card-prefetch.ts';
import { getCardModel } from '../../../queries/cards.ts';
import { getCorpus } from '../../../queries/corpus.ts';

/** `/{locale}/cards/{slug}.png`: the social card of a case in a language. */
export async function getStaticPaths() {
	const { routes } = await getCorpus();
	return routes.map((route) => ({ params: { locale: route.locale, slug: route.slug } }));
}

export async function GET({ params }: APIContext) {
	const png = await getCardPng(await getCardModel(params.slug!, params.locale as Locale));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
