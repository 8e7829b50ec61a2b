import type { CaseData } from '../../schemas/case.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { formatDerivedMetric } from '../metrics/derive-metric.ts';
import { formatMetric, type FormattedMetric } from '../metrics/format-metric.ts';
import { getCaseSearchTerms } from '../search/search-terms.ts';
import type { Facet } from '../taxonomy/facets.ts';
import { urls } from '../urls.ts';
import { formatReportDate } from './format-date.ts';

export interface TagView {
	id: string;
	label: string;
	facet: Facet;
}

export interface MetricView extends FormattedMetric {
	id: string;
	label: string;
	note?: string;
	/** What the figure means beyond itself: "快 72 倍 · 用时 −98.6%". */
	derived?: string;
	category: TagView;
	/** The anchor of this figure: `metric-{id}`. */
	anchor: string;
}

/** Everything a case page shows, resolved for one reader language. */
export interface CaseView {
	slug: string;
	/** The reader's locale (the URL's). */
	locale: Locale;
	/** The locale the text is written in; differs from `locale` on an untranslated fallback page. */
	contentLocale: Locale;
	contentLang: string;
	/**
	 * The `lang` attribute for text in the file's language: its language on an untranslated fallback
	 * page, undefined where it is the page's own (then inherited, not repeated on every element).
	 */
	textLang: string | undefined;
	isFallback: boolean;
	/** What a reviewer still has to check, when the case is a draft (only `npm run dev` shows drafts). */
	draft?: { review: string[] };
	title: string;
	description: string;
	company: {
		name: string;
		business: string;
		positioning?: string;
		size: TagView;
		sizeNote?: string;
		regions: TagView[];
		website?: string;
	};
	product: TagView;
	industries: TagView[];
	capabilities: TagView[];
	challenges: TagView[];
	gaps: TagView[];
	metrics: MetricView[];
	/** The metrics as data, for charts. */
	metricData: Metric[];
	/** The case file, for error messages of author-facing components. */
	file: string;
	/** Names of all its tags in every language, with aliases: what search finds it by besides its text. */
	searchTerms: string[];
	source: { url: string; publisher: string; basis?: string };
	reportDate: { iso: string; text: string };
}

/** Resolves tag ids to labels in the reader's language; unknown ids never get here (the loader checks them). */
export function createTagResolver(tags: Tag[], locale: Locale) {
	const byId = new Map(tags.map((tag) => [tag.id, tag]));
	const lang = localeToLang(locale);
	return (id: string): TagView => {
		const tag = byId.get(id);
		if (!tag) throw new Error(`Unknown tag "${id}": the cases loader should have reported it`);
		return { id, label: tag.label[lang], facet: tag.facet };
	};
}

/**
 * The view of one case for a reader in `locale`. Labels of tags and the formatting of figures and
 * dates follow the reader's language; the prose (title, labels of metrics) stays in the file's.
 */
export function toCaseView(options: { slug: string; locale: Locale; contentLocale: Locale; data: CaseData; tags: Tag[]; file?: string }): CaseView {
	const { slug, locale, contentLocale, data, tags } = options;
	const tag = createTagResolver(tags, locale);
	return {
		slug,
		locale,
		contentLocale,
		contentLang: localeToLang(contentLocale),
		textLang: locale === contentLocale ? undefined : localeToLang(contentLocale),
		isFallback: locale !== contentLocale,
		...(data.draft ? { draft: { review: data.review } } : {}),
		title: data.title,
		description: data.description,
		company: {
			name: data.company.name,
			business: data.company.business,
			positioning: data.company.positioning,
			size: tag(data.company.size),
			sizeNote: data.company.sizeNote,
			regions: data.company.regions.map(tag),
			website: data.company.website,
		},
		product: tag(data.product),
		industries: data.industries.map(tag),
		capabilities: data.capabilities.map(tag),
		challenges: data.challenges.map(tag),
		gaps: data.gaps.map(tag),
		metrics: data.metrics.map((metric) => ({
			...formatMetric(metric, contentLocale),
			id: metric.id,
			label: metric.label,
			note: metric.note,
			derived: formatDerivedMetric(metric, contentLocale),
			category: tag(metric.category),
			anchor: urls.metricAnchor(metric.id),
		})),
		metricData: data.metrics,
		file: options.file ?? `content/cases/${contentLocale}/${slug}.mdx`,
		searchTerms: getCaseSearchTerms(data, new Map(tags.map((item) => [item.id, item]))),
		source: data.source,
		reportDate: { iso: data.reportDate, text: formatReportDate(data.reportDate, locale) },
	};
}
