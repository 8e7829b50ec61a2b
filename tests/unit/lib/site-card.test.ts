import { describe, expect, test } from 'vitest';
import { getSiteCardModel } from '../../../src/lib/sharing/card-model.ts';

describe('the site card', () => {
	test('names the site in both languages, the Chinese tagline first and the English one below, no figures', () => {
		expect(getSiteCardModel()).toEqual({
			siteName: '',
			kicker: '客户案例报告 · Customer case reports',
			title: '企业如何使用协同套件，用数据说话',
			subtitle: 'How companies use collaboration suites, in figures',
			figures: [],
		});
	});
});
