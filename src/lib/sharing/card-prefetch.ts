import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardCacheDir, renderCard } from './render-card.ts';
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
	/** Settles when the worker has ended, whatever it managed to do. */
	done: Promise<void>;
}

/**
 * The queue and the output folder live on globalThis: the pages (bundled by Vite) fill the queue,
 * the integration (loaded by Node) sets the folder and empties the queue, and each has its own
 * copy of this module.
 */
const queueKey = Symbol.for('case-reports.social-cards.queue');
const outDirKey = Symbol.for('case-reports.social-cards.out-dir');
type Registry = typeof globalThis & { [queueKey]?: CardQueue; [outDirKey]?: string };

/** Where the build writes its files (set by the social-cards integration). */
export function setCardOutDir(outDir: string): void {
	(globalThis as Registry)[outDirKey] = outDir;
}

/**
 * Starts drawing the social cards of a build in a worker thread, beside the pages (~20 ms a card,
 * 3 minutes for 10,000 cold; the cache makes a rebuild draw only changed cards). On two cores,
 * Astro renders pages on one while the worker draws the cards and writes them into the output
 * folder on the other. Once per build; `writeQueuedCards` then checks that none is missing.
 */
export function queueCards(cards: QueuedCard[], cacheDir = cardCacheDir()): void {
	const registry = globalThis as Registry;
	if (registry[queueKey]) return;
	let done: Promise<void>;
	try {
		// The worker is TypeScript, run by Node's type stripping from the project's sources.
		const worker = new Worker(resolve(process.cwd(), 'src/lib/sharing/card-worker.ts'));
		done = new Promise((settle) => {
			worker.on('error', () => settle());
			worker.on('exit', () => settle());
		});
		worker.postMessage({ cards, cacheDir, outDir: registry[outDirKey] });
	} catch {
		done = Promise.resolve();
	}
	registry[queueKey] = { cards, cacheDir, done };
}

/**
 * Once the worker has ended, writes any queued card it did not (it failed, never started or had no
 * output folder), drawing it here, so a card is never missing; a drawing error fails the build.
 * Returns the number of cards in the build.
 */
export async function writeQueuedCards(outDir: string): Promise<number> {
	const registry = globalThis as Registry;
	const queue = registry[queueKey];
	if (!queue) return 0;
	await queue.done;
	for (const { model, file } of queue.cards) {
		const path = join(outDir, file);
		if (existsSync(path)) continue;
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, await renderCard(model, queue.cacheDir));
	}
	delete registry[queueKey];
	return queue.cards.length;
}
