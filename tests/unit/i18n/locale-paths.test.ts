import { expect, test } from 'vitest';
import { localePaths } from '../../../src/lib/i18n/locale-paths.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';

test('one path per locale, the locale as both the URL segment and the prop', () => {
	expect(localePaths()).toEqual([
		{ params: { locale: 'zh-cn' }, props: { locale: 'zh-cn' } },
		{ params: { locale: 'en' }, props: { locale: 'en' } },
	]);
	expect(localePaths().map((path) => path.params.locale)).toEqual([...locales]);
});
