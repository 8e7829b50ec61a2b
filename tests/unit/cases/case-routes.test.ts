import { describe, expect, test } from 'vitest';
import { getCaseRoutes } from '../../../src/lib/cases/case-routes.ts';

describe('getCaseRoutes', () => {
	test('a case in both languages gets one page per language, each with its own text', () => {
		expect(getCaseRoutes(['zh-cn/payermax', 'en/payermax'])).toEqual([
			{ locale: 'zh-cn', slug: 'payermax', entryId: 'zh-cn/payermax', contentLocale: 'zh-cn' },
			{ locale: 'en', slug: 'payermax', entryId: 'en/payermax', contentLocale: 'en' },
		]);
	});

	test('a case missing in one language falls back to the other language', () => {
		expect(getCaseRoutes(['zh-cn/only-zh', 'en/only-en'])).toEqual([
			{ locale: 'zh-cn', slug: 'only-en', entryId: 'en/only-en', contentLocale: 'en' },
			{ locale: 'en', slug: 'only-en', entryId: 'en/only-en', contentLocale: 'en' },
			{ locale: 'zh-cn', slug: 'only-zh', entryId: 'zh-cn/only-zh', contentLocale: 'zh-cn' },
			{ locale: 'en', slug: 'only-zh', entryId: 'zh-cn/only-zh', contentLocale: 'zh-cn' },
		]);
	});

	test('an id outside a language folder is an error, not a silent skip', () => {
		expect(() => getCaseRoutes(['fr/acme'])).toThrow('Not a case id: "fr/acme"');
	});
});
