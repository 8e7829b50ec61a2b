import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cardCacheDir, cardKey, renderCard } from './render-card.ts';
import type { CardModel } from './social-card.ts';

/** A card to write into the build: what it shows and its path under the output folder. */
export interface QueuedCard {
	model: CardModel;
	/** `zh-cn/cards/acme.png` */
	file: string;
}

/** What the worker is asked to draw: a list of cards, or a content root to list them from. */
export type CardWork = { cards: QueuedCard[] } | { corpus: { contentRoot: string } };

interface CardRegistry {
	/** The workers drawing cards, and what they wrote to the output folder (file → card key). */
	worker?: { done: Promise<void>; written: Map<string, string>; cacheDir: string; outDirReady: () => void };
	/** The build's cards as its pages see them: the list that counts. */
	cards?: QueuedCard[];
}

/**
 * The registry lives on globalThis: the integration (loaded by Node) and the pages (bundled by
 * Vite) each have their own copy of this module.
 */
const key = Symbol.for('case-reports.social-cards');
const registry = (): CardRegistry => ((globalThis as typeof globalThis & { [key]?: CardRegistry })[key] ??= {});

/** One worker per core: while pages render they share the cores with it; after, they draw alone. */
const cardWorkers = Math.max(1, Math.min(4, availableParallelism()));

/**
 * Starts worker threads that draw cards into the cache and copy them into `outDir`, each every
 * n-th card of the list: on two cores they draw while Astro loads the content, bundles and
 * renders pages, and once the pages are done they have the cores to themselves (a cold card costs
 * ~22 ms: satori, resvg and the palette PNG). The cache makes a rebuild draw only changed cards.
 * Astro empties the output folder before bundling, so the workers copy only once told the folder
 * is ready (`queueCards`, called from the case card route's getStaticPaths, before any page renders).
 */
export function startCardWorker(work: CardWork, outDir: string | undefined, cacheDir = cardCacheDir()): void {
	const state = registry();
	if (state.worker) return;
	const written = new Map<string, string>();
	const workers: Worker[] = [];
	const exits: Promise<void>[] = [];
	try {
		for (let shard = 0; shard < cardWorkers; shard++) {
			const worker = new Worker(resolve(process.cwd(), 'src/lib/sharing/card-worker.ts'));
			worker.on('message', ({ file, key: cardId }: { file: string; key: string }) => written.set(file, cardId));
			exits.push(
				new Promise((settle) => {
					worker.on('error', () => settle());
					worker.on('exit', () => settle());
				})
			);
			worker.postMessage({ ...work, cacheDir, outDir, shard: { index: shard, count: cardWorkers } });
			workers.push(worker);
		}
	} catch {
		// No worker: writeQueuedCards draws every card itself.
	}
	const outDirReady = () => workers.forEach((worker) => worker.postMessage({ outDirReady: true }));
	state.worker = { done: Promise.all(exits).then(() => {}), written, cacheDir, outDirReady };
}

/**
 * Records the build's cards, as its pages compute them. The worker the integration started from
 * the content files has most of them drawn already; without one, a worker starts now.
 */
export function queueCards(cards: QueuedCard[]): void {
	const state = registry();
	state.cards ??= cards;
	if (!state.worker) startCardWorker({ cards }, undefined);
	state.worker!.outDirReady();
}

/**
 * After the pages: waits for the worker, then writes every queued card that the worker did not
 * write as it is now (it failed, had other text for it, or had no output folder), drawing it here,
 * so no card is missing or stale; a drawing error fails the build. Cards the worker wrote that no
 * page queued are removed. Returns the number of cards, and of those written here.
 */
export async function writeQueuedCards(outDir: string): Promise<{ cards: number; drawnAfter: number }> {
	const state = registry();
	if (!state.worker) return { cards: 0, drawnAfter: 0 };
	state.worker.outDirReady();
	await state.worker.done;
	const cards = state.cards ?? [];
	const wanted = new Set(cards.map((card) => card.file));
	for (const file of state.worker.written.keys()) if (!wanted.has(file)) rmSync(join(outDir, file), { force: true });
	let drawnAfter = 0;
	for (const { model, file } of cards) {
		const path = join(outDir, file);
		if (state.worker.written.get(file) === cardKey(model) && existsSync(path)) continue;
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, await renderCard(model, state.worker.cacheDir));
		drawnAfter += 1;
	}
	delete (globalThis as typeof globalThis & { [key]?: CardRegistry })[key];
	return { cards: cards.length, drawnAfter };
}
