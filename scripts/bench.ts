/**
 * Build benchmark on a synthetic corpus: writes N cases per language (report-length text, every
 * kind of figure, tags across all facets) into a temporary content root, builds it through
 * CONTENT_DIR from a cold cache, and prints build time, peak memory, pages, dist and Pagefind
 * sizes, and what a first visit of each page type downloads.
 *   npm run bench [-- --cases 100] [--json] [--keep] [--warm-cards]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countPages, measureDirectory } from '../src/lib/bench/directory-size.ts';
import { largestPageByRoute } from '../src/lib/bench/page-growth.ts';
import { sampleProcessTreeMemory } from '../src/lib/bench/process-tree-memory.ts';
import { writeReferenceSite } from '../src/lib/bench/reference-site.ts';
import { measureFirstVisit } from '../src/lib/budgets/first-visit.ts';
import { createDistReader } from '../src/lib/budgets/js-graph.ts';
import { formatKB } from '../src/lib/budgets/sizes.ts';
import { writeSyntheticCorpus } from '../src/lib/synthetic/write-corpus.ts';

const usage = `Usage: npm run bench [-- --cases 100] [--reference] [--json] [--keep] [--warm-cards]
  --cases N      synthetic cases per language (default 100)
  --reference    also build plain Starlight with the same pages (the baseline) and compare
  --json         print one JSON object instead of tables
  --keep         keep the temporary content and dist folders
  --warm-cards   keep social cards drawn by earlier runs (default: a cold card cache)`;
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

log(`Generating ${count} synthetic cases × 2 languages in ${content}`);
writeSyntheticCorpus(content, count, { paragraphs: 18 });
const source = measureDirectory(join(content, 'cases'));
log(`${source.files} MDX files, ${formatKB(source.bytes / source.files)} each on average`);

/** Runs `astro build` in `cwd`, sampling the memory of it and of the Pagefind process it starts. */
async function timeBuild(cwd: string, outDir: string, env: NodeJS.ProcessEnv) {
	const started = performance.now();
	const child = spawn(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
	const memory = sampleProcessTreeMemory(child.pid!);
	let output = '';
	const phases: string[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			output += chunk;
			const at = (performance.now() - started) / 1000;
			for (const line of chunk.split('\n')) if (/Completed in|Pagefind|Complete!|social cards|_headers written/i.test(line)) phases.push(`${at.toFixed(1).padStart(6)} s  ${line.trim()}`);
		});
	}
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const seconds = (performance.now() - started) / 1000;
	const peak = memory.stop();
	if (status !== 0) throw new Error(`✖ build in ${cwd} failed (exit ${status})\n${output.slice(-6000)}`);
	return { seconds, peak, phases };
}

log(`Building (cold content cache${values['warm-cards'] ? '' : ', cold card cache'})…`);
const build = await timeBuild(process.cwd(), out, {
	...process.env,
	CONTENT_DIR: content,
	...(values['warm-cards'] ? {} : { CARD_CACHE_DIR: join(work, 'cards') }),
}).catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
const buildSeconds = build.seconds;
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
const firstVisits = ['zh-cn', 'en'].flatMap((locale) =>
	pageTypes(locale).map(({ type, path }) => {
		const visit = measureFirstVisit(out, path, readModule);
		return { type, path, html: visit.html, css: visit.css, js: visit.js };
	})
);
/** The same pages in plain Starlight, built the same way: what our features cost on top. */
async function buildReference() {
	mkdirSync('.bench', { recursive: true });
	const dir = mkdtempSync(join(process.cwd(), '.bench', 'reference-'));
	writeReferenceSite(dir, join(content, 'cases'));
	log('Building plain Starlight with the same pages (the baseline)…');
	const referenceOut = join(work, 'reference-dist');
	const built = await timeBuild(dir, referenceOut, { ...process.env, CONTENT_DIR: '' });
	const casePage = measureFirstVisit(referenceOut, '/zh-cn/cases/synthetic-0001/', createDistReader(referenceOut));
	if (!values.keep) rmSync(dir, { recursive: true, force: true });
	return {
		buildSeconds: Number(built.seconds.toFixed(1)),
		peakMemoryBytes: built.peak.peakBytes,
		pages: countPages(referenceOut),
		distBytes: measureDirectory(referenceOut).bytes,
		pagefindBytes: measureDirectory(join(referenceOut, 'pagefind')).bytes,
		caseHtml: casePage.html,
	};
}
// A failed baseline is reported, but does not hide our own figures.
const reference = values.reference
	? await buildReference().catch((error: Error) => {
			console.error(error.message);
			process.exitCode = 1;
			return undefined;
		})
	: undefined;

