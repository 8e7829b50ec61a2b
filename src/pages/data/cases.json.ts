import { getOpenDataFiles } from '../../queries/open-data.ts';

/** `/data/cases.json`: every published case in both languages, as open data (DESIGN.md §3). */
export async function GET() {
	const { casesJson } = await getOpenDataFiles();
	return new Response(casesJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
