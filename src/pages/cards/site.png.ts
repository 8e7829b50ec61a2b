import { renderCard } from '../../lib/sharing/render-card.ts';

/** `/cards/site.png`: the card of every page that is not a case, in both languages. */
export async function GET() {
	const png = await renderCard({
		siteName: '',
		kicker: '客户案例报告 · Customer case reports',
		title: '企业如何使用协同套件，用数据说话',
		subtitle: 'How companies use collaboration suites, in figures',
		figures: [],
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
