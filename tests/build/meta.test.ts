import { previewOrigin } from '../../src/lib/urls.ts';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readBuiltPage } from '../support/built-site';

/** Width, height and the number of distinct grey levels of an 8-bit RGB(A) PNG: enough to tell a card from a blank. */
function inspectPng(file: string): { width: number; height: number; shades: number } {
	const png = readFileSync(file);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const channels = png[25] === 6 ? 4 : 3;
	const chunks: Buffer[] = [];
	for (let offset = 8; offset < png.length;) {
		const length = png.readUInt32BE(offset);
		if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
		offset += length + 12;
	}
	const raw = inflateSync(Buffer.concat(chunks));
	const shades = new Set<number>();
	// Sample the first byte of every pixel's row position (filters aside, distinct values show there is drawing).
	for (let index = 0; index < raw.length; index += channels * 7) shades.add(raw[index]!);
	return { width, height, shades: shades.size };
}

const site = previewOrigin;
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
		// The social card: a case's and a tag page's own, the site's elsewhere; it exists and is 1200×630.
		const image = meta('meta[property="og:image"]')!;
		const ownCards: Record<string, string> = {
			'cases/payermax/': `${site}/${locale}/cards/payermax.png`,
			'tags/approvals/': `${site}/${locale}/cards/tags/approvals.png`,
		};
		expect(image).toBe(ownCards[type] ?? `${site}/cards/site.png`);
		expect(meta('meta[name="twitter:image"]')).toBe(image);
		expect(existsSync(`dist${new URL(image).pathname}`)).toBe(true);
		const alternates = Object.fromEntries(
			page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])
		);
		expect(alternates).toEqual({ 'zh-CN': `${site}/zh-cn/${type}`, en: `${site}/en/${type}`, 'x-default': `${site}/zh-cn/${type}` });
	});
});

describe('social cards', () => {
	test.each([
		'dist/zh-cn/cards/payermax.png',
		'dist/en/cards/payermax.png',
		'dist/zh-cn/cards/tags/approvals.png',
		'dist/en/cards/tags/approvals.png',
		'dist/cards/site.png',
	])('%s is a 1200×630 image with content', (file) => {
		const { width, height, shades } = inspectPng(file);
		expect([width, height]).toEqual([1200, 630]);
		// A blank or flat image has one or two; text, rules and figures in a few colours with their
		// anti-aliasing have more (the site card has 18 after the palette merges near shades).
		expect(shades).toBeGreaterThan(8);
	});
});
