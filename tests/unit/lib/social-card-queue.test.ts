import { removeWhenDone } from '../../support/temp-files';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { queueCards, startCardWorker, writeQueuedCards } from '../../../src/lib/sharing/card-prefetch';
import { listCorpusCards } from '../../../src/lib/sharing/corpus-cards';
import { cardCachePath } from '../../../src/lib/sharing/render-card';

const cards = ['Alpha', 'Beta', 'Gamma'].map((name) => ({
	model: {
		siteName: 'Test',
		kicker: `Synthetic ${name}`,
		title: `Synthetic ${name} (test card)`,
		figures: [{ value: '+50%', label: 'Speed', direction: 'up' as const }],
	},
	file: `en/cards/${name.toLowerCase()}.png`,
}));
const isPng = (path: string) => readFileSync(path).subarray(1, 4).toString() === 'PNG';

describe('queued social cards', () => {
	test('the worker draws them into the output folder and the cache', async () => {
		const [out, cache] = [removeWhenDone(mkdtempSync(join(tmpdir(), 'cards-out-'))), removeWhenDone(mkdtempSync(join(tmpdir(), 'cards-cache-')))];
		startCardWorker({ cards }, out, cache);
		queueCards(cards);
		expect(await writeQueuedCards(out)).toEqual({ cards: 3, drawnAfter: 0 });
		for (const { model, file } of cards) {
			expect(isPng(join(out, file))).toBe(true);
			expect(readFileSync(join(out, file))).toEqual(readFileSync(cardCachePath(model, cache)));
		}
	});

	test('a card the pages see differently, or the worker did not write, is written after it; one no page wants is removed', async () => {
		const [out, cache] = [removeWhenDone(mkdtempSync(join(tmpdir(), 'cards-out-'))), removeWhenDone(mkdtempSync(join(tmpdir(), 'cards-cache-')))];
		const stray = { ...cards[0]!, file: 'en/cards/gone.png' };
		startCardWorker({ cards: [cards[0]!, stray] }, out, cache);
		const changed = { ...cards[0]!, model: { ...cards[0]!.model, title: 'Synthetic Alpha (changed title)' } };
		queueCards([changed, cards[1]!, cards[2]!]);
		expect(await writeQueuedCards(out)).toEqual({ cards: 3, drawnAfter: 3 });
		expect(readFileSync(join(out, changed.file))).toEqual(readFileSync(cardCachePath(changed.model, cache)));
		expect(cards.every(({ file }) => isPng(join(out, file)))).toBe(true);
		expect(existsSync(join(out, stray.file))).toBe(false);
	});

	test('cards listed from the content files: one per case and language, fallbacks included, and one per tag and language', () => {
		const listed = listCorpusCards('tests/fixtures/corpora/fallback');
		const caseCards = listed.filter((card) => !card.file.includes('/tags/'));
		expect(caseCards.map((card) => card.file).sort()).toEqual([
			'en/cards/only-chinese.png',
			'en/cards/only-english.png',
			'zh-cn/cards/only-chinese.png',
			'zh-cn/cards/only-english.png',
		]);
		// Every tag both cases carry (fintech, sso, responsiveness …), in each language.
		expect(listed.filter((card) => card.file.startsWith('en/cards/tags/')).map((card) => card.file)).toContain('en/cards/tags/fintech.png');
		expect(listed.find((card) => card.file === 'zh-cn/cards/tags/fintech.png')!.model).toMatchObject({ title: '金融科技', siteName: '客户案例报告' });
		expect(listed.find((card) => card.file === 'en/cards/only-english.png')!.model.siteName).toBe('Customer case reports');
	});

	test('drafts get no card, and a published version stands in for a draft one as a fallback does', () => {
		const listed = listCorpusCards('tests/fixtures/corpora/drafts');
		expect(
			listed
				.filter((card) => !card.file.includes('/tags/'))
				.map((card) => card.file)
				.sort()
		).toEqual([
			'en/cards/source-in-review.png',
			'en/cards/translation-in-review.png',
			'zh-cn/cards/source-in-review.png',
			'zh-cn/cards/translation-in-review.png',
		]);
		// A tag only a draft carries has no page, so no card.
		expect(listed.filter((card) => card.file.endsWith('/tags/approvals.png'))).toEqual([]);
		expect(listed.find((card) => card.file === 'zh-cn/cards/source-in-review.png')!.model.title).toBe('Synthetic case whose source is in review');
		expect(listed.find((card) => card.file === 'en/cards/translation-in-review.png')!.model.title).toBe('译文仍在审阅的合成案例');
	});
});
