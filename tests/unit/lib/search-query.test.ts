import { describe, expect, test } from 'vitest';
import { getPhraseTerms, getQueryTerms, matchesQuery, normaliseText } from '../../../src/lib/search/query';

describe('search queries', () => {
	test('terms: Latin words and Chinese runs, lower case', () => {
		expect(getQueryTerms('API 集成', 'zh-CN')).toEqual(['api', '集成']);
		expect(getQueryTerms('Single sign-on', 'en')).toEqual(['single', 'sign', 'on']);
		expect(getQueryTerms('  ＳＳＯ ', 'zh-CN')).toEqual(['sso']);
	});

	test('phrases keep a typed Chinese run whole', () => {
		expect(getPhraseTerms('机器人')).toEqual(['机器人']);
		expect(getPhraseTerms('API 集成 机器人')).toEqual(['集成', '机器人']);
		expect(getPhraseTerms('approvals')).toEqual([]);
	});

	test('a Chinese phrase must appear as written: 机器人 is not 机器翻译 … 新人', () => {
		expect(matchesQuery(['机器人'], '高频问题由机器人快速回答')).toBe(true);
		expect(matchesQuery(['机器人'], '支持机器翻译，新人也能自助查询')).toBe(false);
		expect(matchesQuery(['机器人'], '机器 人')).toBe(true);
	});

	test('Latin terms are left to Pagefind (stemming)', () => {
		expect(matchesQuery(['approval'], 'Approvals on the phone')).toBe(true);
		expect(matchesQuery(['bots'], 'a bot answers')).toBe(true);
	});

	test('text is compared in NFKC, case-insensitive, with spaces between Chinese removed', () => {
		expect(normaliseText('飞书 Ａpproval ↑５０％')).toBe('飞书 approval ↑50%');
		expect(normaliseText('单 点 登录')).toBe('单点登录');
	});
});
