/**
 * Build benchmark on a synthetic corpus: writes N cases per language (report-length text, every
 * kind of figure, tags across all facets) into a temporary content root, builds it through
 * CONTENT_DIR from a cold cache, and prints build time, peak memory, pages, dist and Pagefind
 * sizes, what a first visit of each page type downloads and what the first search query
 * downloads. Then edits one case and rebuilds with every cache warm. With --reference it builds
 * plain Starlight with the same pages and ends with the targets of the "one content pipeline"
 * issue, as ratios from this one run.
 *   npm run bench [-- --cases 100] [--reference] [--json] [--keep] [--warm-cards]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, hasChromium, launchChromium } from '../tools/browser/launch-chromium.ts';
import { defaultLocale, locales } from '../src/lib/i18n/locales.ts';
import { appendToTitle, figureEditReached, raiseFirstFigure, readCasePage } from '../tools/bench/case-edit.ts';
import { removeContentCaches } from '../tools/bench/content-cache.ts';
import { countPages, measureDirectory } from '../tools/bench/directory-size.ts';
import { benchQueries, measureFirstSearchQuery, siteSearchUi, starlightSearchUi, type SearchUi } from '../tools/bench/first-search-query.ts';
import { largestPageByRoute } from '../tools/bench/page-growth.ts';
import { sampleProcessTreeMemory } from '../tools/bench/process-tree-memory.ts';
import { writeReferenceSite } from '../tools/bench/reference-site.ts';
import type { SearchBytes } from '../tools/bench/search-bytes.ts';
import { compareTarget, distTarget, formatRatio, formatTargets, verdictMark, type Target } from '../tools/bench/targets.ts';
import { measureFirstVisit } from '../tools/budgets/first-visit.ts';
import { createDistReader } from '../tools/budgets/js-graph.ts';
import { formatKB } from '../tools/budgets/sizes.ts';
import { writeSyntheticCorpus } from '../tools/synthetic/write-corpus.ts';

const usage = `Usage: npm run bench [-- --cases 100] [--reference] [--json] [--keep] [--warm-cards]
  --cases N      synthetic cases per language (default 100)
  --reference    also build plain Starlight with the same pages (the baseline), compare, and judge
                 the targets that need it (build time, peak memory, case page HTML, first search query)
  --json         print one JSON object instead of tables
  --keep         keep the temporary content, dist and cache folders
  --warm-cards   keep social cards drawn by earlier runs (default: a cold card cache)
Always measured: a cold build, the first search query in each language in the system Chromium
(${chromiumPath}, set CHROMIUM_PATH; skipped without it), and a rebuild with every cache warm
after raising one figure of synthetic-0001 (both languages) and editing its English title.`;
const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '100' },
		json: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		'warm-cards': { type: 'boolean', default: false },
		reference: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}
const count = Number(values.cases);
if (!Number.isInteger(count) || count < 1) {
	console.error(`✖ --cases must be a whole number ≥ 1, got "${values.cases}"\n${usage}`);
	process.exit(1);
}
const log = (line: string) => values.json || console.log(line);
const work = mkdtempSync(join(tmpdir(), 'case-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
/** The plain Starlight project of --reference, inside this project (see writeReferenceSite). */
let referenceSite: string | undefined;

/**
 * Removes the temporary folders unless --keep: the work folder, and the content cache that
 * astro.config.mjs gives this content root under node_modules/.astro (named after its path).
 */
function cleanUp() {
	if (values.keep) return log(`Kept ${work}, its content cache under node_modules/.astro${referenceSite ? ` and the baseline site ${referenceSite}` : ''}`);
	rmSync(work, { recursive: true, force: true });
	removeContentCaches(work);
}
function fail(message: string): never {
	console.error(message);
	cleanUp();
	process.exit(1);
}

log(`Generating ${count} synthetic cases × 2 languages in ${content}`);
writeSyntheticCorpus(content, count, { paragraphs: 18 });
const source = measureDirectory(join(content, 'cases'));
log(`${source.files} MDX files, ${formatKB(source.bytes / source.files)} each on average`);

