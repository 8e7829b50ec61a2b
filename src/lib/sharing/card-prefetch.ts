import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardCacheDir, cardKey, renderCard } from './render-card.ts';
import type { CardModel } from './social-card.ts';

const pending = new Map<string, Promise<void>>();

/**
 * Starts drawing every card in a worker thread (once per build). Cards cost ~23 ms each, 4 minutes
 * for 10,000; on a machine with two cores the worker draws them beside Astro's page rendering,
 * which uses one. Cards already in the cache are only checked.
 */
export function prefetchCards(models: CardModel[], cacheDir = cardCacheDir()): void {
	const todo = models.filter((model) => !pending.has(cardKey(model)));
	if (todo.length === 0) return;
	const settle = new Map<string, () => void>();
	for (const model of todo) pending.set(cardKey(model), new Promise<void>((done) => settle.set(cardKey(model), done)));
	let worker: Worker;
	try {
		// The worker is TypeScript, run by Node's type stripping from the project's sources.
		worker = new Worker(resolve(process.cwd(), 'src/lib/sharing/card-worker.ts'));
	} catch {
		settle.forEach((done) => done());
		return;
	}
	worker.on('message', ({ key }: { key: string }) => settle.get(key)?.());
	// Whatever the worker did not draw (an error, a crash) is drawn on the main thread on demand.
	const releaseAll = () => settle.forEach((done) => done());
	worker.on('error', releaseAll);
	worker.on('exit', releaseAll);
	worker.postMessage({ models: todo, cacheDir });
}

/** A card's PNG: from the worker's work when it was prefetched, else drawn here. */
export async function getCardPng(model: CardModel, cacheDir = cardCacheDir()): Promise<Buffer> {
	await pending.get(cardKey(model));
	return renderCard(model, cacheDir);
}
