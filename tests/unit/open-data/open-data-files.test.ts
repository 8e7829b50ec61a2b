import { describe, expect, test } from 'vitest';
import type { CasesExport } from '../../../src/schemas/open-data.ts';
import { formatFileSize, generateCasesExportJsonSchema, toCasesJsonFile } from '../../../src/lib/open-data/open-data-files.ts';

type JsonSchema = {
	type?: string;
	description?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	required?: string[];
	additionalProperties?: unknown;
};

/** Every property of a JSON Schema, with its path. */
function listProperties(schema: JsonSchema, prefix = ''): { path: string; schema: JsonSchema }[] {
	if (schema.items) return listProperties(schema.items, `${prefix.replace(/\.$/, '')}[].`);
	return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [
		{ path: prefix + key, schema: property },
		...listProperties(property, `${prefix}${key}.`),
	]);
}

describe('the published JSON Schema of cases.json', () => {
	const schema = generateCasesExportJsonSchema('https://cases.example.com/data/cases.schema.json') as JsonSchema & Record<string, unknown>;

	test('names itself and the JSON Schema dialect', () => {
		expect(schema.$id).toBe('https://cases.example.com/data/cases.schema.json');
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.title).toContain('/data/cases.json');
	});

	test('describes every field, down to the figures in each language', () => {
		const properties = listProperties(schema);
		expect(properties.map((item) => item.path)).toEqual(
			expect.arrayContaining([
				'cases[].metrics[].derived.percentChange',
				'cases[].metrics[].formatted.zh-CN.value',
				'cases[].industries[].label.en',
				'cases[].metrics[].before.unit',
			])
		);
		expect(properties.filter((item) => !item.schema.description).map((item) => item.path)).toEqual([]);
	});

	test('is closed: a consumer can rely on no unknown field', () => {
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(['$schema', 'site', 'locales', 'cases']);
	});
});

describe('formatFileSize', () => {
	test.each([
		[820, 'en', '0.8 kB'],
		[25_340, 'en', '25.3 kB'],
		[25_340, 'zh-cn', '25.3 kB'],
		[2_512_000, 'en', '2.5 MB'],
	] as const)('%d bytes in %s', (bytes, locale, text) => {
		expect(formatFileSize(bytes, locale)).toBe(text);
	});
});

describe('toCasesJsonFile', () => {
	const entry = (slug: string) => ({ slug, title: `${slug} "quoted", 中文\nsecond line` }) as unknown as CasesExport['cases'][number];
	const data = {
		$schema: 'https://cases.example.com/data/cases.schema.json',
		site: 'https://cases.example.com/',
		locales: ['zh-cn', 'en'],
		cases: [entry('a'), entry('b')],
	} satisfies CasesExport;

	test('is the export as JSON, one case per line so that a changed case is a one-line diff', () => {
		const file = toCasesJsonFile(data);
		expect(JSON.parse(file)).toEqual(data);
		expect(file.split('\n')).toEqual([
			'{',
			'\t"$schema": "https://cases.example.com/data/cases.schema.json",',
			'\t"site": "https://cases.example.com/",',
			'\t"locales": ["zh-cn","en"],',
			'\t"cases": [',
			'\t\t{"slug":"a","title":"a \\"quoted\\", 中文\\nsecond line"},',
			'\t\t{"slug":"b","title":"b \\"quoted\\", 中文\\nsecond line"}',
			'\t]',
			'}',
			'',
		]);
	});

	test('an empty corpus is still valid JSON', () => {
		expect(JSON.parse(toCasesJsonFile({ ...data, cases: [] })).cases).toEqual([]);
	});
});
