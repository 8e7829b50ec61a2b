/**
 * Size budgets of the built site: prints what a first visit downloads and the largest social card,
 * and fails (exit 1) when a budget is exceeded. Run after a build: `npm run build && npm run size`
 * (npm test does both).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstVisit } from '../tools/budgets/first-visit.ts';
import { createDistReader, getStaticClosure } from '../tools/budgets/js-graph.ts';
import { checkFileBytes, formatKB, formatOverBudget, listSocialCards, measure, sumSizes, type Size } from '../tools/budgets/sizes.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { cardBytesTarget } from '../src/lib/sharing/social-card.ts';
import { urls } from '../src/lib/urls.ts';

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

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
	console.log(
		'Usage: npm run size [-- --dist dist] [--json]\nPrints the bytes a first visit downloads and the largest social card, and checks the size budgets.'
	);
	process.exit(0);
}
const dist = values.dist;
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`✖ ${dist}/index.html not found: run \`npm run build\` first`);
	process.exit(1);
}

const readModule = createDistReader(dist);
const assets = readdirSync(join(dist, '_astro')).map((name) => `/_astro/${name}`);
const sizeOf = (urlPath: string): Size => measure(readFileSync(join(dist, urlPath)));
const measurePage = (urlPath: string) => measureFirstVisit(dist, urlPath, readModule);

const casePages = ['/zh-cn/cases/payermax/', '/en/cases/payermax/'].map(measurePage);
const plainPage = measurePage('/zh-cn/');
/** One page of each type in each language: case, tag page, cases browser, home. */
const pages = [...casePages, ...['/en/', '/zh-cn/cases/', '/en/cases/', '/zh-cn/tags/approvals/', '/en/tags/approvals/'].map(measurePage), plainPage];

const chartEntry = assets.find((path) => /\/metric-chart\.draw\.[\w-]+\.js$/.test(path));
const loaderEntry = assets.find((path) => path.endsWith('.js') && readModule(path).includes('customElements.define(`cs-metric-chart`'));
if (!chartEntry || !loaderEntry) {
	console.error(`✖ ${!chartEntry ? 'chart chunk (metric-chart.draw.*.js)' : 'chart loader (defines cs-metric-chart)'} not found in ${dist}/_astro`);
	process.exit(1);
}
const loadedAnyway = new Set(casePages[0]!.jsModules.filter((path) => path !== loaderEntry && !getStaticClosure([loaderEntry], readModule).includes(path)));
// The chart chunk's cost is what it adds on top of what the page already has.
const chartModules = getStaticClosure([chartEntry], readModule).filter((path) => !casePages[0]!.jsModules.includes(path));
const loaderModules = getStaticClosure([loaderEntry], readModule).filter((path) => !loadedAnyway.has(path));
const chartSize = sumSizes(chartModules.map(sizeOf));
// The search dialog's first open: its code (beyond what a page already loads) and its words in one language.
const dialogEntry = assets.find((path) => /\/site-search\.dialog\.[\w-]+\.js$/.test(path));
const dialogModules = dialogEntry ? getStaticClosure([dialogEntry], readModule).filter((path) => !plainPage.jsModules.includes(path)) : [];
const loaderSize = sumSizes(loaderModules.map(sizeOf));

const failures: string[] = [];
for (const page of casePages) {
	const early = page.jsModules.filter((path) => chartModules.includes(path));
	if (early.length > 0) failures.push(`${page.urlPath} loads chart code before any chart nears the viewport: ${early.join(', ')}`);
	if (!page.jsModules.includes(loaderEntry)) failures.push(`${page.urlPath} does not load the chart loader although it has charts`);
}
if (plainPage.jsModules.some((path) => path === loaderEntry || chartModules.includes(path)))
	failures.push(`${plainPage.urlPath} has no chart but loads chart code`);

interface Row {
	what: string;
	size: Size;
	budgetGzip?: number;
}
const rows: Row[] = [
	...pages.flatMap((page) => [
		{ what: `${page.urlPath} HTML`, size: page.html, budgetGzip: casePages.includes(page) ? budgets.payermaxHtmlGzip : undefined },
		{ what: `${page.urlPath} CSS`, size: page.css, budgetGzip: budgets.cssPerPageGzip },
		{ what: `${page.urlPath} JS before interaction (${page.jsModules.length} modules)`, size: page.js, budgetGzip: budgets.jsBeforeInteractionGzip },
	]),
	{ what: 'chart chunk (Chart.js, on demand)', size: chartSize, budgetGzip: budgets.chartChunkGzip },
	{ what: 'chart loader (custom element)', size: loaderSize, budgetGzip: budgets.chartLoaderGzip },
	...locales.map((locale) => ({
		what: `search vocabulary (${locale}, on demand)`,
		size: sizeOf(urls.searchVocabulary('/', locale)),
		budgetGzip: budgets.searchVocabularyGzip,
	})),
	...locales.map((locale) => ({
		what: `search dialog (${locale}, first open: code and words)`,
		size: sumSizes([...dialogModules.map(sizeOf), sizeOf(urls.searchStrings('/', locale))]),
	})),
];
for (const row of rows) {
	if (row.budgetGzip !== undefined && row.size.gzip > row.budgetGzip)
		failures.push(`${row.what}: ${formatKB(row.size.gzip)} gzip > budget ${formatKB(row.budgetGzip)}`);
}

const cardFiles = listSocialCards(dist);
const cards = checkFileBytes(
	cardFiles.map((file) => ({ file, bytes: statSync(file).size })),
	budgets.socialCardBytes
);
if (cardFiles.length === 0)
	failures.push(`no social card in ${join(dist, 'cards')} or ${join(dist, '{locale}', 'cards')}: the build writes one per case and language`);
for (const card of cards.over)
	failures.push(`social card ${formatOverBudget(card, budgets.socialCardBytes)}: a card grows with its text; shorten that case's title or metric labels`);

if (values.json) {
	console.log(
		JSON.stringify(
			{ rows, chartModules, loaderModules, cards: { count: cardFiles.length, largest: cards.largest, budget: budgets.socialCardBytes }, failures },
			null,
			2
		)
	);
} else {
	console.log(`${'what'.padEnd(58)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  budget (gzip)`);
	for (const { what, size, budgetGzip } of rows) {
		const verdict = budgetGzip === undefined ? '' : `  ≤ ${formatKB(budgetGzip)} ${size.gzip <= budgetGzip ? '✔' : '✖'}`;
		console.log(`${what.padEnd(58)} ${formatKB(size.raw).padStart(10)} ${formatKB(size.gzip).padStart(10)}${verdict}`);
	}
	if (cards.largest) {
		const { file, bytes } = cards.largest;
		const verdict = `  ≤ ${formatKB(budgets.socialCardBytes)} ${bytes <= budgets.socialCardBytes ? '✔' : '✖'} (raw)`;
		console.log(`${`largest of ${cardFiles.length} social cards: ${file}`.padEnd(58)} ${formatKB(bytes).padStart(10)} ${''.padStart(10)}${verdict}`);
	}
	console.log(failures.length === 0 ? '✔ all size budgets hold' : failures.map((failure) => `✖ ${failure}`).join('\n'));
}
process.exit(failures.length === 0 ? 0 : 1);
