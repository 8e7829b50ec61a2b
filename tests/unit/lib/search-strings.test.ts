import { expect, test } from 'vitest';
import { getSearchStrings } from '../../../src/lib/search/search-strings.ts';

test('the search dialog has every one of its words in both languages, and only those', () => {
	const zh = getSearchStrings('zh-cn');
	const en = getSearchStrings('en');
	expect(Object.keys(zh)).toEqual(Object.keys(en));
	expect(Object.keys(en)).toHaveLength(12);
	for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text).not.toBe('');
	// Pagefind's placeholders stay for the dialog to fill.
	expect({ zh: zh.searching, en: en.searching }).toEqual({ zh: '正在搜索 [SEARCH_TERM]……', en: 'Searching for [SEARCH_TERM]...' });
});
