import { describe, expect, test } from 'vitest';
import { buildExcerpt } from '../../../src/lib/search/excerpt';

const show = (parts: { text: string; mark: boolean }[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('buildExcerpt', () => {
	test('marks every occurrence around the first one', () => {
		expect(show(buildExcerpt('统一审批入口：复杂审批也能在手机上一键处理。', '审批', ['审批']))).toBe('统一[审批]入口：复杂[审批]也能在手机上一键处理。');
	});

	test('leaves out the hidden tag names and starts near the match', () => {
		const hidden = 'SSO · 单点登录 · single sign on';
		const content = `${'前文'.repeat(60)} ${hidden} 员工一键登录，不再依赖 VPN。`;
		expect(show(buildExcerpt(content, 'vpn', ['vpn'], { hidden, length: 30 }))).toBe('… 员工一键登录，不再依赖 [VPN]。');
	});

	test('reads Chinese without the zero-width spaces Pagefind puts between words, so the hidden terms still go', () => {
		const hidden = 'PayerMax · 飞书 · 单点登录';
		const content =
			'PayerMax\u200b：\u200b用\u200b飞\u200b书. \u200bPayerMax \u200b· \u200b飞\u200b书 \u200b· \u200b单\u200b点\u200b登录 \u200b. \u200b植根\u200b新兴\u200b市场';
		expect(show(buildExcerpt(content, 'SSO', ['sso'], { hidden, title: 'PayerMax：用飞书' }))).toBe('植根新兴市场');
	});

	test('leaves out the title the text starts with: the result shows it above', () => {
		const content = 'PayerMax：用飞书打通海内外团队协同 植根新兴市场的金融科技公司。';
		expect(show(buildExcerpt(content, 'SSO', ['sso'], { title: 'PayerMax：用飞书打通海内外团队协同' }))).toBe('植根新兴市场的金融科技公司。');
		// Only where the text starts: a tag page titled 审批 keeps the word in its text.
		expect(show(buildExcerpt('审批 统一的审批入口。', '审批', ['审批'], { title: '审批' }))).toBe('统一的[审批]入口。');
	});

	test('Latin words match where a word starts, the whole query first', () => {
		expect(show(buildExcerpt('Equipment response speed. Staff use single sign-on daily.', 'single sign-on', ['single', 'sign', 'on']))).toBe(
			'… response speed. Staff use [single sign-on] daily.'
		);
		expect(show(buildExcerpt('API integration and API calls', 'api', ['api']))).toBe('[API] integration and [API] calls');
	});

	test('full-width letters match but show as written', () => {
		expect(show(buildExcerpt('开放 ＡＰＩ 集成', 'api', ['api']))).toBe('开放 [ＡＰＩ] 集成');
	});

	test('without a match it shows the start of the text', () => {
		expect(show(buildExcerpt('abc def', 'zzz', ['zzz']))).toBe('abc def');
	});

	test('a single Chinese character is marked only when it is the whole query', () => {
		expect(show(buildExcerpt('产线员工用单点登录进入工单系统', '单点登录', ['单', '点', '登录', '单点登录']))).toBe('产线员工用[单点登录]进入工单系统');
		expect(show(buildExcerpt('进入工单系统', '单', ['单']))).toBe('进入工[单]系统');
	});

	test('an excerpt ends between words, not inside one', () => {
		expect(show(buildExcerpt('Results. Compliance review efficiency rose by a lot this year.', 'results', ['results'], { length: 35 }))).toBe(
			'[Results]. Compliance review …'
		);
	});
});
