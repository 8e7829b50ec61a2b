import type { Tag } from '../../schemas/taxonomy.ts';
import type { CorpusIndex } from '../corpus/corpus.ts';
import { formatSpreadRange } from '../corpus/format-spread.ts';
import { summarizeTag, type TagSummary } from '../corpus/tag-summary.ts';
import { dateTimeFormat } from '../i18n/intl-cache.ts';
import { localeToLang, locales, type Locale } from '../i18n/locales.ts';
import { toPagedTitle } from '../i18n/paged-title.ts';
import { joinSentences, toSentence, uiText } from '../i18n/ui-text.ts';
import { formatMetric } from '../metrics/format-metric.ts';
import { urls } from '../urls.ts';
import type { QueuedCard } from './card-prefetch.ts';
import type { CardModel } from './social-card.ts';
import { socialCardHead } from './social-card-head.ts';

/** What a tag page says when it is shared: in its title, description, card and the card's alt text. */
export interface TagShareText {
	/** "Approvals — 3 cases" / "审批：3 个案例". */
	title: string;
	/** What the tag is, how many cases, a headline figure. */
	description: string;
	/** The card's words as sentences, for `og:image:alt`. */
	cardAlt: string;
	/** The card without the site name. */
	card: Omit<CardModel, 'siteName'>;
}

/**
 * The words of a shared tag page in `locale`. `labelOf` gives an outcome category's label in that
 * language. Figures are formatted from the language-neutral facts, so an untranslated case adds
 * no text of the other language.
 */
export function getTagShareText(tag: Tag, summary: TagSummary, locale: Locale, labelOf: (tagId: string) => string): TagShareText {
	const lang = localeToLang(locale);
	const label = tag.label[lang];
	const facet = uiText(locale, `facet.${tag.facet}`);
	const cases = uiText(locale, 'cases.count', { count: summary.total });
	const spreads = summary.spreads.map((spread) => ({
		outcome: labelOf(spread.category),
		range: formatSpreadRange(spread, locale),
		cases: uiText(locale, 'cases.count', { count: spread.cases }),
	}));
	// Nothing comparable across cases: the newest case's figure stands for the tag.
	const newestMetric = spreads.length === 0 ? summary.newest?.metric : undefined;
	const latest = newestMetric && { company: summary.newest!.company, outcome: labelOf(newestMetric.category), figure: formatMetric(newestMetric, locale) };
	const headlines = [
		...spreads.map((spread) => uiText(locale, 'tag.shareSpread', spread)),
		...(latest ? [uiText(locale, 'tag.shareLatest', { ...latest, figure: latest.figure.value })] : []),
	];
	const summaryText = uiText(locale, 'tag.shareSummary', { label, facet, cases });
	const description = tag.description?.[lang];
	return {
		title: uiText(locale, 'tag.shareTitle', { label, cases }),
		description: joinSentences([...(description ? [toSentence(description, locale)] : []), summaryText, ...headlines.slice(0, 1)], locale),
		cardAlt: joinSentences([summaryText, ...headlines], locale),
		card: {
			kicker: facet,
			title: label,
			...(description ? { subtitle: description } : {}),
			figures: [
				{
					value: cases,
					label: summary.newest ? uiText(locale, 'tag.cardNewest', { date: formatCardDate(summary.newest.reportDate, locale) }) : '',
					direction: 'none' as const,
				},
				...spreads.map((spread) => ({ value: spread.range, label: `${spread.outcome} · ${spread.cases}`, direction: 'none' as const })),
				...(latest ? [{ value: latest.figure.value, label: `${latest.company} · ${latest.outcome}`, direction: latest.figure.direction }] : []),
			],
		},
	};
}

/** "Dec 12, 2025" / "2025年12月12日": short enough for one line under a figure. */
function formatCardDate(isoDate: string, locale: Locale): string {
	return dateTimeFormat(localeToLang(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The social card of a tag page. */
export function toTagCardModel(text: TagShareText, locale: Locale): CardModel {
	return { siteName: uiText(locale, 'root.title'), ...text.card };
}

/**
 * The head entries of a tag page, replacing Starlight's: its own `<title>` and `og:title` ("Approvals
 * — 3 cases · Customer case reports"; later pages add "Page 2 of 3"), `og:type` website (a list, not
 * an article) and its own card with alt text. `cardUrl` is absolute.
 */
export function buildTagPageHead(options: { text: TagShareText; siteName: string; locale: Locale; page: number; pages: number; cardUrl: string }) {
	const { text, siteName, locale, page, pages, cardUrl } = options;
	const title = toPagedTitle(text.title, locale, page, pages);
	return [
		{ tag: 'title' as const, content: `${title} · ${siteName}` },
		{ tag: 'meta' as const, attrs: { property: 'og:title', content: title } },
		{ tag: 'meta' as const, attrs: { property: 'og:type', content: 'website' } },
		...socialCardHead(cardUrl, text.cardAlt),
	];
}

/**
 * The social cards of every tag with a case, in every language (`{locale}/cards/tags/{tag}.png`):
 * the same list whether the build's pages or the card worker compute it, so the worker's cards are
 * the ones the pages want. Tags the taxonomy lacks are skipped (the content check reports them).
 */
export function listTagCards(index: CorpusIndex, tags: readonly Tag[]): QueuedCard[] {
	const byId = new Map(tags.map((tag) => [tag.id, tag]));
	const cards: QueuedCard[] = [];
	for (const [tagId, slugs] of index.tagIndex) {
		const tag = byId.get(tagId);
		if (!tag) continue;
		const summary = summarizeTag(
			tag,
			slugs.map((slug) => index.bySlug.get(slug)!)
		);
		for (const locale of locales) {
			const text = getTagShareText(tag, summary, locale, (id) => byId.get(id)?.label[localeToLang(locale)] ?? id);
			cards.push({ model: toTagCardModel(text, locale), file: urls.tagCardFile(locale, tagId) });
		}
	}
	return cards;
}
