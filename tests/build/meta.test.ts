import { describe, expect, test } from 'vitest';
import { readBuiltPage } from '../support/built-site';

const site = 'http://127.0.0.1:4321';
const pageTypes = ['', 'cases/', 'cases/payermax/', 'tags/', 'tags/approvals/', 'industries/', 'insights/', 'contribute/'];

describe.each([
	{ locale: 'zh-cn', lang: 'zh-CN' },
	{ locale: 'en', lang: 'en' },
])('link-preview and language metadata in $locale', ({ locale, lang }) => {
	test.each(pageTypes)('/%s', (type) => {
		const path = `/${locale}/${type}`;
		const page = readBuiltPage(path);
		const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
		expect(page.querySelector('html')?.getAttribute('lang')).toBe(lang);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${path}`);
		expect(meta('meta[property="og:url"]')).toBe(`${site}${path}`);
		expect(meta('meta[property="og:title"]')).toBeTruthy();
		expect(meta('meta[property="og:description"]')).toBeTruthy();
		expect(meta('meta[name="description"]')).toBeTruthy();
		expect(meta('meta[property="og:locale"]')).toBe(lang);
		expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const alternates = Object.fromEntries(page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
		expect(alternates).toEqual({ 'zh-CN': `${site}/zh-cn/${type}`, en: `${site}/en/${type}`, 'x-default': `${site}/zh-cn/${type}` });
	});
});
