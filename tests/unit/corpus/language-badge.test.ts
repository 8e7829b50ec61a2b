import { describe, expect, test } from 'vitest';
import { loadCaseFile } from '../../support/case-file.ts';
import { toCaseView } from '../../../src/lib/cases/case-view';
import { toCaseCard } from '../../../src/lib/corpus/case-card';
import { getLanguageBadge } from '../../../src/lib/corpus/language-badge';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';

describe('the language badge of an untranslated case', () => {
	test('names the language of the text in that language, with its tag', () => {
		expect(getLanguageBadge('en', 'zh-cn')).toEqual({ lang: 'zh-CN', label: '中文' });
		expect(getLanguageBadge('zh-cn', 'en')).toEqual({ lang: 'en', label: 'English' });
	});

	test('is absent where the case is in the page language', () => {
		expect(getLanguageBadge('en', 'en')).toBeUndefined();
		expect(getLanguageBadge('zh-cn', 'zh-cn')).toBeUndefined();
	});

	test('is on the card of a Chinese-only case in an English list, and only there', () => {
		const root = 'tests/fixtures/corpora/fallback';
		const { data } = loadCaseFile(root, 'zh-cn', 'only-chinese');
		const tags = readTaxonomy(`${root}/taxonomy`);
		const card = (locale: 'zh-cn' | 'en') => toCaseCard(toCaseView({ slug: 'only-chinese', locale, contentLocale: 'zh-cn', data, tags }), '/');
		expect(card('en')).toMatchObject({ title: '仅有中文的合成案例', contentLang: 'zh-CN', languageBadge: { lang: 'zh-CN', label: '中文' } });
		expect(card('zh-cn').languageBadge).toBeUndefined();
	});
});
