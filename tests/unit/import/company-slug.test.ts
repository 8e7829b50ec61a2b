import { describe, expect, test } from 'vitest';
import { freeSlug, slugForCompany } from '../../../tools/import/company-slug';

describe('slugForCompany', () => {
	test.each([
		['PayerMax', 'https://www.feishu.cn/customers/PayerMax', 'payermax', 'name'],
		['云帆 Cloudsail', undefined, 'cloudsail', 'name'],
		['云帆物流', 'https://www.feishu.cn/customers/yunfan-logistics', 'yunfan-logistics', 'source URL'],
		['云帆物流', 'https://example.com/customers/8842', 'yun-fan-wu-liu', 'pinyin'],
		['重庆长安', 'https://example.com/case/a1b2c3d4e5', 'chong-qing-chang-an', 'pinyin'],
		['星河零售集团有限公司', undefined, 'xing-he-ling-shou', 'pinyin'],
		['吕氏绿能', undefined, 'lv-shi-lv-neng', 'pinyin'],
	])('%s (%s) → %s, from the %s', (name, url, slug, from) => {
		expect(slugForCompany(name, url)).toEqual({ slug, from });
	});

	test('every name gets a valid slug', () => {
		for (const name of ['云帆物流', '「星河」零售', '３Ｍ中国', '有限公司', '🙂', ' ']) expect(slugForCompany(name).slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});

describe('freeSlug', () => {
	test('keeps a free slug and numbers a taken one', () => {
		expect(freeSlug('yun-fan', () => false)).toBe('yun-fan');
		const taken = new Set(['yun-fan', 'yun-fan-2']);
		expect(freeSlug('yun-fan', (slug) => taken.has(slug))).toBe('yun-fan-3');
	});
});
