import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeQueuedCards } from '../lib/sharing/card-prefetch.ts';

/**
 * Writes the cases' social cards (`/{locale}/cards/{slug}.png`) after the pages. The pages queue
 * them and a worker thread draws them meanwhile; as an Astro route they were generated first and
 * the page rendering waited for every one.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'case-reports-social-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const count = await writeQueuedCards(fileURLToPath(dir));
				logger.info(`${count} social cards written (${((performance.now() - started) / 1000).toFixed(1)} s after the pages)`);
			},
		},
	};
}
