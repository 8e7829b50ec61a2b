import type { APIContext } from 'astro';
import { getOpenDataFiles } from '../../queries/open-data.ts';

/** `/data/cases.json`: every published case in both languages, as open data (DESIGN.md §3). */
export async function GET(context: APIContext) {
	const { casesJson } = await getOpenDataFiles(context.site);
	return new Response(casesJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
