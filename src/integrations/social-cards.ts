import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getContentRoot } from '../lib/content/content-root.ts';
import { startCardWorker, writeQueuedCards } from '../lib/sharing/card-prefetch.ts';

/**
 * The cases' social cards (`/{locale}/cards/{slug}.png`). As soon as a build's configuration is
 * known, worker threads (one per core, up to 4: src/lib/sharing/card-prefetch.ts) list the cards
 * from the content files and draw them into the output folder, beside content loading, bundling
 * and page rendering on the main thread. The case card route
 * (`src/pages/[locale]/cards/[slug].png.ts`) queues every card as the pages show it, from its
 * getStaticPaths, and after the build this writes any card the workers missed or drew
 * differently. (As an Astro route the cards were generated first, one at a time, and page
 * rendering waited for each.)
 */
export function socialCards(): AstroIntegration {
	let building = false;
	return {
		name: 'case-reports-social-cards',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			'astro:config:done': ({ config }) => {
				if (!building) return;
				startCardWorker({ corpus: { contentRoot: getContentRoot(fileURLToPath(config.root)) } }, fileURLToPath(config.outDir));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { cards, drawnAfter } = await writeQueuedCards(fileURLToPath(dir));
				logger.info(`${cards} social cards written, ${drawnAfter} of them after the pages (waited ${((performance.now() - started) / 1000).toFixed(1)} s)`);
			},
		},
	};
}
