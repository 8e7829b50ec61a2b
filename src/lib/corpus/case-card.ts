import type { CaseView, TagView } from '../cases/case-view.ts';
import { urls } from '../urls.ts';
import { getLanguageBadge, type LanguageBadge } from './language-badge.ts';

/** What a list shows of a case: enough to choose it, never its body. */
export interface CaseCard {
	slug: string;
	href: string;
	title: string;
	description: string;
	company: string;
	industries: TagView[];
	/** The case's first figure (authors list the most important first). */
	headline?: { value: string; label: string; anchor: string; direction: 'up' | 'down' | 'none' };
	reportDate: { iso: string; text: string };
	/** The language of the title and figure (differs from the page's on an untranslated case). */
	contentLang: string;
	isFallback: boolean;
	/** Set on an untranslated case: every list shows it, so the reader knows before opening it. */
	languageBadge?: LanguageBadge;
}

/** The figure a case is shown by in lists and search results: its first (authors list the most important first). */
export function getHeadline(view: CaseView): CaseCard['headline'] {
	const first = view.metrics[0];
	return first ? { value: first.value, label: first.label, anchor: first.anchor, direction: first.direction } : undefined;
}

export function toCaseCard(view: CaseView, base: string): CaseCard {
	return {
		slug: view.slug,
		href: urls.case(base, view.locale, view.slug),
		title: view.title,
		description: view.description,
		company: view.company.name,
		industries: view.industries,
		headline: getHeadline(view),
		reportDate: view.reportDate,
		contentLang: view.contentLang,
		isFallback: view.isFallback,
		languageBadge: getLanguageBadge(view.locale, view.contentLocale),
	};
}
