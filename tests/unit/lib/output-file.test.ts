import { describe, expect, test } from 'vitest';
import { outputFileOf } from '../../../src/lib/search/output-file';

describe('outputFileOf', () => {
	test('a page is written to index.html in its folder, under the base', () => {
		expect(outputFileOf('/en/cases/payermax/', '/')).toBe('en/cases/payermax/index.html');
		expect(outputFileOf('/cases-site/en/cases/payermax/', '/cases-site')).toBe('en/cases/payermax/index.html');
		expect(outputFileOf('/cases-site/en/cases/payermax/', '/cases-site/')).toBe('en/cases/payermax/index.html');
		expect(outputFileOf('/', '/')).toBe('index.html');
		expect(outputFileOf('/cases-site', '/cases-site/')).toBe('index.html');
		expect(outputFileOf('/404', '/')).toBe('404.html');
	});

	test('encoded paths name the file as written', () => {
		expect(outputFileOf('/zh-cn/tags/%E5%AE%A1%E6%89%B9/', '/')).toBe('zh-cn/tags/审批/index.html');
	});

	test('feeds, cards and paths outside the base are not pages', () => {
		expect(outputFileOf('/en/rss.xml', '/')).toBeUndefined();
		expect(outputFileOf('/en/cards/payermax.png', '/')).toBeUndefined();
		expect(outputFileOf('/elsewhere/en/', '/cases-site/')).toBeUndefined();
	});
});
