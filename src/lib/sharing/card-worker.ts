/**
 * Worker thread that draws social cards while the main thread renders pages, so a cold build uses
 * the machine's second core for them. Receives `{ cards, cacheDir, outDir }`, draws every card not
 * yet cached, copies it into the output folder, then ends.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { QueuedCard } from './card-prefetch.ts';
import { cardCachePath, renderCard } from './render-card.ts';

/**
 * resvg's pixmaps (3 MB a card) are freed by finalizers that run on a later turn of the event
 * loop; a loop that never yields kept them all (2,000 cards reached 7.9 GiB).
 */
const cardsPerTurn = 16;

parentPort!.once('message', async ({ cards, cacheDir, outDir }: { cards: QueuedCard[]; cacheDir: string; outDir?: string }) => {
	for (const [index, { model, file }] of cards.entries()) {
		if (index % cardsPerTurn === cardsPerTurn - 1) await new Promise((resolve) => setImmediate(resolve));
		try {
			await renderCard(model, cacheDir);
			if (!outDir) continue;
			mkdirSync(dirname(join(outDir, file)), { recursive: true });
			copyFileSync(cardCachePath(model, cacheDir), join(outDir, file));
		} catch {
			// Left to the main thread, which draws it again and reports the error.
		}
	}
	parentPort!.close();
});
