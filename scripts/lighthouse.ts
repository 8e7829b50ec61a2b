/**
 * Lighthouse gate: audits the case, tag, cases-browser and home pages of the built site in both
 * languages with Lighthouse's mobile profile in the system Chromium, prints the scores and fails
 * (exit 1) below the thresholds (performance 97, accessibility, best practices and SEO 100).
 *   npm run lighthouse [-- --dist dist] [--runs 3] [--json]
 * The site is served gzip-compressed from 127.0.0.1, as a static host would serve it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../src/lib/math/median.ts';
import { judgeLighthouseResult, lighthouseCategories, lighthouseThresholds, type LighthouseResult, type PageScores } from '../tools/budgets/lighthouse-gate.ts';
import { chromiumArgs, chromiumPath, hasChromium } from '../tools/browser/launch-chromium.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { startStaticServer } from '../tools/serve/static-server.ts';

const usage = 'Usage: npm run lighthouse [-- --dist dist] [--runs 3] [--json] [--pages /zh-cn/,/en/]';
const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '3' },
		pages: { type: 'string' },
		json: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}
if (!existsSync(join(values.dist, 'index.html'))) {
	console.error(`✖ ${values.dist}/index.html not found: run \`npm run build\` first`);
	process.exit(1);
}
// Like the browser tests: skipped without Chromium outside CI; under CI, hasChromium() throws.
if (!hasChromium({ requiredUnderCi: true })) {
	console.log(`⚠ Lighthouse skipped: no Chromium at ${chromiumPath} (install Debian's chromium, or set CHROMIUM_PATH)`);
	process.exit(0);
}
const runs = Number(values.runs);
const pages =
	values.pages?.split(',') ?? locales.flatMap((locale) => [`/${locale}/cases/payermax/`, `/${locale}/tags/approvals/`, `/${locale}/cases/`, `/${locale}/`]);

// A copy of the site with a .gz beside every text file: served compressed, like on a real host.
const served = mkdtempSync(join(tmpdir(), 'case-lighthouse-'));
cpSync(values.dist, served, { recursive: true });
for (const name of readdirSync(served, { recursive: true }).map(String)) {
	const path = join(served, name);
	if (/\.(html|css|js|json|svg|xml|txt)$/.test(name) && statSync(path).isFile()) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
}
const server = await startStaticServer(served, undefined, '/', { gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });

const results: { page: string; runs: PageScores[]; scores: PageScores['scores']; problems: string[]; passed: boolean }[] = [];
try {
	for (const page of pages) {
		const pageRuns: PageScores[] = [];
		for (let run = 0; run < runs; run += 1) {
			const outcome = await lighthouse(`${server.url}${page}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...lighthouseCategories],
			});
			if (!outcome?.lhr) throw new Error(`Lighthouse returned no result for ${page}`);
			if (outcome.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page}: ${outcome.lhr.runtimeError.message}`);
			pageRuns.push(judgeLighthouseResult(outcome.lhr as unknown as LighthouseResult));
		}
		// Performance varies from run to run; the median run is the page's score. The other
		// categories do not vary: they must hold in every run.
		const scores = Object.fromEntries(
			lighthouseCategories.map((category) => [
				category,
				category === 'performance' ? median(pageRuns.map((run) => run.scores.performance)) : Math.min(...pageRuns.map((run) => run.scores[category])),
			])
		) as PageScores['scores'];
		const passed = lighthouseCategories.every((category) => scores[category] >= lighthouseThresholds[category]);
		const problems = passed ? [] : [...new Set(pageRuns.flatMap((run) => run.problems))];
		results.push({ page, runs: pageRuns, scores, problems, passed });
		if (!values.json) {
			console.log(
				`${page.padEnd(28)}${lighthouseCategories.map((category) => `${category} ${scores[category]}`.padStart(category.length + 5)).join('')}  ${passed ? '✔' : '✖'}${runs > 1 ? `  (performance runs: ${pageRuns.map((run) => run.scores.performance).join(', ')})` : ''}`
			);
			for (const problem of problems) console.log(`    ✖ ${problem}`);
		}
	}
} finally {
	chrome.kill();
	await server.close();
	rmSync(served, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.passed);
if (values.json) console.log(JSON.stringify({ thresholds: lighthouseThresholds, results }, null, 2));
else
	console.log(
		failed.length === 0
			? `✔ ${results.length} pages reach performance ≥ ${lighthouseThresholds.performance}, accessibility, best practices and SEO 100 (mobile, median of ${runs} runs)`
			: `✖ ${failed.length} of ${results.length} pages below the thresholds: ${failed.map((result) => result.page).join(', ')}`
	);
process.exit(failed.length === 0 ? 0 : 1);
