/**
 * Writes schemas/*.schema.json from the Zod schemas, for editors (see .vscode/settings.json):
 *   npm run schema          (a test fails when the committed files are out of date)
 */
import { writeFileSync } from 'node:fs';
import { generateJsonSchemas } from '../tools/schema/json-schema.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
	console.log('Usage: npm run schema\nWrites schemas/case-frontmatter.schema.json and schemas/taxonomy.schema.json from src/schemas.');
	process.exit(0);
}
for (const [name, schema] of Object.entries(generateJsonSchemas())) {
	writeFileSync(`schemas/${name}`, `${JSON.stringify(schema, null, '\t')}\n`);
	console.log(`✔ schemas/${name}`);
}
