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
import { budgets, judgeSizes, type SizeRow } from '../tools/budgets/size-gate.ts';
import { formatKB, listSocialCards, measure, sumSizes, type Size } from '../tools/budgets/sizes.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { urls } from '../src/lib/urls.ts';

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

const rows: SizeRow[] = [
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
const cardFiles = listSocialCards(dist);
const { failures, largestCard } = judgeSizes({
	casePages,
	plainPage,
	loaderEntry,
	chartModules,
	rows,
	cards: cardFiles.map((file) => ({ file, bytes: statSync(file).size })),
	cardsDir: `${join(dist, 'cards')} or ${join(dist, '{locale}', 'cards')}`,
});

if (values.json) {
	console.log(
		JSON.stringify(
			{ rows, chartModules, loaderModules, cards: { count: cardFiles.length, largest: largestCard, budget: budgets.socialCardBytes }, failures },
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
	if (largestCard) {
		const { file, bytes } = largestCard;
		const verdict = `  ≤ ${formatKB(budgets.socialCardBytes)} ${bytes <= budgets.socialCardBytes ? '✔' : '✖'} (raw)`;
		console.log(`${`largest of ${cardFiles.length} social cards: ${file}`.padEnd(58)} ${formatKB(bytes).padStart(10)} ${''.padStart(10)}${verdict}`);
	}
	console.log(failures.length === 0 ? '✔ all size budgets hold' : failures.map((failure) => `✖ ${failure}`).join('\n'));
}
process.exit(failures.length === 0 ? 0 : 1);
