import { readFileSync } from 'node:fs';
import { getCaseRoutes } from '../cases/case-routes.ts';
import { listCaseFiles } from '../cases/case-files.ts';
import { toCaseView } from '../cases/case-view.ts';
import { getCasesDir, getTaxonomyDir } from '../content/content-root.ts';
import { checkFileSize } from '../content/parse-case-body.ts';
import { parseCaseFile } from '../content/parse-case-file.ts';
import { indexCorpus } from '../corpus/corpus.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { readTaxonomy } from '../taxonomy/read-taxonomy.ts';
import type { CaseData } from '../../schemas/case.ts';
import type { QueuedCard } from './card-prefetch.ts';
import { toCardModel } from './card-model.ts';
import { listTagCards } from './tag-sharing.ts';
import { urls } from '../urls.ts';

/**
 * The social cards (cases and tags) of a content root, read straight from its files (the build's pages compute the
 * same from the content collection): lets a worker start drawing before Astro has loaded anything.
 * Files that do not parse are left out; the build reports them. Drafts are left out as the build
 * leaves them out (this runs only for builds).
 */
export function listCorpusCards(contentRoot: string): QueuedCard[] {
	const casesDir = getCasesDir(contentRoot);
	const tags = readTaxonomy(getTaxonomyDir(contentRoot));
	const entries = new Map<string, { data: CaseData; file: string }>();
	for (const { locale, slug, path } of listCaseFiles(casesDir).files) {
		const source = readFileSync(path, 'utf8');
		// The loader refuses an oversized file; a worker must not parse one before it does.
		if (checkFileSize(path, source)) continue;
		const parsed = parseCaseFile(path, source);
		// Drafts: a build has no page, so no card, for them (and a fallback's card shows the published text).
		if (parsed.success && !parsed.data.draft) entries.set(`${locale}/${slug}`, { data: parsed.data, file: path });
	}
	const routes = getCaseRoutes([...entries.keys()]);
	const caseCards = routes.map((route) => {
		const entry = entries.get(route.entryId)!;
		const view = toCaseView({ slug: route.slug, locale: route.locale, contentLocale: route.contentLocale, data: entry.data, tags, file: entry.file });
		return { model: toCardModel(view, route.locale), file: urls.caseCardFile(route.locale, route.slug) };
	});
	// Tag cards from the language-neutral facts, taken as the build takes them (src/queries/corpus.ts).
	const index = indexCorpus(
		routes.filter((route) => route.locale === defaultLocale).map((route) => ({ slug: route.slug, data: entries.get(route.entryId)!.data }))
	);
	return [...caseCards, ...listTagCards(index, tags)];
}
