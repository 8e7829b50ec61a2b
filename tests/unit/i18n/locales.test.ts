import { describe, expect, test } from 'vitest';
import { langToLocale, localeToLang, locales } from '../../../src/lib/i18n/locales';

describe('langToLocale', () => {
	test('maps each language tag back to its locale (zh-CN → zh-cn)', () => {
		expect(langToLocale('zh-CN')).toBe('zh-cn');
		expect(langToLocale('en')).toBe('en');
		for (const locale of locales) expect(langToLocale(localeToLang(locale))).toBe(locale);
	});

	test('undefined for a language the site has no locale for, or a locale spelled as a folder', () => {
		expect(langToLocale('fr')).toBeUndefined();
		expect(langToLocale('zh-cn')).toBeUndefined();
	});
});
