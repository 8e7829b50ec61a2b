import { describe, expect, test } from 'vitest';
import { toHeadContent } from '../../../src/components/overrides/head-entries';
import { escapeHtml } from '../../../src/lib/sharing/escape-html';
import { jsonLdHead, serializeJsonForScript } from '../../../src/lib/sharing/json-ld';

const payloads = [
	'</script><script>window.__pwned=1</script>',
	'<!--<script>',
	'"><img src=x onerror=alert(1)>',
	'恶意 </title>＜全角＞ & 飞书 R&D',
	'line\u2028separator\u2029paragraph',
	']]><![CDATA[',
];

describe('serializeJsonForScript', () => {
	test.each(payloads)('%j stays the same data and cannot end or re-read the script element', (text) => {
		const json = serializeJsonForScript({ name: text, list: [text] });
		expect(JSON.parse(json)).toEqual({ name: text, list: [text] });
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
	});

	test('escapes with JSON escapes, not HTML entities', () => {
		expect(serializeJsonForScript({ title: '</script> & 飞书' })).toBe('{"title":"\\u003c/script\\u003e \\u0026 飞书"}');
	});

	test('jsonLdHead gives Starlight a script entry whose content is that JSON', () => {
		expect(jsonLdHead({ name: '<b>PayerMax：飞书</b>' })).toEqual({
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content: '{"name":"\\u003cb\\u003ePayerMax：飞书\\u003c/b\\u003e"}',
		});
	});
});

describe('escapeHtml', () => {
	test('shows every character as written once parsed as HTML', () => {
		expect(escapeHtml(`"><img src=x onerror='alert(1)'> &amp; 飞书`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp;amp; 飞书');
	});

	test('leaves text without markup characters alone, full-width punctuation included', () => {
		expect(escapeHtml('PayerMax：用飞书打通海内外团队协同（↑50%）')).toBe('PayerMax：用飞书打通海内外团队协同（↑50%）');
	});
});

describe('toHeadContent', () => {
	test('a title is text, whatever it contains', () => {
		expect(toHeadContent('title', '</title><script>alert(1)</script> | 客户案例报告')).toEqual({
			kind: 'text',
			text: '</title><script>alert(1)</script> | 客户案例报告',
		});
	});

	test('entries without content have none', () => {
		expect(toHeadContent('meta', undefined)).toEqual({ kind: 'none' });
		expect(toHeadContent('link', '')).toEqual({ kind: 'none' });
	});

	test('script and style content is written as it is when it cannot end its element', () => {
		const json = serializeJsonForScript({ headline: '</script><script>alert(1)</script>' });
		expect(toHeadContent('script', json)).toEqual({ kind: 'raw', html: json });
		expect(toHeadContent('style', ':root { --x: "a > b"; }')).toEqual({ kind: 'raw', html: ':root { --x: "a > b"; }' });
	});

	test.each([
		['script', '{"a":"</script><script>alert(1)</script>"}', '</script'],
		['script', '{"a":"<!--<script>"}', '<!--'],
		['script', '{"a":"</SCRIPT >"}', '</script'],
		['style', 'p{}</style><script>alert(1)</script>', '</style'],
	])('refuses a <%s> whose content could end it early: %j', (tag, content, sequence) => {
		expect(() => toHeadContent(tag, content)).toThrow(`contains "</${tag}" or "<!--"`);
		expect(content.toLowerCase()).toContain(sequence);
	});

	test('refuses content in any other element: it would be HTML', () => {
		expect(() => toHeadContent('noscript', '<img src=x onerror=alert(1)>')).toThrow('only <title> (text), <script> and <style> may carry content');
	});
});