const report = {
	casesPerLanguage: count,
	mdxFiles: source.files,
	buildSeconds: Number(buildSeconds.toFixed(1)),
	peakMemoryBytes: peak.peakBytes,
	peakMemoryByProcess: peak.peakByCommand,
	pages,
	msPerPage: Number(((buildSeconds * 1000) / pages).toFixed(2)),
	distBytes: dist.bytes,
	distFiles: dist.files,
	pagefindBytes: pagefind.bytes,
	pagefindFiles: pagefind.files,
	phases,
	firstVisits,
	/** The five largest HTML pages, one per route: none may grow with the corpus. */
	largestPages: [...largestPageByRoute(out)].sort(([, a], [, b]) => b.bytes - a.bytes).slice(0, 5).map(([route, page]) => ({ route, ...page })),
	reference,
};
if (!values.keep) rmSync(work, { recursive: true, force: true });
else log(`Kept ${work}`);

if (values.json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
	const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
	console.log(`\nBuild of ${count} cases per language`);
	for (const phase of report.phases) console.log(`  ${phase}`);
	console.log(`build wall time        ${report.buildSeconds} s`);
	console.log(`peak memory            ${gib(report.peakMemoryBytes)} (whole process tree; per process: ${Object.entries(report.peakMemoryByProcess).map(([name, bytes]) => `${name} ${gib(bytes)}`).join(', ')})`);
	console.log(`pages built            ${report.pages} (${report.msPerPage} ms per page)`);
	console.log(`dist/                  ${mib(report.distBytes)} in ${report.distFiles} files`);
	console.log(`Pagefind index         ${mib(report.pagefindBytes)} in ${report.pagefindFiles} files`);
	console.log(`\nFirst visit of each page type (bytes downloaded before any interaction)`);
	console.log(`${'page'.padEnd(34)}${'HTML raw'.padStart(11)}${'gzip'.padStart(9)}${'CSS raw'.padStart(11)}${'gzip'.padStart(9)}${'JS raw'.padStart(11)}${'gzip'.padStart(9)}`);
	for (const visit of firstVisits) {
		console.log(
			`${`${visit.type} ${visit.path}`.padEnd(34)}${[visit.html, visit.css, visit.js].map((size) => `${formatKB(size.raw).padStart(11)}${formatKB(size.gzip).padStart(9)}`).join('')}`
		);
	}
	console.log(`\nLargest HTML pages (one per route)`);
	for (const page of report.largestPages) console.log(`  ${formatKB(page.bytes).padStart(9)}  ${page.urlPath}`);
	if (reference) {
		const percent = (ours: number, theirs: number) => `${ours >= theirs ? '+' : ''}${(((ours - theirs) / theirs) * 100).toFixed(0)} %`;
		const ourCase = firstVisits[0]!.html.gzip;
		console.log(`\nPlain Starlight with the same ${count} pages per language (baseline)      ours`);
		console.log(`build wall time        ${`${reference.buildSeconds} s`.padEnd(22)}${report.buildSeconds} s (${percent(report.buildSeconds, reference.buildSeconds)})`);
		console.log(`peak memory            ${gib(reference.peakMemoryBytes).padEnd(22)}${gib(report.peakMemoryBytes)}`);
		console.log(`pages built            ${String(reference.pages).padEnd(22)}${report.pages}`);
		console.log(`dist/                  ${mib(reference.distBytes).padEnd(22)}${mib(report.distBytes)}`);
		console.log(`Pagefind index         ${mib(reference.pagefindBytes).padEnd(22)}${mib(report.pagefindBytes)}`);
		console.log(`case page HTML gzip    ${formatKB(reference.caseHtml.gzip).padEnd(22)}${formatKB(ourCase)}`);
	}
}
