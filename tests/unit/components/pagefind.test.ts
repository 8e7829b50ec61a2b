import { describe, expect, test } from 'vitest';
import { formatCount, readCaseMeta } from '../../../src/components/search/pagefind';

describe('readCaseMeta', () => {
	test('names the meta a case page records (CasePagefindData.astro) for the search dialog and the cases browser', () => {
		const meta = readCaseMeta({
			url: '/en/cases/payermax/',
			content: '',
			meta: {
				title: 'PayerMax',
				_company: 'PayerMax',
				_figure: '+50%',
				_figureLabel: 'Response speed',
				_direction: 'up',
				_lang: 'en',
				_terms: 'SSO · 单点登录',
			},
		});
		expect(meta).toMatchObject({
			title: 'PayerMax',
			company: 'PayerMax',
			figure: '+50%',
			figureLabel: 'Response speed',
			direction: 'up',
			lang: 'en',
			terms: 'SSO · 单点登录',
		});
		expect(meta.industry).toBeUndefined();
	});
});

describe('formatCount', () => {
	test.for([
		{ lang: 'en', count: 1234, text: '1,234' },
		{ lang: 'zh-CN', count: 12345, text: '12,345' },
		{ lang: 'en', count: 1, text: '1' },
	])('$count in $lang: $text', ({ lang, count, text }) => {
		expect(formatCount(count, lang)).toBe(text);
	});
});
