import { getOpenDataFiles } from '../../queries/open-data.ts';

/** `/data/cases.schema.json`: the JSON Schema that cases.json names in its `$schema`. */
export async function GET() {
	const { casesJsonSchema } = await getOpenDataFiles();
	return new Response(casesJsonSchema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
}
