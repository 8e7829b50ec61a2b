import { describe, expect, test } from 'vitest';
import { getLatinStems, getPhraseTerms, getQueryTerms, matchesLatinStems, matchesQuery, normaliseText, stemLatinWord } from '../../../src/lib/search/query';

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
		// Pagefind's content: zero-width spaces between the words it segmented.
		expect(normaliseText('单\u200b点\u200b登录')).toBe('单点登录');
		expect(matchesQuery(['机器人'], '由\u200b机器\u200b人\u200b快速\u200b回答')).toBe(true);
	});

	test('a Latin word loses its English ending, never becoming shorter than three letters', () => {
		expect(
			['approvals', 'approval', 'bots', 'policies', 'processes', 'boxes', 'planned', 'making', 'dashboards', 'notification', 'API', 'bus'].map(stemLatinWord)
		).toEqual(['approval', 'approval', 'bot', 'polic', 'proces', 'box', 'plan', 'mak', 'dashboard', 'notification', 'api', 'bus']);
		expect(getLatinStems('The approvals for API 集成 on SSO')).toEqual(['approval', 'api', 'sso']);
	});

	test('each Latin word must start a word of the result, give or take its ending', () => {
		expect(matchesLatinStems(getLatinStems('approval'), 'Approvals on the phone')).toBe(true);
		expect(matchesLatinStems(getLatinStems('APIs'), '开放 API 集成')).toBe(true);
		expect(matchesLatinStems(getLatinStems('single sign-on'), 'staff use Single Sign-On daily')).toBe(true);
		// What Pagefind offers for a word it does not have: a word that only starts alike.
		expect(matchesLatinStems(getLatinStems('aprovals'), 'open APIs that connect systems')).toBe(false);
		expect(matchesLatinStems(getLatinStems('PayerMax'), 'Synthetic Atlas Pay')).toBe(false);
		// Inside a word is not a match.
		expect(matchesLatinStems(getLatinStems('pay'), 'PayerMax')).toBe(true);
		expect(matchesLatinStems(getLatinStems('max'), 'PayerMax')).toBe(false);
		expect(matchesLatinStems([], 'anything')).toBe(true);
	});
});
