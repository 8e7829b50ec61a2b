import { previewOrigin } from '../../src/lib/urls.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatFileSize } from '../../src/lib/open-data/open-data-files.ts';
import { readBuiltPage, textOf } from '../support/built-site.ts';
import { findOpenDataMismatches, listBuiltCasePages, readCasesJson } from '../support/open-data-parity.ts';

/**
 * /data/cases.json and /data/metrics.csv against the pages of the same build: the real site and
 * the fixture sites of `npm run build:fixtures` (hostile-fields has an untranslated case and text
 * that needs CSV quoting; synthetic every kind of figure but money). Drafts: fixture-builds.test.ts.
 */
describe.each(['dist', 'dist-fixtures/synthetic', 'dist-fixtures/hostile-fields'])('the open data of %s', (dir) => {
	test('agrees with the case pages: an entry per page and a page per entry, the same key figures, the CSV rows cases.json implies', () => {
		const pages = listBuiltCasePages(dir);
		expect(pages.length).toBeGreaterThan(0);
		expect(readCasesJson(dir).cases.length).toBeGreaterThan(0);
		expect(findOpenDataMismatches(dir)).toEqual([]);
	});
});

test('the real site publishes PayerMax in both languages, its handover cycle with the hours and the change', () => {
	const data = readCasesJson('dist');
	expect(data.cases.map((entry) => `${entry.locale}/${entry.slug}`)).toEqual(['zh-cn/payermax', 'en/payermax']);
	const cycle = data.cases[0]!.metrics.find((metric) => metric.id === 'handover-cycle');
	expect(cycle).toMatchObject({
		before: { value: 3, unit: 'day' },
		after: { value: 1, unit: 'hour' },
		derived: { hoursBefore: 72, hoursAfter: 1, speedup: 72, percentChange: -98.6111 },
		formatted: { 'zh-CN': { value: '3 天 → 1 小时' }, en: { value: '3 days → 1 hour' } },
	});
	expect(data.$schema).toBe(`${previewOrigin}/data/cases.schema.json`);
});

describe.each([
	{ locale: 'zh-cn', heading: '下载数据', json: '全部案例', csv: '全部数据指标' },
	{ locale: 'en', heading: 'Download the data', json: 'All cases', csv: 'All figures' },
] as const)('the insights page in $locale', ({ locale, heading, json, csv }) => {
	test('offers the data for download, with the size of each file', () => {
		const page = readBuiltPage(`/${locale}/insights/`);
		const section = page.querySelector('section[aria-labelledby="insights-download"]');
		expect(textOf(section?.querySelector('h2'))).toBe(heading);
		const link = (href: string) => section?.querySelector(`a[href="${href}"]`);
		expect(textOf(link('/data/cases.json'))).toBe(json);
		expect(textOf(link('/data/metrics.csv'))).toBe(csv);
		expect(link('/data/cases.json')?.hasAttribute('download')).toBe(true);
		expect(link('/data/cases.schema.json')).not.toBeNull();
		const sizes = section?.querySelectorAll('.cs-downloads__format').map(textOf);
		const size = (file: string) => formatFileSize(statSync(join('dist', file)).size, locale);
		expect(sizes).toEqual([
			`JSON${locale === 'zh-cn' ? '，' : ', '}${size('data/cases.json')}`,
			`CSV${locale === 'zh-cn' ? '，' : ', '}${size('data/metrics.csv')}`,
		]);
	});
});
