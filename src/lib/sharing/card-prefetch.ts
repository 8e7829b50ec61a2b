import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardCacheDir, cardCachePath, renderCard } from './render-card.ts';
import type { CardModel } from './social-card.ts';

/** A card to write into the build: what it shows and its path under the output folder. */
export interface QueuedCard {
	model: CardModel;
	/** `zh-cn/cards/acme.png` */
	file: string;
}

interface CardQueue {
	cards: QueuedCard[];
	cacheDir: string;
	/** Settles when the worker has ended, whatever it managed to draw. */
	drawn: Promise<void>;
}

/**
 * The queue lives on globalThis: the pages (bundled by Vite) fill it and the integration (loaded by
 * Node) empties it, and each has its own copy of this module.
 */
const registry = Symbol.for('case-reports.social-cards');
type WithQueue = typeof globalThis & { [registry]?: CardQueue };

/**
 * Starts drawing the social cards of a build in a worker thread, beside the pages (~20 ms a card,
 * 3 minutes for 10,000 cold; the cache makes a rebuild draw only changed cards). On two cores,
 * Astro renders pages on one and the worker draws on the other; the cards are written after the
 * pages by `writeQueuedCards`. Once per build.
 */
export function queueCards(cards: QueuedCard[], cacheDir = cardCacheDir()): void {
	const global = globalThis as WithQueue;
	if (global[registry]) return;
	let drawn: Promise<void>;
	try {
		// The worker is TypeScript, run by Node's type stripping from the project's sources.
		const worker = new Worker(resolve(process.cwd(), 'src/lib/sharing/card-worker.ts'));
		drawn = new Promise((done) => {
			worker.on('error', () => done());
			worker.on('exit', () => done());
		});
		worker.postMessage({ models: cards.map((card) => card.model), cacheDir });
	} catch {
		drawn = Promise.resolve();
	}
	global[registry] = { cards, cacheDir, drawn };
}

/**
 * Writes the queued cards into the build output once the worker is done. A card the worker did
 * not draw (it failed, or never started) is drawn here, so a card is never missing; its error, if
 * any, fails the build. Returns the number of cards written.
 */
export async function writeQueuedCards(outDir: string): Promise<number> {
	const global = globalThis as WithQueue;
	const queue = global[registry];
	if (!queue) return 0;
	await queue.drawn;
	for (const { model, file } of queue.cards) {
		const path = join(outDir, file);
		mkdirSync(dirname(path), { recursive: true });
		const cached = cardCachePath(model, queue.cacheDir);
		// A copy in the kernel, not through a buffer: 10,000 cards at 5,000 cases.
		if (existsSync(cached)) copyFileSync(cached, path);
		else writeFileSync(path, await renderCard(model, queue.cacheDir));
	}
	delete global[registry];
	return queue.cards.length;
}
