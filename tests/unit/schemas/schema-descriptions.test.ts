import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { getDescription, unwrapSchema } from '../../../src/lib/content/zod-problems.ts';
import { caseSchema } from '../../../src/schemas/case.ts';
import { taxonomyEntrySchema } from '../../../src/schemas/taxonomy.ts';

type AnySchema = z.core.$ZodType;

/** Every field path of an object schema, walking nested objects and arrays of objects. */
function listFields(schema: AnySchema, prefix = ''): { path: string; schema: AnySchema }[] {
	let current = unwrapSchema(schema);
	for (let def = current._zod.def; def.type === 'array'; def = current._zod.def) current = unwrapSchema((def as unknown as { element: AnySchema }).element);
	const def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> };
	if (def.type !== 'object' || !def.shape) return [];
	return Object.entries(def.shape).flatMap(([key, field]) => [{ path: prefix + key, schema: field }, ...listFields(field, `${prefix}${key}.`)]);
}

describe('schemas document themselves', () => {
	test.each([
		['case', caseSchema, 'metrics.saved.each'],
		['taxonomy entry', taxonomyEntrySchema, 'label.zh-CN'],
	] as const)('every field of the %s schema has a description', (_name, schema, deepField) => {
		const fields = listFields(schema);
		expect(fields.map((field) => field.path)).toContain(deepField);
		expect(fields.filter((field) => !getDescription(field.schema)).map((field) => field.path)).toEqual([]);
	});
});
