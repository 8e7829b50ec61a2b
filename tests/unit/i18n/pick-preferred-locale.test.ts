import { describe, expect, test } from 'vitest';
import { pickPreferredLocale } from '../../../src/lib/i18n/pick-preferred-locale.ts';

describe('pickPreferredLocale', () => {
	test.each([
		[['zh-CN', 'en'], 'zh-cn'],
		[['zh-TW'], 'zh-cn'],
		[['zh'], 'zh-cn'],
		[['en-US', 'zh-CN'], 'en'],
		[['fr-FR', 'zh-CN'], 'zh-cn'],
		[['fr-FR', 'de'], 'en'],
		[[], 'en'],
	])('%j → %s', (languages, expected) => {
		expect(pickPreferredLocale(languages)).toBe(expected);
	});
});
