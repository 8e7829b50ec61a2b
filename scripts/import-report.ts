/**
 * Imports analysis reports (the Markdown of ../shared/seeds/) as cases in 简体中文:
 *   npm run import -- <file or folder>… [--force] [--dry-run] [--slug name] [--content dir]
 * Each file is checked like the build checks it; a bad file is reported and the others still import.
 * Terminal messages are in English, as in every CLI here; the words the import writes into a case
 * that the site shows (its section headings) come from the UI strings (tools/import/compose-body.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCaseTags } from '../src/lib/content/check-case-tags.ts';
import { checkCaseFile } from '../src/lib/content/check-content.ts';
import { getCasesDir, getContentRootOf, getTaxonomyDir } from '../src/lib/content/content-root.ts';
import { readFrontmatter } from '../src/lib/content/parse-case-file.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { freeSlug } from '../tools/import/company-slug.ts';
import { importReport, maxReportChars } from '../tools/import/import-report.ts';
import { readTaxonomy } from '../src/lib/taxonomy/read-taxonomy.ts';

const usage = `Usage: npm run import -- <file or folder>… [options]

Turns analysis reports (Markdown, like ../shared/seeds/*.txt) into draft cases in
content/cases/zh-cn/<slug>.mdx: draft: true and a review: list of everything the importer guessed
or could not map. npm run dev shows drafts, npm run check lists their review items, a production
build leaves them out. The body is written so that no MDX compiler can run any of it: HTML, braces and import/export lines
stay text, links keep only http(s) and mailto URLs, images go; the summary lists each (✂ dropped,
⎋ kept as text), and a report whose body would still read as code is refused.

Options:
  --dry-run        show what would be written, write nothing
  --force          overwrite an existing case
  --slug <slug>    the URL slug (one file only); without it: the company's Latin name, else the
                   source URL's last segment when it reads as words, else the name in pinyin
  --content <dir>  content root (default: CONTENT_DIR or content)
  -h, --help       this help`;

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		'dry-run': { type: 'boolean', default: false },
		force: { type: 'boolean', default: false },
		slug: { type: 'string' },
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help || positionals.length === 0) {
	console.log(usage);
	process.exit(values.help ? 0 : 1);
}

const files = positionals.flatMap((path) => {
	if (!existsSync(path)) return [path];
	return statSync(path).isDirectory()
		? readdirSync(path)
				.filter((name) => /\.(md|markdown|txt)$/i.test(name))
				.sort()
				.map((name) => join(path, name))
		: [path];
});
if (values.slug && files.length > 1) {
	console.error('✖ --slug works with one file only');
	process.exit(1);
}
const contentRoot = getContentRootOf(values.content);
const tags = readTaxonomy(getTaxonomyDir(contentRoot));
const outDir = join(getCasesDir(contentRoot), 'zh-cn');
let failed = 0;
/** Slugs this run wrote, by company: two reports of different companies never share a file. */
const claimed = new Map<string, string>();
/** The company of an existing case file, read from its frontmatter. */
function companyOf(path: string): string | undefined {
	const frontmatter = readFrontmatter(path, readFileSync(path, 'utf8'));
	const company = frontmatter.success ? frontmatter.data.company : undefined;
	const name = company && typeof company === 'object' && 'name' in company ? company.name : undefined;
	return typeof name === 'string' ? name.trim() : undefined;
}

files.forEach((input, index) => {
	const progress = `[${index + 1}/${files.length}]`;
	try {
		if (!existsSync(input)) throw new Error('file not found');
		// Not even read when it is far beyond what a report can be (UTF-8 takes at most 4 bytes a character).
		const bytes = statSync(input).size;
		if (bytes > maxReportChars * 4)
			throw new Error(
				`the file has ${bytes.toLocaleString('en')} bytes; a report has about 10,000 and the importer reads at most ${maxReportChars.toLocaleString('en')} characters`
			);
		const imported = importReport(readFileSync(input, 'utf8'), { tags, slug: values.slug });
		const company = imported.frontmatter.company.name;
		// A slug of another company (an existing case, or an earlier report of this run) gets -2, -3 …;
		// the same company's file is only replaced with --force.
		const takenByOther = (slug: string) => {
			const path = join(outDir, `${slug}.mdx`);
			const owner = claimed.get(slug) ?? (existsSync(path) ? companyOf(path) : undefined);
			return owner !== undefined && owner !== company;
		};
		const slug = values.slug ? imported.slug : freeSlug(imported.slug, takenByOther);
		const result = { ...imported, slug };
		if (slug !== imported.slug)
			result.summary.warnings.unshift(`"${imported.slug}" is the slug of another company's case: this one is "${slug}" (pass --slug to choose another)`);
		claimed.set(slug, company);
		const target = join(outDir, `${result.slug}.mdx`);
		const file = relative(process.cwd(), target);
		const checked = checkCaseFile(file, result.mdx);
		const problems = [
			...checked.problems,
			...(checked.data ? checkCaseTags(checked.data, tags, { file, taxonomyDir: relative(process.cwd(), getTaxonomyDir(contentRoot)) }) : []),
		];
		if (problems.length > 0) throw new Error(`the imported case would not build:\n${problems.map(formatProblem).join('\n')}`);
		if (existsSync(target) && !values.force && !values['dry-run']) throw new Error(`${file} exists: add --force to overwrite it`);
		if (!values['dry-run']) {
			mkdirSync(outDir, { recursive: true });
			writeFileSync(target, result.mdx);
		}
		const { summary } = result;
		console.log(`${progress} ✔ ${input} → ${file}${values['dry-run'] ? ' (dry run, nothing written)' : ''}`);
		console.log(`    mapped: ${summary.mapped.join(', ')}; ${summary.figures} figure${summary.figures === 1 ? '' : 's'}`);
		console.log(
			`    tags suggested: ${Object.entries(summary.tags)
				.map(([facet, ids]) => `${facet} ${ids.length > 0 ? ids.join(' ') : '—'}`)
				.join('; ')}`
		);
		for (const { facet, name } of summary.proposedTags) console.log(`    ＋ proposed ${facet} tag: "${name}"`);
		console.log(`    ⚠ ${summary.warnings.length} item${summary.warnings.length === 1 ? '' : 's'} to review (in the file's review: list):`);
		for (const warning of summary.warnings) console.log(`      - ${warning}`);
		// What the body leaves out or keeps as text, and why: the importer never drops or defuses anything silently.
		for (const item of summary.dropped) console.log(`    ✂ dropped ${item}`);
		for (const item of summary.escaped) console.log(`    ⎋ ${item}`);
	} catch (error) {
		failed += 1;
		console.log(`${progress} ✖ ${input}: ${(error as Error).message}`);
	}
});

const imported = files.length - failed;
console.log(`\n${imported} imported, ${failed} failed.`);
if (imported > 0 && !values['dry-run']) {
	console.log(`Next, for each draft:
  1. npm run dev and open /zh-cn/cases/<slug>/; npm run check lists the review items (⚠).
  2. Check each item against the report, fix the case, delete the item.
  3. npm run translate -- <slug> writes the English file to translate (every TODO).
  4. Remove draft: true and review:, then npm run check and open a pull request.`);
}
process.exit(failed > 0 ? 1 : 0);
