/**
 * Size budgets of the built site: prints what a first visit downloads and fails (exit 1) when a
 * budget is exceeded. Run after a build: `npm run build && npm run size` (npm test does both).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import { createDistReader, getStaticClosure, listImports } from '../src/lib/budgets/js-graph.ts';
import { formatKB, measure, sumSizes, type Size } from '../src/lib/budgets/sizes.ts';

/** Budgets in bytes (1 KB = 1,000 bytes), gzip. Written in the README with today's figures. */
export const budgets = {
	chartChunkGzip: 55_000,
	chartLoaderGzip: 2_000,
};

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
	console.log('Usage: npm run size [-- --dist dist] [--json]\nPrints the bytes a first visit downloads and checks the size budgets.');
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

/** What a first visit of a page downloads before any interaction: HTML, CSS and the JS module graph. */
function measurePage(urlPath: string) {
	const html = readFileSync(join(dist, urlPath, 'index.html'), 'utf8');
	const dom = parse(html);
	const entries = dom.querySelectorAll('script[type="module"][src], link[rel="modulepreload"]').map((el) => el.getAttribute('src') ?? el.getAttribute('href')!);
	// Inline module scripts may import chunks too.
	const inlineImports = dom
		.querySelectorAll('script[type="module"]:not([src])')
		.flatMap((el) => listImports(el.textContent, urlPath).static);
	const js = getStaticClosure([...entries, ...inlineImports], readModule);
	const css = dom.querySelectorAll('link[rel="stylesheet"]').map((el) => el.getAttribute('href')!).filter((href) => !href.includes('print'));
	const inlineJs = measure(dom.querySelectorAll('script:not([src])').map((el) => el.textContent).join('\n'));
	return { urlPath, html: measure(html), js, jsSize: sumSizes([...js.map(sizeOf), inlineJs]), cssSize: sumSizes(css.map(sizeOf)) };
}

const casePages = ['/zh-cn/cases/payermax/', '/en/cases/payermax/'].map(measurePage);
const plainPage = measurePage('/zh-cn/');

const chartEntry = assets.find((path) => /\/metric-chart\.draw\.[\w-]+\.js$/.test(path));
const loaderEntry = assets.find((path) => path.endsWith('.js') && readModule(path).includes('customElements.define(`cs-metric-chart`'));
if (!chartEntry || !loaderEntry) {
	console.error(`✖ ${!chartEntry ? 'chart chunk (metric-chart.draw.*.js)' : 'chart loader (defines cs-metric-chart)'} not found in ${dist}/_astro`);
	process.exit(1);
}
const loadedAnyway = new Set(casePages[0]!.js.filter((path) => path !== loaderEntry && !getStaticClosure([loaderEntry], readModule).includes(path)));
// The chart chunk's cost is what it adds on top of what the page already has.
const chartModules = getStaticClosure([chartEntry], readModule).filter((path) => !casePages[0]!.js.includes(path));
const loaderModules = getStaticClosure([loaderEntry], readModule).filter((path) => !loadedAnyway.has(path));
const chartSize = sumSizes(chartModules.map(sizeOf));
const loaderSize = sumSizes(loaderModules.map(sizeOf));

const failures: string[] = [];
for (const page of casePages) {
	const early = page.js.filter((path) => chartModules.includes(path));
	if (early.length > 0) failures.push(`${page.urlPath} loads chart code before any chart nears the viewport: ${early.join(', ')}`);
	if (!page.js.includes(loaderEntry)) failures.push(`${page.urlPath} does not load the chart loader although it has charts`);
}
if (plainPage.js.some((path) => path === loaderEntry || chartModules.includes(path))) failures.push(`${plainPage.urlPath} has no chart but loads chart code`);
if (chartSize.gzip > budgets.chartChunkGzip) failures.push(`chart chunk ${formatKB(chartSize.gzip)} gzip > budget ${formatKB(budgets.chartChunkGzip)}`);
if (loaderSize.gzip > budgets.chartLoaderGzip) failures.push(`chart loader ${formatKB(loaderSize.gzip)} gzip > budget ${formatKB(budgets.chartLoaderGzip)}`);

const report = {
	pages: [...casePages, plainPage].map((page) => ({ page: page.urlPath, html: page.html, css: page.cssSize, js: page.jsSize, jsModules: page.js.length })),
	chartChunk: { ...chartSize, budgetGzip: budgets.chartChunkGzip, modules: chartModules },
	chartLoader: { ...loaderSize, budgetGzip: budgets.chartLoaderGzip, modules: loaderModules },
	failures,
};

if (values.json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const row = (name: string, size: Size, budget?: number) =>
		`${name.padEnd(54)} ${formatKB(size.raw).padStart(10)} ${formatKB(size.gzip).padStart(10)}${budget ? `  ≤ ${formatKB(budget)} ${size.gzip <= budget ? '✔' : '✖'}` : ''}`;
	console.log(`${'what'.padEnd(54)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  budget`);
	for (const page of report.pages) {
		console.log(row(`${page.page} HTML`, page.html));
		console.log(row(`${page.page} CSS`, page.css));
		console.log(row(`${page.page} JS before interaction (${page.jsModules} modules)`, page.js));
	}
	console.log(row('chart chunk (Chart.js, on demand)', chartSize, budgets.chartChunkGzip));
	console.log(row('chart loader (custom element)', loaderSize, budgets.chartLoaderGzip));
	console.log(failures.length === 0 ? '✔ all size budgets hold' : failures.map((failure) => `✖ ${failure}`).join('\n'));
}
process.exit(failures.length === 0 ? 0 : 1);
