import type { CaseData } from '../../schemas/case.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { CasesExport, OpenDataCase, OpenDataMetric, OpenDataTag } from '../../schemas/open-data.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { localeToLang, locales, type Locale } from '../i18n/locales.ts';
import { deriveMetric, formatDerivedMetric } from '../metrics/derive-metric.ts';
import { formatMetric } from '../metrics/format-metric.ts';
import { toHours } from '../metrics/units.ts';
import { urls } from '../urls.ts';

/** One case file as the content collection holds it. */
export interface ExportSource {
	slug: string;
	locale: Locale;
	data: CaseData;
}

export interface CasesExportOptions {
	/** The site's origin (Astro's `site`), for absolute URLs: data is read away from the site. */
	site: string;
	/** Astro's BASE_URL ("/" or "/sub-path/"). */
	base: string;
}

/**
 * Derived figures are floats (3 days → 1 hour is −98.61111111111111 %): 4 decimal places keep
 * the export readable and identical on every machine, and no reader needs more.
 */
function roundDerived(value: number): number {
	return Number(value.toFixed(4));
}

/** Locale order for sorting: the site's order, the default language first. */
const localeRank = new Map(locales.map((locale, index) => [locale, index]));

/** Slugs compare by code unit, not by `localeCompare`: the order must not depend on the machine's ICU data. */
function compareSources(a: ExportSource, b: ExportSource): number {
	if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1;
	return localeRank.get(a.locale)! - localeRank.get(b.locale)!;
}

function toDerived(metric: Metric): OpenDataMetric['derived'] {
	const derived: OpenDataMetric['derived'] = {};
	if (metric.before && metric.after) {
		derived.hoursBefore = toHours(metric.before.value, metric.before.unit);
		derived.hoursAfter = toHours(metric.after.value, metric.after.unit);
	}
	Object.assign(derived, deriveMetric(metric));
	return Object.fromEntries(
		Object.entries(derived)
			.filter(([, value]) => Number.isFinite(value))
			.map(([key, value]) => [key, roundDerived(value)])
	);
}

/** The figure keys of the frontmatter, as written (with the schema's defaults filled in). */
function toFigure(metric: Metric): Pick<OpenDataMetric, 'change' | 'multiplier' | 'before' | 'after' | 'saved' | 'value' | 'money'> {
	const { change, multiplier, before, after, saved, value, money } = metric;
	return {
		...(change && { change }),
		...(multiplier && { multiplier }),
		...(before && { before }),
		...(after && { after }),
		...(saved && { saved }),
		...(value && { value }),
		...(money && { money }),
	};
}

/**
 * The open data export of the published cases: one entry per case and language it is written in
 * (an untranslated case has one; the page in the other language shows that entry's text), sorted
 * by slug, then locale. Drafts are left out here too, so `astro dev`, which loads them, publishes
 * none. Pure and without timestamps: the same corpus gives the same bytes.
 */
export function buildCasesExport(sources: ExportSource[], tags: Tag[], options: CasesExportOptions): CasesExport {
	const { site, base } = options;
	const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
	const tag = (id: string): OpenDataTag => {
		const found = tagsById.get(id);
		if (!found) throw new Error(`Unknown tag "${id}": the cases loader should have reported it`);
		return { id, label: { 'zh-CN': found.label['zh-CN'], en: found.label.en } };
	};
	const published = sources.filter((source) => !source.data.draft).sort(compareSources);
	const localesBySlug = new Map<string, Locale[]>();
	for (const { slug, locale } of published) localesBySlug.set(slug, [...(localesBySlug.get(slug) ?? []), locale]);

	const toMetric = (metric: Metric, source: ExportSource): OpenDataMetric => {
		const own = formatMetric(metric, source.locale);
		const formatted = Object.fromEntries(
			locales.map((locale) => {
				const derived = formatDerivedMetric(metric, locale);
				return [localeToLang(locale), { value: formatMetric(metric, locale).value, ...(derived === undefined ? {} : { derived }) }];
			})
		) as OpenDataMetric['formatted'];
		return {
			id: metric.id,
			url: urls.absolute(urls.metric(base, source.locale, source.slug, metric.id), site),
			label: metric.label,
			...(metric.note === undefined ? {} : { note: metric.note }),
			category: tag(metric.category),
			qualifier: metric.qualifier,
			kind: metric.kind,
			...toFigure(metric),
			derived: toDerived(metric),
			text: own.text,
			formatted,
		};
	};

	const cases = published.map((source): OpenDataCase => {
		const { slug, locale, data } = source;
		const { company } = data;
		return {
			slug,
			locale,
			lang: localeToLang(locale),
			url: urls.absolute(urls.case(base, locale, slug), site),
			locales: localesBySlug.get(slug)!,
			title: data.title,
			description: data.description,
			company: {
				name: company.name,
				business: company.business,
				...(company.positioning === undefined ? {} : { positioning: company.positioning }),
				size: tag(company.size),
				...(company.sizeNote === undefined ? {} : { sizeNote: company.sizeNote }),
				regions: company.regions.map(tag),
				...(company.website === undefined ? {} : { website: company.website }),
			},
			product: tag(data.product),
			industries: data.industries.map(tag),
			capabilities: data.capabilities.map(tag),
			challenges: data.challenges.map(tag),
			gaps: data.gaps.map(tag),
			source: { url: data.source.url, publisher: data.source.publisher, ...(data.source.basis === undefined ? {} : { basis: data.source.basis }) },
			reportDate: data.reportDate,
			metrics: data.metrics.map((metric) => toMetric(metric, source)),
		};
	});
	return { $schema: urls.absolute(urls.casesJsonSchema(base), site), site: urls.absolute(base, site), locales: [...locales], cases };
}
