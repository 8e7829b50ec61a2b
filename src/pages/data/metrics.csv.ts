import { getOpenDataFiles } from '../../queries/open-data.ts';

/** `/data/metrics.csv`: one row per figure of each entry of cases.json, UTF-8 with a byte order mark for Excel. */
export async function GET() {
	const { metricsCsv } = await getOpenDataFiles();
	return new Response(metricsCsv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
