import { buildEmbedScript } from '../lib/sharing/embed-script.ts';

/** `/embed.js`: the script a partner's page loads once to size the site's embeds (src/lib/sharing/embed-script.ts). */
export function GET() {
	return new Response(buildEmbedScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
