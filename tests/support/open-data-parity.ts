import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, localeToLang, type Locale } from '../../src/lib/i18n/locales.ts';
import { toCsvText } from '../../src/lib/open-data/csv.ts';
import { toMetricsCsvRows } from '../../src/lib/open-data/metrics-csv.ts';
import { generateCasesExportJsonSchema } from '../../src/lib/open-data/open-data-files.ts';
import { urls } from '../../src/lib/urls.ts';
import { casesExportSchema, type CasesExport } from '../../src/schemas/open-data.ts';
import { readBuiltPage, textOf } from './built-site.ts';
import { parseCsv } from './csv.ts';

/** Whitespace collapsed as `textOf` reads a page, for comparing a text with what the page shows. */
const collapse = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const langToLocale = new Map(locales.map((locale) => [localeToLang(locale), locale]));

/** The case pages a build wrote, `{locale}/{slug}`, without redirects from old slugs and the list pages. */
export function listBuiltCasePages(dir: string): { locale: Locale; slug: string }[] {
	return locales.flatMap((locale) =>
		readdirSync(join(dir, locale, 'cases'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name !== 'page')
			.map((entry) => ({ locale, slug: entry.name }))
			.filter(({ slug }) => !readBuiltPage(`/${locale}/cases/${slug}/`, dir).querySelector('meta[http-equiv="refresh"]'))
	);
}

/** cases.json of a built site, checked against the export's schema (strict: unknown fields fail). */
export function readCasesJson(dir: string): CasesExport {
	const json = JSON.parse(readFileSync(join(dir, 'data/cases.json'), 'utf8'));
	const parsed = casesExportSchema.safeParse(json);
	if (!parsed.success) throw new Error(`${dir}/data/cases.json does not match its schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
	return json;
}

/**
 * What differs between a built site's open data and its pages, one line per difference: every
 * case page has its entry (its own language's, or on an untranslated fallback page the language it
 * shows) and every entry its page; each key figure on a page is the entry's figure, label, derived
 * line and note; metrics.csv (after its byte order mark) is exactly the rows implied by cases.json;
 * cases.json names the schema published beside it. Empty when all agree.
 */
export function findOpenDataMismatches(dir: string): string[] {
	const problems: string[] = [];
	const data = readCasesJson(dir);
	const byKey = new Map(data.cases.map((entry) => [`${entry.locale}/${entry.slug}`, entry]));
	const pages = listBuiltCasePages(dir);
	const pageKeys = new Set(pages.map(({ locale, slug }) => `${locale}/${slug}`));

	for (const { locale, slug } of pages) {
		const page = readBuiltPage(`/${locale}/cases/${slug}/`, dir);
		const isFallback = page.querySelector('.cs-fallback') !== null;
		const contentLocale = isFallback ? langToLocale.get(page.querySelector('.cs-report')?.getAttribute('lang') as never) : locale;
		const entry = contentLocale && byKey.get(`${contentLocale}/${slug}`);
		if (!entry) {
			problems.push(`/${locale}/cases/${slug}/ has no entry ${contentLocale}/${slug} in cases.json`);
			continue;
		}
		if (textOf(page.querySelector('h1')) !== collapse(entry.title))
			problems.push(`/${locale}/cases/${slug}/ title: page "${textOf(page.querySelector('h1'))}", cases.json "${entry.title}"`);
		const shown = page.querySelectorAll('.cs-figures li').map((li) => ({
			anchor: li.id,
			value: textOf(li.querySelector('.cs-figure__value')),
			label: textOf(li.querySelector('.cs-figure__label')),
			derived: textOf(li.querySelector('.cs-figure__derived')),
			note: textOf(li.querySelector('.cs-figure__note')),
		}));
		const expected = entry.metrics.map((metric) => ({
			anchor: `metric-${metric.id}`,
			value: collapse(metric.formatted[entry.lang].value),
			label: collapse(metric.label),
			derived: collapse(metric.formatted[entry.lang].derived),
			note: collapse(metric.note),
		}));
		if (JSON.stringify(shown) !== JSON.stringify(expected))
			problems.push(`/${locale}/cases/${slug}/ key figures ${JSON.stringify(shown)} ≠ cases.json ${JSON.stringify(expected)}`);
	}

	for (const entry of data.cases) {
		const path = urls.case('/', entry.locale, entry.slug);
		if (!pageKeys.has(`${entry.locale}/${entry.slug}`)) problems.push(`cases.json ${entry.locale}/${entry.slug} has no page ${path}`);
		else if (readBuiltPage(path, dir).querySelector('.cs-fallback'))
			problems.push(`cases.json ${entry.locale}/${entry.slug}: ${path} is a fallback page, not this entry's`);
		if (new URL(entry.url).pathname !== path) problems.push(`cases.json ${entry.locale}/${entry.slug} url ${entry.url} is not ${path}`);
		for (const locale of locales)
			if (!pageKeys.has(`${locale}/${entry.slug}`)) problems.push(`cases.json has ${entry.slug}, but /${locale}/cases/${entry.slug}/ was not built`);
	}

	const csv = readFileSync(join(dir, 'data/metrics.csv'));
	if (!csv.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) problems.push('metrics.csv does not start with the UTF-8 byte order mark');
	const rows = parseCsv(csv.subarray(3).toString('utf8'));
	const implied = toMetricsCsvRows(data).map((row) => row.map(toCsvText));
	if (rows.length !== 1 + data.cases.reduce((sum, entry) => sum + entry.metrics.length, 0))
		problems.push(`metrics.csv has ${rows.length - 1} rows for ${data.cases.reduce((sum, entry) => sum + entry.metrics.length, 0)} figures in cases.json`);
	if (JSON.stringify(rows) !== JSON.stringify(implied)) problems.push('metrics.csv differs from the rows cases.json implies');

	if (new URL(data.$schema).pathname !== urls.casesJsonSchema('/')) problems.push(`cases.json $schema is ${data.$schema}`);
	const schema = JSON.parse(readFileSync(join(dir, 'data/cases.schema.json'), 'utf8'));
	if (JSON.stringify(schema) !== JSON.stringify(generateCasesExportJsonSchema(data.$schema)))
		problems.push('data/cases.schema.json is not the schema generated from src/schemas/open-data.ts');
	return problems;
}
