/**
 * Worker thread that draws social cards into the card cache while the main thread renders pages,
 * so a cold build uses the machine's second core for cards. Receives `{ models, cacheDir }`, draws
 * every card not yet cached, then ends.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render-card.ts';
import type { CardModel } from './social-card.ts';

/**
 * resvg's pixmaps (3 MB a card) are freed by finalizers that run on a later turn of the event
 * loop; a loop that never yields kept them all (2,000 cards reached 7.9 GiB).
 */
const cardsPerTurn = 16;

parentPort!.once('message', async ({ models, cacheDir }: { models: CardModel[]; cacheDir: string }) => {
	for (const [index, model] of models.entries()) {
		if (index % cardsPerTurn === cardsPerTurn - 1) await new Promise((resolve) => setImmediate(resolve));
		// A card that fails here is drawn again on the main thread, where its error is reported.
		await renderCard(model, cacheDir).catch(() => undefined);
	}
	parentPort!.close();
});
