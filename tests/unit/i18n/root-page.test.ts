import { describe, expect, test } from 'vitest';
import { buildRootPage } from '../../../src/lib/i18n/root-page.ts';

describe('the root page', () => {
	test('speaks every language, the default first, each text with its lang', () => {
		const page = buildRootPage('/', new URL('https://cases.example/'));
		expect(page.lang).toBe('zh-CN');
		expect(page.title).toBe('客户案例报告 · Customer case reports');
		expect(page.titles).toEqual([
			{ lang: 'zh-CN', text: '客户案例报告' },
			{ lang: 'en', text: 'Customer case reports' },
		]);
		expect(page.prompts.map((prompt) => prompt.lang)).toEqual(['zh-CN', 'en']);
		expect(page.prompts[1]!.text).toBe('Choose your language');
		expect(page.locales).toEqual(['zh-cn', 'en']);
	});

	test('links each language home under the base, and gives search engines absolute alternates with a default', () => {
		const page = buildRootPage('/repo/', new URL('https://org.example/'));
		expect(page.links).toEqual([
			{ locale: 'zh-cn', lang: 'zh-CN', href: '/repo/zh-cn/', label: '简体中文' },
			{ locale: 'en', lang: 'en', href: '/repo/en/', label: 'English' },
		]);
		expect(page.alternates).toEqual([
			{ hreflang: 'zh-CN', href: 'https://org.example/repo/zh-cn/' },
			{ hreflang: 'en', href: 'https://org.example/repo/en/' },
			{ hreflang: 'x-default', href: 'https://org.example/repo/zh-cn/' },
		]);
	});
});
