import { z } from 'astro/zod';
import { casesExportSchema, type CasesExport } from '../../schemas/open-data.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { numberFormat } from '../i18n/intl-cache.ts';
import { toMetricsCsv } from './metrics-csv.ts';

/** The files under `/data/`, as the site publishes them. */
export interface OpenDataFiles {
	casesJson: string;
	casesJsonSchema: string;
	metricsCsv: string;
}

/** Tab-indented with a final newline, for the schema: read by people and editors, small. */
function toJsonFile(data: unknown): string {
	return `${JSON.stringify(data, null, '\t')}\n`;
}

/**
 * cases.json with one case per line: a changed case is a one-line diff, and the file is a third
 * smaller than indented JSON (1,000 cases per language: ~6 MB instead of ~9, gzip ~0.4 MB either way).
 */
export function toCasesJsonFile(data: CasesExport): string {
	const { cases, ...header } = data;
	return [
		'{',
		...Object.entries(header).map(([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)},`),
		'\t"cases": [',
		...cases.map((entry, index) => `\t\t${JSON.stringify(entry)}${index < cases.length - 1 ? ',' : ''}`),
		'\t]',
		'}',
		'',
	].join('\n');
}

/** The JSON Schema of cases.json, generated from the export's Zod schema (as `npm run schema` does for the frontmatter). */
export function generateCasesExportJsonSchema(schemaUrl: string): Record<string, unknown> {
	const { $schema, ...schema } = z.toJSONSchema(casesExportSchema, { io: 'output', unrepresentable: 'any' });
	return { $schema, $id: schemaUrl, title: 'Customer case reports: open data (/data/cases.json)', ...schema };
}

/** The three files of one export; cases.json's `$schema` names the schema's URL. */
export function toOpenDataFiles(data: CasesExport): OpenDataFiles {
	return { casesJson: toCasesJsonFile(data), casesJsonSchema: toJsonFile(generateCasesExportJsonSchema(data.$schema)), metricsCsv: toMetricsCsv(data) };
}

/** A download's size for its link: "0.8 kB", "25.3 kB", "2.5 MB" (1 kB = 1,000 bytes; Intl has no short "byte" in every language). */
export function formatFileSize(bytes: number, locale: Locale): string {
	const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
	return numberFormat(localeToLang(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
