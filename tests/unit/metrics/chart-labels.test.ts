import { expect, test } from 'vitest';
import { getChartLabels } from '../../../src/lib/metrics/chart-labels.ts';

test('every chart word exists in both languages, in the language asked for', () => {
	const zh = getChartLabels('zh-cn');
	const en = getChartLabels('en');
	expect(Object.keys(zh)).toEqual(Object.keys(en));
	for (const labels of [zh, en]) for (const text of Object.values(labels)) expect(text).not.toBe('');
	expect({ zh: zh.count, en: en.count }).toEqual({ zh: '案例数', en: 'Cases' });
});

test('a multiple is written as the figures are: in the language of an untranslated case on the other language’s page', () => {
	expect({ zh: getChartLabels('zh-cn').multiple, en: getChartLabels('en').multiple }).toEqual({ zh: '{{factor}} 倍', en: '{{factor}}×' });
	expect(getChartLabels('en', 'zh-cn')).toMatchObject({ count: 'Cases', multiple: '{{factor}} 倍' });
});
