import { locales, type Locale } from '../lib/i18n/locales.ts';
import { queueCards } from '../lib/sharing/card-prefetch.ts';
import { toCardModel } from '../lib/sharing/card-model.ts';
import type { CardModel } from '../lib/sharing/social-card.ts';
import { listTagCards } from '../lib/sharing/tag-sharing.ts';
import { urls } from '../lib/urls.ts';
import { getCaseView, getCorpus } from './corpus.ts';

/** What the social card of a case shows in a language. */
export async function getCardModel(slug: string, locale: Locale): Promise<CardModel> {
	return toCardModel(await getCaseView(slug, locale), locale);
}

/** The social card of a tag page in a language, by the same code the card worker lists it with. */
export async function getTagCardModel(tagId: string, locale: Locale): Promise<CardModel> {
	const card = (await getTagCards()).find((candidate) => candidate.file === urls.tagCardFile(locale, tagId));
	if (!card) throw new Error(`No tag card for "${tagId}" in ${locale}`);
	return card.model;
}

async function getTagCards() {
	const { index, tags } = await getCorpus();
	return listTagCards(index, tags);
}

/**
 * Queues the cards of every case and every tag in every language, as the pages show them: the
 * social-cards integration's workers copy cards into the output folder from then on, and after
 * the build it writes any card they missed or drew with other text. Builds only.
 */
export async function queueAllCards(): Promise<void> {
	const { routes } = await getCorpus();
	const caseCards = await Promise.all(
		routes.map(async (route) => ({ model: await getCardModel(route.slug, route.locale), file: urls.caseCardFile(route.locale, route.slug) }))
	);
	queueCards([...caseCards, ...(await getTagCards())]);
}

/** The card routes' paths in `astro dev`, where each card is drawn on request: every case and every tag with a case, in every language. */
export async function getCaseCardPaths() {
	const { routes } = await getCorpus();
	return routes.map((route) => ({ params: { locale: route.locale, slug: route.slug } }));
}

export async function getTagCardPaths() {
	const { index } = await getCorpus();
	return locales.flatMap((locale) => [...index.tagIndex.keys()].map((tag) => ({ params: { locale, tag } })));
}
