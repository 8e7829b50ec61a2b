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

describe('social cards', () => {
	test.each(Object.entries(models))('%s: a PNG of 1200×630 within the byte target', async (_, model) => {
		const png = await renderCard(model, mkdtempSync(join(tmpdir(), 'render-card-')));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeLessThanOrEqual(cardBytesTarget);
	});
});