/** Runs `astro build` in `cwd`, sampling the memory of it and of the Pagefind process it starts. */
async function timeBuild(cwd: string, outDir: string, env: NodeJS.ProcessEnv) {
	const started = performance.now();
	const child = spawn(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
		cwd,
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const memory = sampleProcessTreeMemory(child.pid!);
	let output = '';
	const phases: string[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			output += chunk;
			const at = (performance.now() - started) / 1000;
			for (const line of chunk.split('\n'))
				if (/Completed in|Pagefind|indexed for search|case files checked|Complete!|social cards|_headers written/i.test(line))
					phases.push(`${at.toFixed(1).padStart(6)} s  ${line.trim()}`);
		});
	}
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const seconds = (performance.now() - started) / 1000;
	const peak = memory.stop();
	if (status !== 0) throw new Error(`✖ build in ${cwd} failed (exit ${status})\n${output.slice(-6000)}`);
	return { seconds, peak, phases };
}

/** Our build: the same content root, content cache and card cache for the cold build and the rebuild. */
const buildEnv = {
	...process.env,
	CONTENT_DIR: content,
	...(values['warm-cards'] ? {} : { CARD_CACHE_DIR: join(work, 'cards') }),
};
log(`Building (cold content cache${values['warm-cards'] ? '' : ', cold card cache'})…`);
const build = await timeBuild(process.cwd(), out, buildEnv).catch((error: Error) => fail(error.message));
/** Seconds to one decimal, as printed: every ratio below is of the printed figures. */
const buildSeconds = Number(build.seconds.toFixed(1));
const peak = build.peak;
const phases = build.phases;

const pages = countPages(out);
const dist = measureDirectory(out);
const pagefind = measureDirectory(join(out, 'pagefind'));
const readModule = createDistReader(out);
const pageTypes = (locale: string) => [
	{ type: 'case', path: `/${locale}/cases/synthetic-0001/` },
	{ type: 'tag page', path: `/${locale}/tags/approvals/` },
	{ type: 'cases browser', path: `/${locale}/cases/` },
	{ type: 'home', path: `/${locale}/` },
];
const firstVisits = locales.flatMap((locale) =>
	pageTypes(locale).map(({ type, path }) => {
		const visit = measureFirstVisit(out, path, readModule);
		return { type, path, html: visit.html, css: visit.css, js: visit.js };
	})
);
/** The five largest HTML pages, one per route: none may grow with the corpus. */
const largestPages = [...largestPageByRoute(out)]
	.sort(([, a], [, b]) => b.bytes - a.bytes)
	.slice(0, 5)
	.map(([route, page]) => ({ route, ...page }));

/**
 * What an author's change costs: one figure of one case raised in both languages (figures must
 * match across translations) and its English title edited, then `astro build` again into the same
 * dist/ with every cache as the cold build left it (content store and any incremental build cache
 * in the cacheDir, card cache). The rebuilt pages must show the edit.
 */
async function rebuildAfterEdit() {
	const slug = 'synthetic-0001';
	const file = (locale: string) => join(content, 'cases', locale, `${slug}.mdx`);
	const page = (locale: string) => join(out, locale, 'cases', slug, 'index.html');
	const zh = raiseFirstFigure(readFileSync(file('zh-cn'), 'utf8'));
	const en = raiseFirstFigure(readFileSync(file('en'), 'utf8'));
	const title = appendToTitle(en.mdx);
	const edit = { ...en.edit, title: title.title };
	const before = Object.fromEntries(locales.map((locale) => [locale, readCasePage(readFileSync(page(locale), 'utf8'), edit.metricId)]));
	writeFileSync(file('zh-cn'), zh.mdx);
	writeFileSync(file('en'), title.mdx);
	log(`Rebuilding with warm caches after editing ${slug}: ${edit.metricId} in both languages, the English title…`);
	const rebuilt = await timeBuild(process.cwd(), out, buildEnv);
	const html = Object.fromEntries(locales.map((locale) => [locale, readFileSync(page(locale), 'utf8')]));
	const after = Object.fromEntries(locales.map((locale) => [locale, readCasePage(html[locale]!, edit.metricId)]));
	const reached = {
		title: after.en!.title === edit.title,
		figure: Object.fromEntries(locales.map((locale) => [locale, figureEditReached(html[locale]!, edit, before[locale]!.figure)])) as Record<
			(typeof locales)[number],
			boolean
		>,
	};
	return {
		slug,
		seconds: Number(rebuilt.seconds.toFixed(1)),
		ratioToCold: Number((Number(rebuilt.seconds.toFixed(1)) / buildSeconds).toFixed(3)),
		peakMemoryBytes: rebuilt.peak.peakBytes,
		phases: rebuilt.phases,
		edit,
		before,
		after,
		reached,
		ok: reached.title && locales.every((locale) => reached.figure[locale]),
	};
}
const warm = await rebuildAfterEdit().catch((error: Error) => fail(error.message));

