import { uiText } from '../../lib/i18n/ui-text.ts';
import { renderCard } from '../../lib/sharing/render-card.ts';

/** `/cards/site.png`: the card of every page that is not a case, in both languages (Chinese first, as the site's default). */
export async function GET() {
	const png = await renderCard({
		siteName: '',
		kicker: `${uiText('zh-cn', 'root.title')} · ${uiText('en', 'root.title')}`,
		title: uiText('zh-cn', 'siteCard.tagline'),
		subtitle: uiText('en', 'siteCard.tagline'),
		figures: [],
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
