import { defaultLocale, localeLabels, localeToLang, locales, type Locale } from '../lib/i18n/locales.ts';
import { uiText, type UiTextKey } from '../lib/i18n/ui-text.ts';
import { urls } from '../lib/urls.ts';

/** The not-found message of one language: what happened, the search and the ways back in. */
export interface NotFoundView {
	locale: Locale;
	lang: string;
	/** The language's own name, for the page that shows every language. */
	language: string;
	title: string;
	text: string;
	next: string;
	search: { label: string; href: string };
	links: { label: string; href: string }[];
}

/** The not-found message in `locale`, its words from the UI strings of that language (the root 404 page shows every language). */
export function getNotFoundView(locale: Locale): NotFoundView {
	const lang = localeToLang(locale);
	const say = (key: UiTextKey) => uiText(locale, key);
	const base = import.meta.env.BASE_URL;
	return {
		locale,
		lang,
		language: localeLabels[locale],
		title: say('notFound.title'),
		text: say('notFound.text'),
		next: say('notFound.next'),
		// Without JavaScript the search box is a link to the cases list (as on the home page).
		search: { label: say('home.search'), href: urls.cases(base, locale) },
		links: [
			{ label: say('home.allCases'), href: urls.cases(base, locale) },
			{ label: say('tag.allTags'), href: urls.tags(base, locale) },
			{ label: say('nav.home'), href: urls.home(base, locale) },
		],
	};
}

/** The not-found message in every language, the default language first: the root 404 page serves every path on hosts that have only that one. */
function getNotFoundViews(): NotFoundView[] {
	return [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)].map(getNotFoundView);
}

/** The root 404 page: the message in every language, titled with every language's title ("页面不存在 · Page not found"). */
export function getRootNotFoundPage(): { title: string; views: NotFoundView[] } {
	const views = getNotFoundViews();
	return { title: views.map((view) => view.title).join(' · '), views };
}
