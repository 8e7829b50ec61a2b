import { removeWhenDone } from '../../support/temp-files';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderCard } from '../../../src/lib/sharing/render-card';
import { cardBytesTarget, type CardModel } from '../../../src/lib/sharing/social-card';

/** The PayerMax cards (23.7 and 20.0 KB as lossless palette PNGs): the heaviest we have drawn. */
const models: Record<string, CardModel> = {
	en: {
		siteName: 'Customer case reports',
		kicker: 'PayerMax · Fintech',
		title: 'PayerMax: how a cross-border payments company joined up its teams with Feishu',
		figures: [
			{ value: '+50%', label: 'Response speed to global customer requests', direction: 'up' },
			{ value: '+98%', label: 'Customer handover efficiency', direction: 'up' },
			{ value: '≥ +80%', label: 'Efficiency of customer risk alerts', direction: 'up' },
		],
	},
	'zh-CN': {
		siteName: '客户案例报告',
		kicker: 'PayerMax · 金融科技',
		title: 'PayerMax：用飞书打通海内外团队协同的跨境支付公司',
		figures: [
			{ value: '↑50%', label: '全球客户需求响应速度', direction: 'up' },
			{ value: '↑98%', label: '客户交接效率', direction: 'up' },
			{ value: '↑80% 以上', label: '客户风险信息推送效率', direction: 'up' },
		],
	},
};

/** A dense Chinese card: a company name and a title as long as the card shows, two-line labels (24.7 KB at the first encoding). */
const longest: CardModel = {
	siteName: '客户案例报告',
	kicker: '某某某某某某某某某某某某某某某某集团股份有限公司 · 金融科技',
	title: '某某集团：用飞书打通海内外研发、销售、客服、风控与财务团队协同并重建审批、知识库和数据看板的跨境支付公司案例',
	figures: [
		{ value: '↑125% 以上', label: '全球客户需求的响应速度与满意度', direction: 'up' },
		{ value: '30 天 → 1 小时', label: '海外新员工入职交接的平均周期', direction: 'down' },
		{ value: '≈ ¥1,234.5 万/年', label: '每年节省的纸张、差旅与翻译费用', direction: 'down' },
	],
};

describe('social cards', () => {
	test.each(Object.entries({ ...models, longest }))('%s: a PNG of 1200×630 within the byte target', async (_, model) => {
		const png = await renderCard(model, removeWhenDone(mkdtempSync(join(tmpdir(), 'render-card-'))));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeLessThanOrEqual(cardBytesTarget);
	});
});
