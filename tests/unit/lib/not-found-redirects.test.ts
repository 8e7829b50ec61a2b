import { expect, test } from 'vitest';
import { buildNotFoundRedirects } from '../../../src/lib/sharing/not-found-redirects';

test("Netlify serves each language's not-found page under its path, with status 404, under the site's sub-path too", () => {
	expect(buildNotFoundRedirects(['zh-cn', 'en'], '/')).toBe('/zh-cn/* /zh-cn/404.html 404\n/en/* /en/404.html 404\n');
	expect(buildNotFoundRedirects(['zh-cn', 'en'], '/cases-site/')).toBe(
		'/cases-site/zh-cn/* /cases-site/zh-cn/404.html 404\n/cases-site/en/* /cases-site/en/404.html 404\n'
	);
});
