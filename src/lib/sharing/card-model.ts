import type { CaseView } from '../cases/case-view.ts';
import type { Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import type { CardModel } from './social-card.ts';

/** What the social card of a case shows: the site, company · industry, title, three figures. */
export function toCardModel(view: CaseView, locale: Locale): CardModel {
	return {
		siteName: uiText(locale, 'root.title'),
		kicker: [view.company.name, ...view.industries.slice(0, 1).map((tag) => tag.label)].join(' · '),
		title: view.title,
		figures: view.metrics.slice(0, 3).map((metric) => ({ value: metric.value, label: metric.label, direction: metric.direction })),
	};
}

/**
 * The card of every page that is not a case (`/cards/site.png`), in both languages: the site's
 * name in each, the tagline in Chinese first (the site's default) and in English below.
 */
export function getSiteCardModel(): CardModel {
	return {
		siteName: '',
		kicker: `${uiText('zh-cn', 'root.title')} · ${uiText('en', 'root.title')}`,
		title: uiText('zh-cn', 'siteCard.tagline'),
		subtitle: uiText('en', 'siteCard.tagline'),
		figures: [],
	};
}
