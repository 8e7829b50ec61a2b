import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setCardOutDir, writeQueuedCards } from '../lib/sharing/card-prefetch.ts';

/**
 * The cases' social cards (`/{locale}/cards/{slug}.png`): the pages queue them, a worker thread
 * draws them into the output folder meanwhile, and after the build this checks that none is
 * missing. As an Astro route they were generated first, and page rendering waited for each one.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'case-reports-social-cards',
		hooks: {
			'astro:config:done': ({ config }) => setCardOutDir(fileURLToPath(config.outDir)),
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const count = await writeQueuedCards(fileURLToPath(dir));
				logger.info(`${count} social cards written (waited ${((performance.now() - started) / 1000).toFixed(1)} s for them after the pages)`);
			},
		},
	};
}
