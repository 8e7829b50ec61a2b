import { describe, expect, test } from 'vitest';
import { urls } from '../../../src/lib/urls';

describe('urls', () => {
	test.each(['/', '/sub-path/'])('pages under the base %s', (base) => {
		const root = base.replace(/\/$/, '');
		expect(urls.case(base, 'zh-cn', 'payermax')).toBe(`${root}/zh-cn/cases/payermax/`);
		expect(urls.metric(base, 'en', 'payermax', 'response-speed')).toBe(`${root}/en/cases/payermax/#metric-response-speed`);
		expect(urls.absolute(urls.case(base, 'en', 'payermax'), 'https://cases.example')).toBe(`https://cases.example${root}/en/cases/payermax/`);
		// A figure's link lands on the element its case page gives it.
		expect(urls.metric(base, 'en', 'payermax', 'response-speed').endsWith(`#${urls.metricAnchor('response-speed')}`)).toBe(true);
		expect(urls.tag(base, 'en', 'approvals')).toBe(`${root}/en/tags/approvals/`);
		expect(urls.tag(base, 'en', 'approvals', 2)).toBe(`${root}/en/tags/approvals/page/2/`);
		expect(urls.embed(base, 'zh-cn', 'payermax')).toBe(`${root}/zh-cn/embed/payermax/`);
	});

	test.each(['/', '/sub-path/'])('social cards under the base %s', (base) => {
		const root = base.replace(/\/$/, '');
		expect(urls.caseCard(base, 'zh-cn', 'payermax')).toBe(`${root}/zh-cn/cards/payermax.png`);
		expect(urls.tagCard(base, 'en', 'approvals')).toBe(`${root}/en/cards/tags/approvals.png`);
		expect(urls.siteCard(base)).toBe(`${root}/cards/site.png`);
	});

	test("a card's file in the output folder is its URL under the root, without the leading slash", () => {
		expect(urls.caseCardFile('zh-cn', 'payermax')).toBe('zh-cn/cards/payermax.png');
		expect(urls.tagCardFile('en', 'approvals')).toBe('en/cards/tags/approvals.png');
		expect(`/${urls.caseCardFile('en', 'acme')}`).toBe(urls.caseCard('/', 'en', 'acme'));
		expect(`/${urls.tagCardFile('zh-cn', 'sso')}`).toBe(urls.tagCard('/', 'zh-cn', 'sso'));
	});
});
