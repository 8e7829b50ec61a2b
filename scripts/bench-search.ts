/**
 * Search cost on a synthetic corpus: builds N cases per language (default 1,000) through
 * CONTENT_DIR, serves the build on 127.0.0.1 and measures in Chromium, per language, the bytes the
 * site's search downloads for a first and a second query and how long each takes.
 *   npm run bench:search [-- --cases 1000] [--json] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from '../tools/synthetic/write-corpus.ts';
import { chromiumPath, hasChromium, launchChromium } from '../tools/browser/launch-chromium.ts';
import { locales, type Locale } from '../src/lib/i18n/locales.ts';
import { removeContentCaches } from '../tools/bench/content-cache.ts';
import { benchQueries } from '../tools/bench/first-search-query.ts';
import { startStaticServer } from '../tools/serve/static-server.ts';

const usage = `Usage: npm run bench:search [-- --cases 1000] [--json] [--keep]
  --cases N  synthetic cases per language (default 1000)
  --json     print the figures as JSON
  --keep     keep the corpus and the build (their folder is printed)`;
const { values } = parseArgs({
	options: {
		cases: { type: 'string', default: '1000' },
		json: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
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
// Everything this bench measures is in a browser: without one, it writes and builds nothing.
if (!hasChromium()) {
	console.error(`✖ no Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);
	process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'case-search-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const log = (line: string) => values.json || console.log(line);

const results: { locale: Locale; query: string; kb: number; requests: number; ms: number; hits: number }[] = [];
try {
	log(`Generating ${count} synthetic cases × ${locales.length} languages in ${content}`);
	writeSyntheticCorpus(content, count, { paragraphs: 6 });
	log('Building…');
	const started = Date.now();
	const build = spawnSync('node_modules/.bin/astro', ['build', '--outDir', out], {
		env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 1 << 28,
	});
	if (build.status !== 0) {
		console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
		process.exitCode = 1;
	} else {
		log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		await measureQueries();
	}
} finally {
	if (values.keep) log(`Kept ${work}`);
	else {
		rmSync(work, { recursive: true, force: true });
		removeContentCaches(work);
	}
}
if (process.exitCode) process.exit();

/** Per language, in a fresh context: the first query (it loads Pagefind) and the second, through the search element's find(). */
async function measureQueries(): Promise<void> {
	let bytes = 0;
	let requests = 0;
	const server = await startStaticServer(out, (path, size) => {
		if (!path.includes('/pagefind/')) return;
		bytes += size;
		requests += 1;
	});
	try {
		const browser = await launchChromium();
		try {
			for (const locale of locales) {
				const context = await browser.newContext();
				try {
					const page = await context.newPage();
					await page.goto(`${server.url}/${locale}/`, { waitUntil: 'networkidle' });
					for (const query of benchQueries[locale]) {
						bytes = 0;
						requests = 0;
						// find() resolves once the hits and their data are in: every file it waited for has been served.
						const { ms, hits } = await page.evaluate(async (q) => {
							const start = performance.now();
							const found = await (document.querySelector('cs-site-search') as unknown as { find: (q: string) => Promise<{ hits: unknown[] }> }).find(q);
							return { ms: performance.now() - start, hits: found.hits.length };
						}, query);
						results.push({ locale, query, kb: bytes / 1000, requests, ms, hits });
					}
				} finally {
					await context.close();
				}
			}
		} finally {
			await browser.close();
		}
	} finally {
		await server.close();
	}
}

if (values.json) console.log(JSON.stringify({ cases: count, results }, null, 2));
else {
	console.log(`\nSearch on ${count} cases per language (first query includes loading Pagefind)`);
	console.log(`${'language'.padEnd(9)}${'query'.padEnd(18)}${'downloaded'.padStart(12)}${'requests'.padStart(10)}${'time'.padStart(10)}${'hits'.padStart(6)}`);
	results.forEach((row, index) =>
		console.log(
			`${row.locale.padEnd(9)}${`${index % 2 === 0 ? '1st' : '2nd'} ${row.query}`.padEnd(18)}${`${row.kb.toFixed(1)} KB`.padStart(12)}${String(row.requests).padStart(10)}${`${row.ms.toFixed(0)} ms`.padStart(10)}${String(row.hits).padStart(6)}`
		)
	);
}
