import { cardBytesTarget } from '../../src/lib/sharing/social-card.ts';
import type { FirstVisit } from './first-visit.ts';
import { checkFileBytes, formatKB, formatOverBudget, type FileBytes, type Size } from './sizes.ts';

/** Budgets in bytes (1 KB = 1,000 bytes), gzip. Written in the README with today's figures. */
export const budgets = {
	/** JS any page loads before interaction: Starlight's own plus ours, without the chart chunk. */
	jsBeforeInteractionGzip: 12_000,
	/** CSS any page loads (one shared stylesheet; print styles load only for print). */
	cssPerPageGzip: 12_000,
	/** The PayerMax case page's HTML, in each language. */
	payermaxHtmlGzip: 20_000,
	chartChunkGzip: 55_000,
	chartLoaderGzip: 2_000,
	/** Each language's search vocabulary, fetched only when a query needs correcting; grows with the companies of the corpus. */
	searchVocabularyGzip: 8_000,
	/** Every social card (`{locale}/cards/*.png`, `cards/site.png`), raw bytes: PNG does not gzip. */
	socialCardBytes: cardBytesTarget,
};

/** One measured line of `npm run size`, with its gzip budget when it has one. */
export interface SizeRow {
	what: string;
	size: Size;
	budgetGzip?: number;
}

/** What `npm run size` measured in a build. */
export interface SizeMeasures {
	/** The PayerMax case pages (they have charts). */
	casePages: FirstVisit[];
	/** A page without a chart. */
	plainPage: FirstVisit;
	/** The chart loader's entry module and the modules only the chart chunk adds. */
	loaderEntry: string;
	chartModules: string[];
	rows: SizeRow[];
	/** Every social card, with its `dist` folder for the message when there is none. */
	cards: FileBytes[];
	cardsDir: string;
}

/**
 * The size gate: every budget exceeded and every chart script loaded where it should not be, one
 * message each (empty when all hold), and the largest social card.
 */
export function judgeSizes(measures: SizeMeasures): { failures: string[]; largestCard: FileBytes | undefined } {
	const { casePages, plainPage, loaderEntry, chartModules, rows, cards, cardsDir } = measures;
	const failures: string[] = [];
	for (const page of casePages) {
		const early = page.jsModules.filter((path) => chartModules.includes(path));
		if (early.length > 0) failures.push(`${page.urlPath} loads chart code before any chart nears the viewport: ${early.join(', ')}`);
		if (!page.jsModules.includes(loaderEntry)) failures.push(`${page.urlPath} does not load the chart loader although it has charts`);
	}
	if (plainPage.jsModules.some((path) => path === loaderEntry || chartModules.includes(path)))
		failures.push(`${plainPage.urlPath} has no chart but loads chart code`);
	for (const row of rows) {
		if (row.budgetGzip !== undefined && row.size.gzip > row.budgetGzip)
			failures.push(`${row.what}: ${formatKB(row.size.gzip)} gzip > budget ${formatKB(row.budgetGzip)}`);
	}
	const checked = checkFileBytes(cards, budgets.socialCardBytes);
	if (cards.length === 0) failures.push(`no social card in ${cardsDir}: the build writes one per case and language`);
	for (const card of checked.over)
		failures.push(`social card ${formatOverBudget(card, budgets.socialCardBytes)}: a card grows with its text; shorten that case's title or metric labels`);
	return { failures, largestCard: checked.largest };
}
