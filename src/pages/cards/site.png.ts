import { getSiteCardModel } from '../../lib/sharing/card-model.ts';
import { renderCard } from '../../lib/sharing/render-card.ts';

/** `/cards/site.png`: the card of every page that is not a case, in both languages (Chinese first, as the site's default). */
export async function GET() {
	const png = await renderCard(getSiteCardModel());
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
