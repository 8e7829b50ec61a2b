import { getCollection } from 'astro:content';
import { localeToLang, type Locale } from '../lib/i18n/locales.ts';
import { queueCards } from '../lib/sharing/card-prefetch.ts';
import { toCardModel } from '../lib/sharing/card-model.ts';
import type { CardModel } from '../lib/sharing/social-card.ts';
import { getCaseView, getCorpus } from './corpus.ts';

/** What the social card of a case shows in a language. */
export async function getCardModel(slug: string, locale: Locale): Promise<CardModel> {
	const strings = ((await getCollection('i18n')).find((entry) => entry.id.toLowerCase() === localeToLang(locale).toLowerCase())?.data ?? {}) as Record<string, string>;
	return toCardModel(await getCaseView(slug, locale), strings['root.title'] ?? '');
}

/** Queues the cards of every case in every language (builds only; the integration writes them). */
export async function queueAllCards(): Promise<void> {
	const { routes } = await getCorpus();
	queueCards(await Promise.all(routes.map(async (route) => ({ model: await getCardModel(route.slug, route.locale), file: `${route.locale}/cards/${route.slug}.png` }))));
}
