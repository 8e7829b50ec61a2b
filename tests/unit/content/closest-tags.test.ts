import { describe, expect, test } from 'vitest';
import { getClosestTagIds } from '../../../src/lib/content/check-case-tags';
import type { Tag } from '../../../src/schemas/taxonomy';

const tag = (id: string, facet: Tag['facet'], en: string, zh: string, aliases: string[] = []) => ({ id, facet, label: { en, 'zh-CN': zh }, aliases }) as Tag;
const tags = [
	tag('fintech', 'industries', 'Fintech', '金融科技', ['FinTech']),
	tag('cross-border-payments', 'industries', 'Cross-border payments', '跨境支付', ['global payments']),
	tag('retail', 'industries', 'Retail', '零售'),
	tag('sso', 'capabilities', 'Single sign-on', '单点登录', ['SSO']),
];

describe('the closest tag ids of a misspelled one', () => {
	test.each([
		['fintec', 'industries', ['fintech']],
		['payments', 'industries', ['cross-border-payments']],
		['跨境支付', 'industries', ['cross-border-payments']],
		['single-sign-on', 'capabilities', ['sso']],
		['payments', 'capabilities', []],
		['logistics', 'industries', []],
	] as const)('%s in %s → %j', (id, facet, expected) => {
		expect(getClosestTagIds(id, tags, facet)).toEqual(expected);
	});
});
