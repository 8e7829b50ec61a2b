import { describe, expect, test } from 'vitest';
import { SearchModal } from './pages/search-modal.ts';
import { useBuiltSite } from './support/site.ts';

const site = useBuiltSite();

describe('search in the built site', () => {
	test.for([
		{ locale: 'zh-cn', button: '搜索', query: '审批', title: 'PayerMax：用飞书打通海内外团队协同的跨境支付公司', message: /找到 \d+ 个与 审批 相关的结果/ },
		{ locale: 'en', button: 'Search', query: 'handover', title: 'PayerMax: how a cross-border payments company joined up its teams with Feishu', message: /\d+ results? for handover/ },
	])('$locale: "$query" finds the PayerMax case, in the page language', async ({ locale, button, query, title, message }, { skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/${locale}/`);
		const search = new SearchModal(page);
		await search.open(button);
		await search.search(query);
		// The case comes first; tag pages that list it may follow.
		expect((await search.resultTitles())[0]).toBe(title);
		expect(await search.message()).toMatch(message);
		await page.close();
	});

	test('an empty result speaks Chinese on a Chinese page', async ({ skip }) => {
		if (!site.browser) return skip('no Chromium');
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/zh-cn/`);
		const search = new SearchModal(page);
		await search.open('搜索');
		await search.search('zzqx');
		expect(await search.resultTitles()).toEqual([]);
		expect(await search.message()).toBe('未找到与 zzqx 相关的结果');
		await page.close();
	});
});
