import { describe, expect, test } from 'vitest';
import { byteOrderMark, formatCsvNumber, toCsv, toCsvField } from '../../../src/lib/open-data/csv.ts';
import { parseCsv } from '../../support/csv.ts';

describe('toCsvField', () => {
	test.each([
		['plain text', 'Response speed', 'Response speed'],
		['a comma', 'Sales, marketing', '"Sales, marketing"'],
		['quotes, doubled', 'the "global" team', '"the ""global"" team"'],
		['a line feed', 'line one\nline two', '"line one\nline two"'],
		['a CRLF', 'line one\r\nline two', '"line one\r\nline two"'],
		['Chinese with full-width punctuation, which no spreadsheet splits', '全球客户需求响应速度，提升“50%”', '全球客户需求响应速度，提升“50%”'],
		['Chinese with an ASCII comma', '飞书, Feishu', '"飞书, Feishu"'],
		['mixed CJK and Latin with quotes', '客户 "360" 视图', '"客户 ""360"" 视图"'],
		['an empty text', '', ''],
	])('%s', (_what, text, field) => {
		expect(toCsvField(text)).toBe(field);
	});

	test('an absent value is an empty field', () => {
		expect(toCsvField(undefined)).toBe('');
	});

	test.each([
		['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
		['+1 more', "'+1 more"],
		['-5 days', "'-5 days"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tindented', "'\tindented"],
	])('text a spreadsheet would run as a formula opens as text: %j', (text, field) => {
		expect(toCsvField(text)).toBe(field);
	});
});

describe('formatCsvNumber', () => {
	test.each([
		[50, '50'],
		[99.5, '99.5'],
		[-98.6111, '-98.6111'],
		[2_000_000, '2000000'],
		[1e21, '1000000000000000000000'],
		[1e-7, '0.0000001'],
		[-0, '0'],
		[Number.NaN, ''],
		[Number.POSITIVE_INFINITY, ''],
	])('%d → %j: no grouping, no exponent, no unit', (value, text) => {
		expect(formatCsvNumber(value)).toBe(text);
	});

	test('a negative number stays a number, not text behind an apostrophe', () => {
		expect(toCsvField(-98.6111)).toBe('-98.6111');
	});
});

describe('toCsv', () => {
	const rows = [
		['slug', 'label', 'value'],
		['payermax', '全球客户需求响应速度', 50],
		['payermax', 'Handover, "cycle"', -98.6111],
		['payermax', 'two\nlines', undefined],
	];

	test('starts with the UTF-8 byte order mark Excel needs for Chinese, and ends every record with CRLF', () => {
		const csv = toCsv(rows);
		expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.startsWith(byteOrderMark)).toBe(true);
		expect(csv).toBe(`\uFEFFslug,label,value\r\npayermax,全球客户需求响应速度,50\r\npayermax,"Handover, ""cycle""",-98.6111\r\npayermax,"two\nlines",\r\n`);
	});

	test('reads back as the same cells, numbers as their plain text', () => {
		const csv = toCsv(rows);
		expect(parseCsv(csv.slice(1))).toEqual(rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell)))));
	});

	test('a header and no rows is one record', () => {
		expect(toCsv([['slug', 'label']])).toBe('\uFEFFslug,label\r\n');
	});
});

describe('the test CSV reader is strict', () => {
	test.each([
		['a stray quote', 'a,b"c\r\n'],
		['a bare line feed between records', 'a,b\nc,d\r\n'],
		['text after a closing quote', '"a"b,c\r\n'],
		['an unterminated quote', '"a,b\r\n'],
	])('%s is an error', (_what, csv) => {
		expect(() => parseCsv(csv)).toThrow();
	});
});
