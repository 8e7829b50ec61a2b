import { describe, expect, test } from 'vitest';
import { correctQuery, findHanSubstitute, findNearestWord, listCorrectableWords, splitHanRun } from '../../../src/lib/search/correct-query';
import { buildSearchVocabulary, listVocabularyTerms } from '../../../src/lib/search/vocabulary';
import { loadFixtureCorpus } from '../../support/fixture-corpus';

const { byLocale, tags } = loadFixtureCorpus('tests/fixtures/corpora/search');
const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
const vocabulary = buildSearchVocabulary(listVocabularyTerms([...byLocale.en.values()], tagsById));
const han = new Set(vocabulary.han);

describe('the search vocabulary', () => {
	test('holds the labels in both languages, the aliases and the companies of the cases, as words', () => {
		const latin = vocabulary.latin.map((word) => word.toLowerCase());
		for (const word of ['approvals', 'single', 'sign', 'sso', 'translation', 'feishu', 'lark', 'bitable', 'harbor', 'synthetic'])
			expect(latin, word).toContain(word);
		for (const term of ['审批', '单点登录', '统一身份认证', '多语言翻译', '飞书', '多维表格']) expect(vocabulary.han, term).toContain(term);
	});

	test('only tags some case uses: a correction always leads to a result', () => {
		const unused = tags.filter((tag) => ![...byLocale.en.values()].some((data) => JSON.stringify(data).includes(`"${tag.id}"`)));
		expect(unused.length).toBeGreaterThan(0);
		for (const tag of unused) expect(vocabulary.han).not.toContain(tag.label['zh-CN']);
	});

	test('each word once, whatever its case, as first written; sorted', () => {
		const words = buildSearchVocabulary(['PayerMax', 'payermax', 'Single sign-on', 'single sign on', '客户 360 视图']);
		expect(words).toEqual({ latin: ['on', 'PayerMax', 'sign', 'Single'], han: ['客户', '视图'] });
	});
});

describe('correcting Latin words', () => {
	test.for([
		['aprovals', 'approvals'],
		['singel', 'single'],
		['transaltion', 'translation'],
		['Feishuu', 'Feishu'],
		['harbour', 'harbor'],
	])('%s → %s', ([typed, meant]) => {
		expect(findNearestWord(typed!, vocabulary)).toBe(meant);
	});

	test('a word of the vocabulary, a short word or one too far from every word stays', () => {
		expect(findNearestWord('approvals', vocabulary)).toBeUndefined();
		expect(findNearestWord('bto', vocabulary)).toBeUndefined();
		expect(findNearestWord('blockchain', vocabulary)).toBeUndefined();
		// Five letters allow one edit only.
		expect(findNearestWord('lrakk', vocabulary)).toBeUndefined();
	});

	test('the words to check are the Latin ones long enough to correct', () => {
		expect(listCorrectableWords('singel sign on')).toEqual(['singel', 'sign']);
		expect(listCorrectableWords('API 集成 Ａｐｒｏｖａｌｓ aprovals')).toEqual(['aprovals']);
	});

	test('only the words the index lacks are replaced; the rest stays as typed', () => {
		expect(correctQuery('singel sign on', vocabulary, { absent: new Set(['singel']), han: false })).toBe('single sign on');
		expect(correctQuery('warehouse aprovals', vocabulary, { absent: new Set(['aprovals']), han: false })).toBe('warehouse approvals');
		expect(correctQuery('warehouse picking', vocabulary, { absent: new Set(), han: false })).toBeUndefined();
		expect(correctQuery('blockchain', vocabulary, { absent: new Set(['blockchain']), han: false })).toBeUndefined();
	});
});

describe('correcting Chinese', () => {
	test('a run is split into the terms it is made of; single characters between them go', () => {
		expect(splitHanRun('飞书审批', han)).toEqual(['飞书', '审批']);
		expect(splitHanRun('飞书的审批', han)).toEqual(['飞书', '审批']);
		expect(splitHanRun('多维表格使用心得', han)).toEqual(['多维表格', '使用心得']);
		expect(splitHanRun('区块链', han)).toEqual(['区块链']);
	});

	test('a split covers as much as it can, in the fewest terms: 单点登录审批 is 单点登录 · 审批, not 单点 · 登录 · 审批', () => {
		expect(splitHanRun('单点登录审批', new Set(['单点', '登录', '单点登录', '审批']))).toEqual(['单点登录', '审批']);
		expect(splitHanRun('单点登录审批流', new Set(['单点登录', '审批', '审批流']))).toEqual(['单点登录', '审批流']);
	});

	test('one wrong character of three or more (a homophone from the input method) becomes the one term it matches', () => {
		expect(findHanSubstitute('单点登陆', han)).toBe('单点登录');
		expect(findHanSubstitute('多维表哥', han)).toBe('多维表格');
		expect(findHanSubstitute('单点', han)).toBeUndefined();
		expect(findHanSubstitute('区块链', han)).toBeUndefined();
		expect(findHanSubstitute('甲乙丙', ['甲乙丁', '甲戊丙'])).toBeUndefined();
	});

	test('a whole query: Chinese corrected only when asked (no result), Latin and spacing kept', () => {
		expect(correctQuery('单点登陆', vocabulary, { absent: new Set(), han: true })).toBe('单点登录');
		expect(correctQuery('飞书审批', vocabulary, { absent: new Set(), han: true })).toBe('飞书 审批');
		expect(correctQuery('API 飞书审批', vocabulary, { absent: new Set(), han: true })).toBe('API 飞书 审批');
		expect(correctQuery('单点登陆', vocabulary, { absent: new Set(), han: false })).toBeUndefined();
		expect(correctQuery('审批', vocabulary, { absent: new Set(), han: true })).toBeUndefined();
		expect(correctQuery('区块链', vocabulary, { absent: new Set(), han: true })).toBeUndefined();
	});
});
