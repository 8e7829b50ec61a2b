import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { buildEmbedSnippet, estimateEmbedHeight } from '../../../src/lib/sharing/embed-snippet';
import type { Metric } from '../../../src/schemas/metric';

const site = 'https://cases.example';

describe('buildEmbedSnippet', () => {
	test('an iframe to the embed and the script, with absolute URLs', () => {
		const snippet = buildEmbedSnippet({ embedUrl: `${site}/zh-cn/embed/payermax/`, scriptUrl: `${site}/embed.js`, title: 'PayerMax · 关键数据', height: 720 });
		expect(snippet).toBe(
			`<iframe src="${site}/zh-cn/embed/payermax/" title="PayerMax · 关键数据" loading="lazy" style="width:100%;border:0" height="720"></iframe>\n<script src="${site}/embed.js" async></script>`
		);
	});

	test.each(['"><script>alert(1)</script>', "O'Brien & Söhne「飞书」", '</iframe><img src=x onerror=alert(1)>'])(
		'a company name %j stays the title text',
		(name) => {
			const snippet = buildEmbedSnippet({ embedUrl: `${site}/en/embed/x/`, scriptUrl: `${site}/embed.js`, title: `${name} · Key figures`, height: 600 });
			const html = parse(snippet);
			expect(html.querySelectorAll('iframe')).toHaveLength(1);
			expect(html.querySelectorAll('script')).toHaveLength(1);
			expect(html.querySelectorAll('img')).toHaveLength(0);
			expect(html.querySelector('iframe')!.getAttribute('title')).toBe(`${name} · Key figures`);
		}
	);
});

describe('estimateEmbedHeight', () => {
	const metric = (kind: Metric['kind']) => ({ kind }) as Metric;
	test('grows with the figures and the chart rows the embed shows', () => {
		const one = estimateEmbedHeight([metric('value')]);
		expect(estimateEmbedHeight([metric('value'), metric('value'), metric('value')])).toBeGreaterThan(one);
		expect(estimateEmbedHeight([metric('change')])).toBeGreaterThan(one);
		expect(estimateEmbedHeight([metric('change'), metric('saved')])).toBeGreaterThan(estimateEmbedHeight([metric('change'), metric('change')]));
	});

	test('PayerMax (six figures, three improvements, two times): within the height it has in a 720 px column', () => {
		const payermax = ['change', 'change', 'change', 'before-after', 'saved', 'value'].map((kind) => metric(kind as Metric['kind']));
		expect(estimateEmbedHeight(payermax)).toBeGreaterThan(1200);
		expect(estimateEmbedHeight(payermax)).toBeLessThanOrEqual(1448);
	});

	test('stays bounded however many figures a case has', () => {
		expect(estimateEmbedHeight(Array.from({ length: 500 }, () => metric('change')))).toBe(4000);
	});
});