/** The same pages in plain Starlight, built the same way: what our features cost on top. */
async function buildReference() {
	mkdirSync('.bench', { recursive: true });
	const dir = mkdtempSync(join(process.cwd(), '.bench', 'reference-'));
	referenceSite = dir;
	writeReferenceSite(dir, join(content, 'cases'));
	log('Building plain Starlight with the same pages (the baseline)…');
	const referenceOut = join(work, 'reference-dist');
	try {
		const built = await timeBuild(dir, referenceOut, { ...process.env, CONTENT_DIR: '' });
		const reader = createDistReader(referenceOut);
		const caseHtmlByLocale = Object.fromEntries(
			locales.map((locale) => [locale, measureFirstVisit(referenceOut, `/${locale}/cases/synthetic-0001/`, reader).html])
		);
		return {
			dir: referenceOut,
			buildSeconds: Number(built.seconds.toFixed(1)),
			peakMemoryBytes: built.peak.peakBytes,
			pages: countPages(referenceOut),
			distBytes: measureDirectory(referenceOut).bytes,
			pagefindBytes: measureDirectory(join(referenceOut, 'pagefind')).bytes,
			caseHtml: caseHtmlByLocale[defaultLocale]!,
			caseHtmlByLocale,
		};
	} finally {
		if (!values.keep) rmSync(dir, { recursive: true, force: true });
	}
}
// A failed baseline is reported, but does not hide our own figures.
const reference = values.reference
	? await buildReference().catch((error: Error) => {
			console.error(error.message);
			process.exitCode = 1;
			return undefined;
		})
	: undefined;

type SearchFigure = (SearchBytes & { query: string; results: number }) | { query: string; error: string };
/**
 * The first query of each language through each site's own search UI, in a fresh browser
 * context: ours, and plain Starlight's when there is a baseline. Skipped without Chromium.
 */
async function measureSearch(): Promise<{ skipped: string } | { ours: Record<string, SearchFigure>; plain?: Record<string, SearchFigure> }> {
	if (!hasChromium()) return { skipped: `no Chromium at ${chromiumPath} (set CHROMIUM_PATH)` };
	log('Measuring the first search query in Chromium…');
	const browser = await launchChromium();
	const measureSite = async (distDir: string, ui: SearchUi) => {
		const figures: Record<string, SearchFigure> = {};
		for (const locale of locales) {
			const query = benchQueries[locale][0];
			figures[locale] = await measureFirstSearchQuery(browser, { distDir, locale, query, ui }).catch((error: Error) => ({
				query,
				error: error.message.split('\n')[0]!,
			}));
		}
		return figures;
	};
	try {
		return { ours: await measureSite(out, siteSearchUi), ...(reference ? { plain: await measureSite(reference.dir, starlightSearchUi) } : {}) };
	} finally {
		await browser.close();
	}
}
const search = await measureSearch().catch((error: Error) => ({ skipped: `Chromium failed: ${error.message.split('\n')[0]}` }));
const searchBytes = (figures: Record<string, SearchFigure> | undefined, locale: string) => {
	const figure = figures?.[locale];
	return figure && 'bytes' in figure ? figure.bytes : undefined;
};

