import { describe, expect, test } from 'vitest';
import { buildCasesExport } from '../../../src/lib/open-data/cases-export.ts';
import { toCsvText } from '../../../src/lib/open-data/csv.ts';
import { metricsCsvColumns, toMetricsCsv, toMetricsCsvRows } from '../../../src/lib/open-data/metrics-csv.ts';
import { parseCsv } from '../../support/csv.ts';
import { loadFixtureCorpus } from '../../support/fixture-corpus.ts';

const options = { site: 'https://cases.example.com', base: '/' };

function exportOf(name: string) {
	const corpus = loadFixtureCorpus(`tests/fixtures/corpora/${name}`);
	const sources = (['zh-cn', 'en'] as const).flatMap((locale) => [...corpus.byLocale[locale]].map(([slug, data]) => ({ slug, locale, data })));
	return buildCasesExport(sources, corpus.tags, options);
}

/** Rows as a spreadsheet reads them back: every cell text. */
const asText = (rows: ReturnType<typeof toMetricsCsvRows>) => rows.map((row) => row.map(toCsvText));

describe('metrics.csv', () => {
	const data = exportOf('hostile-fields');
	const csv = toMetricsCsv(data);
	const rows = parseCsv(csv.slice(1));
	const header = rows[0]!;
	const column = (row: string[], name: string) => row[header.indexOf(name)];

	test('opens with a byte order mark and a header row', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(header).toEqual(metricsCsvColumns.map((item) => item.header));
		expect(header.slice(0, 6)).toEqual(['slug', 'locale', 'company', 'report_date', 'metric_id', 'label']);
	});

	test('has one row per figure of each entry of cases.json, in its order', () => {
		const expected = data.cases.flatMap((entry) => entry.metrics.map((metric) => [entry.slug, entry.locale, metric.id]));
		expect(rows.slice(1).map((row) => [column(row, 'slug'), column(row, 'locale'), column(row, 'metric_id')])).toEqual(expected);
	});

	test('hostile labels (quotes, angle brackets, line breaks) read back cell for cell', () => {
		expect(rows).toEqual(asText(toMetricsCsvRows(data)));
		const label = data.cases.find((entry) => entry.slug === 'hostile-fields' && entry.locale === 'en')!.metrics[0]!.label;
		expect(label).toContain('"><img');
		expect(rows.some((row) => column(row, 'label') === label)).toBe(true);
	});

	test('a before → after row: both durations, their hours and the derived figures, numbers unformatted', () => {
		const row = rows.find((item) => column(item, 'slug') === 'hostile-fields' && column(item, 'locale') === 'en' && column(item, 'metric_id') === 'cycle')!;
		expect(
			Object.fromEntries(
				[
					'kind',
					'value',
					'unit',
					'before_value',
					'before_unit',
					'after_value',
					'after_unit',
					'hours_before',
					'hours_after',
					'speedup',
					'percent_change',
					'formatted_value',
					'formatted_derived',
				].map((name) => [name, column(row, name)])
			)
		).toEqual({
			kind: 'before-after',
			value: '',
			unit: '',
			before_value: '2',
			before_unit: 'week',
			after_value: '2',
			after_unit: 'day',
			hours_before: '336',
			hours_after: '48',
			speedup: '7',
			percent_change: '-85.7143',
			formatted_value: '2 weeks → 2 days',
			formatted_derived: '7× faster · −85.7% time',
		});
	});

	test('each row has the label, category and formatting of its own language', () => {
		const row = rows.find((item) => column(item, 'slug') === 'hostile-fields' && column(item, 'locale') === 'zh-cn' && column(item, 'metric_id') === 'cycle')!;
		const entry = data.cases.find((item) => item.slug === 'hostile-fields' && item.locale === 'zh-cn')!;
		expect(column(row, 'formatted_value')).toBe('2 周 → 2 天');
		expect(column(row, 'category_label')).toBe(entry.metrics[1]!.category.label['zh-CN']);
		expect(column(row, 'label')).toBe(entry.metrics[1]!.label);
	});
});

describe('every kind of figure in the synthetic corpus', () => {
	const rows = toMetricsCsvRows(exportOf('synthetic'));
	const header = rows[0] as string[];
	const byKind = new Map(rows.slice(1).map((row) => [row[header.indexOf('kind')], row]));

	test.each([
		['change', 'percent'],
		['multiplier', 'times'],
		['value', 'country'],
		['saved', 'hour'],
	])('a %s row states its figure as one number and a unit', (kind, unit) => {
		const row = byKind.get(kind);
		expect(row, kind).toBeDefined();
		expect(typeof row![header.indexOf('value')]).toBe('number');
		expect(row![header.indexOf('unit')]).toBe(unit);
	});
});
