/**
 * Worker thread that draws social cards while the main thread builds the site, so a cold build
 * uses the machine's other cores for them. Receives `{ cards } | { corpus }` with `cacheDir`,
 * `outDir` and its `shard` (every `count`-th card from `index`), draws those not yet cached; once
 * told `{ outDirReady }` (Astro empties the output folder first) it copies each into the output
 * folder and reports `{ file, key }`; then ends.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { CardWork, QueuedCard } from './card-prefetch.ts';
import { listCorpusCards } from './corpus-cards.ts';
import { cardCachePath, cardKey, renderCard } from './render-card.ts';

/**
 * resvg's pixmaps (3 MB a card, and the palette PNG's copy of them) are freed by finalizers that
 * run on a later turn of the event loop; a loop that never yields kept them all (2,000 cards
 * reached 7.9 GiB), and yielding every 16th card held ~60 MB more per worker than every card. A turn costs
 * microseconds, so the worker yields before every card. That also lets the `outDirReady` message in.
 */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

let outDirReady = false;
let announceReady = () => {};
const ready = new Promise<void>((resolve) => (announceReady = resolve));

parentPort!.on(
	'message',
	async (message: (CardWork & { cacheDir: string; outDir?: string; shard: { index: number; count: number } }) | { outDirReady: true }) => {
		if ('outDirReady' in message) {
			outDirReady = true;
			announceReady();
			return;
		}
		const { cacheDir, outDir } = message;
		// Every worker lists all cards and draws its share: every n-th.
		const { index: shard, count: shards } = message.shard;
		const cards = ('cards' in message ? message.cards : listCorpusCards(message.corpus.contentRoot)).filter((_, index) => index % shards === shard);
		const drawn: QueuedCard[] = [];
		const copy = ({ model, file }: QueuedCard) => {
			mkdirSync(dirname(join(outDir!, file)), { recursive: true });
			copyFileSync(cardCachePath(model, cacheDir), join(outDir!, file));
			parentPort!.postMessage({ file, key: cardKey(model) });
		};
		for (const card of cards) {
			await nextTurn();
			try {
				await renderCard(card.model, cacheDir);
				if (!outDir) continue;
				if (outDirReady) copy(card);
				else drawn.push(card);
			} catch {
				// Left to the main thread, which draws it again and reports the error.
			}
		}
		if (outDir && drawn.length > 0) {
			await ready;
			for (const card of drawn) {
				try {
					copy(card);
				} catch {
					// Left to the main thread.
				}
			}
		}
		parentPort!.close();
	}
);
