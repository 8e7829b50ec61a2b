import type { CaseView } from '../cases/case-view.ts';
import type { Locale } from '../i18n/locales.ts';
import { joinSentences, toSentence } from '../i18n/ui-text.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The feed of a language (`/{locale}/rss.xml`): the newest cases written or translated in that
 * language. An untranslated case is left out of the other language's feed rather than included
 * with a mark: a feed is read outside the site, item by item, where a notice like the fallback
 * page's cannot travel with it; its `<language>` would be wrong for that item; and the language's
 * search index already leaves fallbacks out. The case joins the feed when its translation is
 * published (its report date decides where it sits).
 */

/** At most this many items, so the feed never grows with the corpus. */
export const feedItemLimit = 50;

/** The Atom namespace, for the feed's `<atom:link rel="self">`. */
export const feedNamespaces = { atom: 'http://www.w3.org/2005/Atom' };

export interface FeedCandidate {
	slug: string;
	/** The language of the text the reader of this locale gets (another one on a fallback page). */
	contentLocale: Locale;
	/** `2025-10-17`: ISO dates sort as text. */
	reportDate: string;
}

/** The cases of the feed of `locale`: written in it, newest report first, then by slug, at most `limit`. */
export function selectFeedCases<T extends FeedCandidate>(candidates: readonly T[], locale: Locale, limit = feedItemLimit): T[] {
	return candidates
		.filter((candidate) => candidate.contentLocale === locale)
		.sort((a, b) => b.reportDate.localeCompare(a.reportDate) || a.slug.localeCompare(b.slug))
		.slice(0, limit);
}

/**
 * The text of an item: the case's description, then its headline figure (the first) as a sentence
 * of its own, as the case page words it: "Expense approval cycle: 5 days → 1 day." /
 * "费用审批周期：5 天 → 1 天。"
 */
export function toFeedText(view: Pick<CaseView, 'description' | 'metrics' | 'contentLocale'>): string {
	const locale = view.contentLocale;
	const headline = view.metrics[0];
	return joinSentences([toSentence(view.description, locale), ...(headline ? [toSentence(headline.text, locale)] : [])], locale);
}

export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	/** HTML to feed readers (RSS 2.0 entity-encodes HTML here): the text escaped, so `<img …>` reads as those characters. */
	description: string;
	categories: string[];
}

/** One item of the feed, linking to `link` (the case page's absolute URL). Titles and categories are plain text. */
export function toFeedItem(view: CaseView, link: string): FeedItem {
	return {
		title: view.title,
		link,
		pubDate: new Date(`${view.reportDate.iso}T00:00:00Z`),
		description: escapeHtml(toFeedText(view)),
		categories: view.industries.map((tag) => tag.label),
	};
}

/**
 * Channel elements @astrojs/rss has no option for, as its `customData`: the language and the
 * feed's own address (`atom:link rel="self"`, which feed validators ask for). The URL is escaped
 * for the XML attribute.
 */
export function feedChannelData(options: { lang: string; selfUrl: string }): string {
	return `<language>${escapeHtml(options.lang)}</language><atom:link href="${escapeHtml(options.selfUrl)}" rel="self" type="application/rss+xml"/>`;
}
