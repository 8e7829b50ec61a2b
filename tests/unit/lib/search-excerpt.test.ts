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
		expect(show(buildExcerpt(content, 'vpn', ['vpn'], hidden, 30))).toBe('… 员工一键登录，不再依赖 [VPN]。');
	});

	test('Latin words match where a word starts, the whole query first', () => {
		expect(show(buildExcerpt('Equipment response speed. Staff use single sign-on daily.', 'single sign-on', ['single', 'sign', 'on']))).toBe('… response speed. Staff use [single sign-on] daily.');
		expect(show(buildExcerpt('API integration and API calls', 'api', ['api']))).toBe('[API] integration and [API] calls');
	});

	test('full-width letters match but show as written', () => {
		expect(show(buildExcerpt('开放 ＡＰＩ 集成', 'api', ['api']))).toBe('开放 [ＡＰＩ] 集成');
	});

	test('without a match it shows the start of the text', () => {
		expect(show(buildExcerpt('abc def', 'zzz', ['zzz']))).toBe('abc def');
	});
});
