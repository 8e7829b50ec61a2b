import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFileBytes, formatOverBudget, listSocialCards } from '../../../tools/budgets/sizes';
import { removeWhenDone } from '../../support/temp-files.ts';

describe('social card budget', () => {
	test('names the largest card and every card over the budget, largest first', () => {
		const files = [
			{ file: 'dist/zh-cn/cards/a.png', bytes: 19_000 },
			{ file: 'dist/en/cards/a.png', bytes: 23_691 },
			{ file: 'dist/cards/site.png', bytes: 20_000 },
			{ file: 'dist/en/cards/b.png', bytes: 20_001 },
		];
		expect(checkFileBytes(files, 20_000)).toEqual({
			largest: { file: 'dist/en/cards/a.png', bytes: 23_691 },
			over: [
				{ file: 'dist/en/cards/a.png', bytes: 23_691 },
				{ file: 'dist/en/cards/b.png', bytes: 20_001 },
			],
		});
	});

	test('a card of exactly the budget passes; no cards, no largest', () => {
		expect(checkFileBytes([{ file: 'dist/cards/site.png', bytes: 20_000 }], 20_000).over).toEqual([]);
		expect(checkFileBytes([], 20_000)).toEqual({ largest: undefined, over: [] });
	});

	test('the failure names the file, its bytes and the budget', () => {
		expect(formatOverBudget({ file: 'dist/en/cards/payermax.png', bytes: 23_691 }, 20_000)).toMatchInlineSnapshot(
			`"dist/en/cards/payermax.png: 23,691 bytes (23.7 KB) > budget 20,000 bytes"`
		);
	});

	test('lists the site card and the case and tag cards of every locale folder, nothing else', () => {
		const dist = removeWhenDone(mkdtempSync(join(tmpdir(), 'card-budget-')));
		const files = [
			'cards/site.png',
			'en/cards/payermax.png',
			'zh-cn/cards/payermax.png',
			'zh-cn/cards/acme.png',
			'en/cards/tags/approvals.png',
			'en/cards/notes.txt',
			'en/cases/payermax/chart.png',
			'_astro/logo.png',
		];
		for (const file of files) {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), '');
		}
		expect(listSocialCards(dist)).toEqual(
			['cards/site.png', 'en/cards/payermax.png', 'en/cards/tags/approvals.png', 'zh-cn/cards/acme.png', 'zh-cn/cards/payermax.png'].map((file) =>
				join(dist, file)
			)
		);
	});
});
