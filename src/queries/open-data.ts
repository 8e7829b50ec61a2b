import { parseCaseId } from '../lib/cases/case-files.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { buildCasesExport } from '../lib/open-data/cases-export.ts';
import { formatFileSize, toOpenDataFiles, type OpenDataFiles } from '../lib/open-data/open-data-files.ts';
import { urls } from '../lib/urls.ts';
import { getCorpus, getSiteLocation } from './corpus.ts';
import { getTags } from './taxonomy.ts';

let files: Promise<OpenDataFiles> | undefined;

/**
 * The open data files of the whole corpus (`/data/*`), made once per build: the three endpoints
 * and the insights page's download links (which show their sizes) share them.
 */
export function getOpenDataFiles() {
	files ??= (async () => {
		const [{ entries }, tags] = await Promise.all([getCorpus(), getTags()]);
		const sources = [...entries.values()].map((entry) => ({ ...parseCaseId(entry.id), data: entry.data }));
		const { site, base } = getSiteLocation();
		return toOpenDataFiles(buildCasesExport(sources, tags, { site: String(site), base }));
	})();
	return files;
}

/** The "Download the data" links of the insights page: where each file is and how large. */
export async function getOpenDataDownloads(locale: Locale) {
	const base = import.meta.env.BASE_URL;
	const { casesJson, metricsCsv } = await getOpenDataFiles();
	const size = (text: string) => formatFileSize(Buffer.byteLength(text), locale);
	return {
		casesJson: { href: urls.casesJson(base), size: size(casesJson) },
		casesJsonSchema: { href: urls.casesJsonSchema(base) },
		metricsCsv: { href: urls.metricsCsv(base), size: size(metricsCsv) },
	};
}