/** The issue's targets; without a baseline only those that need none. */
function collectTargets(): Target[] {
	const targets: Target[] = [];
	if (reference) {
		targets.push(compareTarget('build wall time', 's', buildSeconds, reference.buildSeconds, 1.5, { stretch: 1.1 }));
		targets.push(compareTarget('peak memory', 'GiB', peak.peakBytes, reference.peakMemoryBytes, 1.3));
		for (const locale of locales)
			targets.push(
				compareTarget(
					`case page HTML gzip ${locale}`,
					'KB',
					firstVisits.find((visit) => visit.path === `/${locale}/cases/synthetic-0001/`)!.html.gzip,
					reference.caseHtmlByLocale[locale]!.gzip,
					1.2
				)
			);
		for (const locale of locales) {
			const ours = searchBytes('ours' in search ? search.ours : undefined, locale);
			const plain = searchBytes('plain' in search ? search.plain : undefined, locale);
			const note = 'skipped' in search ? search.skipped : ours === undefined || plain === undefined ? 'not measured, see above' : undefined;
			targets.push(compareTarget(`first search query ${locale}`, 'KB', ours ?? NaN, plain, 1.25, note ? { note } : {}));
		}
	}
	targets.push(distTarget(dist.bytes, count));
	const warmTarget = compareTarget('warm rebuild after one edit', 's', warm.seconds, buildSeconds, 0.5, { baseName: 'cold' });
	targets.push(warm.ok ? warmTarget : { ...warmTarget, verdict: 'missed', note: 'the edit did not reach the rebuilt page' });
	return targets;
}
const targets = collectTargets();

const report = {
	casesPerLanguage: count,
	mdxFiles: source.files,
	buildSeconds,
	peakMemoryBytes: peak.peakBytes,
	peakMemoryByProcess: peak.peakByCommand,
	pages,
	msPerPage: Number(((build.seconds * 1000) / pages).toFixed(2)),
	distBytes: dist.bytes,
	distFiles: dist.files,
	pagefindBytes: pagefind.bytes,
	pagefindFiles: pagefind.files,
	phases,
	firstVisits,
	largestPages,
	/** Bytes served for the first query of each language, Pagefind and lazily loaded search code included. */
	firstSearchQuery: 'skipped' in search ? search : search.ours,
	warmRebuild: warm,
	reference: reference && { ...reference, dir: undefined, ...('plain' in search ? { firstSearchQuery: search.plain } : {}) },
	targets,
	/** With --keep: where the corpus, the builds and the baseline site are. */
	...(values.keep ? { kept: { work, referenceSite } } : {}),
};
cleanUp();

