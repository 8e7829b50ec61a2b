import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { localeToLang, type Locale } from '../../../lib/i18n/locales.ts';
import { renderCard } from '../../../lib/sharing/render-card.ts';
import { getCaseView, getCorpus } from '../../../queries/corpus.ts';

/** `/{locale}/cards/{slug}.png`: the social card of a case in a language. */
export async function getStaticPaths() {
	const { routes } = await getCorpus();
	return routes.map((route) => ({ params: { locale: route.locale, slug: route.slug } }));
}

export async function GET({ params }: APIContext) {
	const locale = params.locale as Locale;
	const view = await getCaseView(params.slug!, locale);
	const strings = ((await getCollection('i18n')).find((entry) => entry.id.toLowerCase() === localeToLang(locale).toLowerCase())?.data ?? {}) as Record<string, string>;
	const png = await renderCard({
		siteName: strings['root.title'] ?? '',
		kicker: [view.company.name, ...view.industries.slice(0, 1).map((tag) => tag.label)].join(' · '),
		title: view.title,
		figures: view.metrics.slice(0, 3).map((metric) => ({ value: metric.value, label: metric.label, direction: metric.direction })),
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
