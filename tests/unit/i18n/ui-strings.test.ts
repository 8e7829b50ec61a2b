import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { uiStringsSchema } from '../../../src/schemas/ui-strings.ts';

const read = (lang: string) => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

describe('UI strings', () => {
	test.each(['zh-CN', 'en'])('%s has every project string', (lang) => {
		expect(uiStringsSchema.safeParse(read(lang)).error?.issues ?? []).toEqual([]);
	});

	test('zh-CN translates the search modal, which Starlight leaves in English', () => {
		const zh = read('zh-CN');
		const keys = [
			'clear_search',
			'load_more',
			'search_label',
			'filters_label',
			'zero_results',
			'many_results',
			'one_result',
			'alt_search',
			'search_suggestion',
			'searching',
		];
		for (const key of keys) expect(zh[`pagefind.${key}`], key).toMatch(/[\u4e00-\u9fff]/);
		expect(zh['pagefind.zero_results']).toContain('[SEARCH_TERM]');
	});

	test('both languages define the same keys', () => {
		const keys = (lang: string) =>
			Object.keys(read(lang))
				.filter((key) => !key.startsWith('search.'))
				.sort();
		expect(keys('zh-CN')).toEqual(keys('en'));
	});
});
