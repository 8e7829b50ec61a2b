import { z } from 'astro/zod';
import { caseSchema } from '../../src/schemas/case.ts';
import { taxonomyFileSchema } from '../../src/schemas/taxonomy.ts';

/** JSON Schemas of what authors write, generated from the Zod schemas (editors validate and complete with them). */
export function generateJsonSchemas(): Record<string, object> {
	const toSchema = (schema: z.ZodType, title: string) => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title });
	return {
		'case-frontmatter.schema.json': toSchema(caseSchema, 'Case frontmatter (content/cases/<locale>/<slug>.mdx)'),
		'taxonomy.schema.json': toSchema(taxonomyFileSchema, 'Taxonomy facet (content/taxonomy/<facet>.yml)'),
	};
}
