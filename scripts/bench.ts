/**
 * Build benchmark on a synthetic corpus: writes N cases per language (report-length text, every
 * kind of figure, tags across all facets) into a temporary content root, builds it through
 * CONTENT_DIR from a cold cache, and prints build time, peak memory, pages, dist and Pagefind
 * sizes, and what a first visit of each page type downloads.
 *   npm run bench [-- --cases 100] [--json] [--keep] [--warm-cards]
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countPages, measureDirectory } from '../src/lib/bench/directory-size.ts';
import { sampleProcessTreeMemory } from '../src/lib/bench/process-tree-memory.ts';
import { measureFirstVisit } from '../src/lib/budgets/first-visit.ts';
import { createDistReader } from '../src/lib/budgets/js-graph.ts';
import { formatKB } from '../src/lib/budgets/sizes.ts';
import { generateSyntheticCase } from '../src/lib/synthetic/generate-case.ts';
import { readTaxonomy } from '../src/lib/taxonomy/read-taxonomy.ts';

const usage = `Usage: npm run bench [-- --cases 100] [--json] [--keep] [--warm-cards]
  --cases N      synthetic cases per language (default 100)
  --json         print one JSON object instead of tables
  --keep         keep the temporary content and dist folders
  --warm-cards   keep social cards drawn by earlier runs (default: a cold card cache)`;
const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '100' },
		json: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		'warm-cards': { type: 'boolean', default: false },
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
const tags = readTaxonomy('content/taxonomy');
cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
for (const locale of ['zh-cn', 'en'] as const) mkdirSync(join(content, 'cases', locale), { recursive: true });
for (let index = 0; index < count; index += 1) {
	const synthetic = generateSyntheticCase(index, tags, { paragraphs: 8 });
	for (const locale of ['zh-cn', 'en'] as const) writeFileSync(join(content, 'cases', locale, `${synthetic.slug}.mdx`), synthetic.files[locale]);
}
const source = measureDirectory(join(content, 'cases'));
log(`${source.files} MDX files, ${formatKB(source.bytes / source.files)} each on average`);

log('Building (cold content cache)…');
const env = {
	...process.env,
	CONTENT_DIR: content,
	ASTRO_TELEMETRY_DISABLED: '1',
	NO_COLOR: '1',
	...(values['warm-cards'] ? {} : { CARD_CACHE_DIR: join(work, 'cards') }),
};
const started = performance.now();
const child = spawn('node_modules/.bin/astro', ['build', '--outDir', out], { env, stdio: ['ignore', 'pipe', 'pipe'] });
const memory = sampleProcessTreeMemory(child.pid!);
let output = '';
const phases: { at: number; line: string }[] = [];
for (const stream of [child.stdout, child.stderr]) {
	stream.setEncoding('utf8');
	stream.on('data', (chunk: string) => {
		output += chunk;
		const at = (performance.now() - started) / 1000;
		for (const line of chunk.split('\n')) if (/Completed in|pagefind|Pagefind|Complete!/.test(line)) phases.push({ at, line: line.trim() });
	});
}
const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
const buildSeconds = (performance.now() - started) / 1000;
const peak = memory.stop();
if (status !== 0) {
	console.error(`✖ build failed (exit ${status})\n${output.slice(-6000)}`);
	process.exit(1);
}

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
	phases: phases.map(({ at, line }) => `${at.toFixed(1)} s  ${line}`),
	firstVisits,
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
}
