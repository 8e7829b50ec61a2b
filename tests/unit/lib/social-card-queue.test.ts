import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { queueCards, setCardOutDir, writeQueuedCards } from '../../../src/lib/sharing/card-prefetch';
import { cardCachePath } from '../../../src/lib/sharing/render-card';

const cards = ['Alpha', 'Beta', 'Gamma'].map((name) => ({
	model: { siteName: 'Test', kicker: `Synthetic ${name}`, title: `Synthetic ${name} (test card)`, figures: [{ value: '+50%', label: 'Speed', direction: 'up' as const }] },
	file: `en/cards/${name.toLowerCase()}.png`,
}));
const isPng = (path: string) => readFileSync(path).subarray(1, 4).toString() === 'PNG';

describe('queued social cards', () => {
	afterEach(() => setCardOutDir(''));

	test('the worker draws them into the output folder and the cache', async () => {
		const [out, cache] = [mkdtempSync(join(tmpdir(), 'cards-out-')), mkdtempSync(join(tmpdir(), 'cards-cache-'))];
		setCardOutDir(out);
		queueCards(cards, cache);
		expect(await writeQueuedCards(out)).toBe(3);
		for (const { model, file } of cards) {
			expect(isPng(join(out, file))).toBe(true);
			expect(readFileSync(join(out, file))).toEqual(readFileSync(cardCachePath(model, cache)));
		}
	});

	test('what the worker did not write is written after it, so no card is missing', async () => {
		// No output folder known to the worker: it only fills the cache.
		const [out, cache] = [mkdtempSync(join(tmpdir(), 'cards-out-')), mkdtempSync(join(tmpdir(), 'cards-cache-'))];
		queueCards(cards, cache);
		expect(cards.every(({ file }) => !existsSync(join(out, file)))).toBe(true);
		expect(await writeQueuedCards(out)).toBe(3);
		expect(cards.every(({ file }) => isPng(join(out, file)))).toBe(true);
	});
});
