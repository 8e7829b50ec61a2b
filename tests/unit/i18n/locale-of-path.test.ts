import { describe, expect, test } from 'vitest';
import { localeOfPath } from '../../../src/lib/i18n/locale-of-path.ts';

describe('localeOfPath', () => {
	test.each([
		['/en/nope/', '/', 'en'],
		['/zh-cn/cases/payermx/', '/', 'zh-cn'],
		['/en', '/', 'en'],
		['/nope', '/', undefined],
		['/', '/', undefined],
		['/english/', '/', undefined],
		['/EN/cases/', '/', undefined],
		['/zh-CN/cases/', '/', undefined],
		['/repo/en/cases/x/', '/repo/', 'en'],
		['/repo/en/cases/x/', '/repo', 'en'],
		['/en/cases/x/', '/repo/', undefined],
		['/repo/nope/', '/repo/', undefined],
	])('%s under base %s → %s', (path, base, locale) => {
		expect(localeOfPath(path, base)).toBe(locale);
	});
});