if (values.json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
	const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
	console.log(`\nBuild of ${count} cases per language`);
	for (const phase of report.phases) console.log(`  ${phase}`);
	console.log(`build wall time        ${report.buildSeconds} s`);
	console.log(
		`peak memory            ${gib(report.peakMemoryBytes)} (whole process tree; per process: ${Object.entries(report.peakMemoryByProcess)
			.map(([name, bytes]) => `${name} ${gib(bytes)}`)
			.join(', ')})`
	);
	console.log(`pages built            ${report.pages} (${report.msPerPage} ms per page)`);
	console.log(`dist/                  ${mib(report.distBytes)} in ${report.distFiles} files`);
	console.log(`Pagefind index         ${mib(report.pagefindBytes)} in ${report.pagefindFiles} files`);
	console.log(`\nFirst visit of each page type (bytes downloaded before any interaction)`);
	console.log(
		`${'page'.padEnd(34)}${'HTML raw'.padStart(11)}${'gzip'.padStart(9)}${'CSS raw'.padStart(11)}${'gzip'.padStart(9)}${'JS raw'.padStart(11)}${'gzip'.padStart(9)}`
	);
	for (const visit of firstVisits) {
		console.log(
			`${`${visit.type} ${visit.path}`.padEnd(34)}${[visit.html, visit.css, visit.js].map((size) => `${formatKB(size.raw).padStart(11)}${formatKB(size.gzip).padStart(9)}`).join('')}`
		);
	}
	console.log(`\nLargest HTML pages (one per route)`);
	for (const page of report.largestPages) console.log(`  ${formatKB(page.bytes).padStart(9)}  ${page.urlPath}`);

	console.log(
		`\nFirst search query through the site's search UI on the home page (bytes served, as sent, until the results show: Pagefind's files and search code loaded after the first visit)`
	);
	const searchLine = (figure: SearchFigure) =>
		'error' in figure
			? `✖ ${figure.error}`
			: `${formatKB(figure.bytes).padStart(9)} in ${String(figure.requests).padStart(2)} requests (Pagefind ${formatKB(figure.pagefindBytes)}), ${figure.results} results shown`;
	if ('skipped' in search) console.log(`  skipped: ${search.skipped}`);
	else for (const locale of locales) console.log(`${`${locale} ${search.ours[locale]!.query}`.padEnd(23)}${searchLine(search.ours[locale]!)}`);

	console.log(
		`\nRebuild with warm caches after editing ${warm.slug}: ${warm.edit.metricId} ${warm.edit.from} → ${warm.edit.to} in both languages, the English title`
	);
	for (const phase of warm.phases) console.log(`  ${phase}`);
	console.log(`warm rebuild wall time ${warm.seconds} s (${(warm.ratioToCold * 100).toFixed(0)} % of the cold build)`);
	const mark = (ok: boolean) => verdictMark[ok ? 'met' : 'missed'];
	console.log(`edit in the pages      ${mark(warm.reached.title)} en title "${warm.after.en!.title}"`);
	for (const locale of locales)
		console.log(
			`                       ${mark(warm.reached.figure[locale])} ${locale} figure "${warm.after[locale]!.figure}" (was "${warm.before[locale]!.figure}")`
		);

	if (reference) {
		const percent = (ours: number, theirs: number) => `${ours >= theirs ? '+' : ''}${(((ours - theirs) / theirs) * 100).toFixed(0)} %`;
		console.log(`\nPlain Starlight with the same ${count} pages per language (baseline)      ours`);
		console.log(
			`build wall time        ${`${reference.buildSeconds} s`.padEnd(22)}${report.buildSeconds} s (${percent(report.buildSeconds, reference.buildSeconds)})`
		);
		console.log(`peak memory            ${gib(reference.peakMemoryBytes).padEnd(22)}${gib(report.peakMemoryBytes)}`);
		console.log(`pages built            ${String(reference.pages).padEnd(22)}${report.pages}`);
		console.log(`dist/                  ${mib(reference.distBytes).padEnd(22)}${mib(report.distBytes)}`);
		console.log(`Pagefind index         ${mib(reference.pagefindBytes).padEnd(22)}${mib(report.pagefindBytes)}`);
		for (const locale of locales) {
			const ours = firstVisits.find((visit) => visit.path === `/${locale}/cases/synthetic-0001/`)!.html.gzip;
			console.log(`${`case HTML gzip ${locale}`.padEnd(23)}${formatKB(reference.caseHtmlByLocale[locale]!.gzip).padEnd(22)}${formatKB(ours)}`);
		}
		if ('plain' in search) {
			for (const locale of locales) {
				const plain = search.plain![locale]!;
				const ours = search.ours[locale]!;
				const ratio = 'bytes' in ours && 'bytes' in plain ? ` (${formatRatio(ours.bytes / plain.bytes)})` : '';
				console.log(
					`${`1st search ${locale}`.padEnd(23)}${('bytes' in plain ? formatKB(plain.bytes) : `✖ ${plain.error}`).padEnd(22)}${'bytes' in ours ? formatKB(ours.bytes) : '✖'}${ratio}`
				);
			}
		}
	}

	console.log(`\nTargets (one content pipeline issue; ✔ met, ✖ missed, – not judged by this run)`);
	for (const line of formatTargets(targets)) console.log(`  ${line}`);
	if (!reference) console.log('  (build time, peak memory, case page HTML and first search query need --reference)');
}
