/**
 * Writes the other language's version of a case to translate:
 *   npm run translate -- <slug> [--to en|zh-cn] [--content dir] [--force] [--dry-run]
 * Language-neutral facts are copied, every text is a TODO line carrying the original.
 * Terminal messages are in English; the guidance written into the file is in its language.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { previewOrigin, urls } from '../src/lib/urls.ts';
import { reservedSlugs } from '../src/lib/cases/case-files.ts';
import { checkCaseTags } from '../src/lib/content/check-case-tags.ts';
import { checkCaseFile } from '../src/lib/content/check-content.ts';
import { checkTranslationParity } from '../src/lib/content/check-translations.ts';
import { getCasesDir, getContentRootOf, getTaxonomyDir } from '../src/lib/content/content-root.ts';
import { findFieldLine, frontmatterPattern } from '../src/lib/content/frontmatter.ts';
import { ContentError, formatProblems } from '../src/lib/content/problem.ts';
import { isLocale, locales, type Locale } from '../src/lib/i18n/locales.ts';
import { findPlaceholders } from '../src/lib/content/placeholders.ts';
import { readFrontmatter } from '../src/lib/content/parse-case-file.ts';
import { findCloseSlugs, planTranslation, scaffoldTranslation } from '../tools/scaffold/translate-case.ts';
import { readTaxonomy } from '../src/lib/taxonomy/read-taxonomy.ts';
import type { CaseInput } from '../src/schemas/case.ts';
import type { Tag } from '../src/schemas/taxonomy.ts';
import { idPattern } from '../src/schemas/shared.ts';

const usage = `Usage: npm run translate -- <slug> [options]

Writes content/cases/<other language>/<slug>.mdx from the case in the language it exists in, to
translate: ids, tags, figures, URLs, dates and draft copied exactly; every text (title, summary,
company texts, metric labels and notes, source publisher and basis, each heading, paragraph and
list item of the body) a line "TODO: <the original>"; <Metric id="…" /> citations in place; metric
labels and publishers that are taxonomy labels already translated. npm run check lists each TODO.

Options:
  --to <${locales.join('|')}>  the language to write (default: the one the case lacks)
  --force          replace an existing translation (its text is lost)
  --dry-run        print the file instead of writing it
  --content <dir>  content root (default: CONTENT_DIR or content)
  -h, --help       this help`;

/** A source with many problems (an unfinished scaffold) is refused with its first few; npm run check lists them all. */
const maxProblemsShown = 10;

function fail(message: string): never {
	console.error(`✖ ${message}`);
	process.exit(1);
}

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		to: { type: 'string' },
		content: { type: 'string' },
		force: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
const slug = positionals[0];
if (values.help || !slug) {
	console.log(usage);
	process.exit(values.help ? 0 : 1);
}
if (positionals.length > 1) fail(`one slug at a time: got ${positionals.join(', ')}`);
if (!idPattern.test(slug) || reservedSlugs.includes(slug))
	fail(`"${slug}" is not a case slug: give the file name without .mdx, e.g. npm run translate -- payermax`);
if (values.to !== undefined && !isLocale(values.to)) fail(`--to "${values.to}" is not a language of the site: use ${locales.join(' or ')}`);

const contentRoot = getContentRootOf(values.content);
const casesDir = getCasesDir(contentRoot);
const pathOf = (locale: Locale) => join(casesDir, locale, `${slug}.mdx`);
const fileOf = (locale: Locale) => relative(process.cwd(), pathOf(locale));
const existing = locales.filter((locale) => existsSync(pathOf(locale)));
const knownSlugs = locales.flatMap((locale) =>
	(existsSync(join(casesDir, locale)) ? readdirSync(join(casesDir, locale)) : [])
		.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
		.map((name) => name.slice(0, -'.mdx'.length))
);
const plan = planTranslation(slug, existing, {
	to: values.to as Locale | undefined,
	force: values.force,
	fileOf,
	closeSlugs: existing.length === 0 ? findCloseSlugs(slug, knownSlugs) : [],
});
if ('refusal' in plan) fail(plan.refusal);
const { from, to } = plan;

let tags: Tag[] = [];
try {
	tags = readTaxonomy(getTaxonomyDir(contentRoot));
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	fail(`the taxonomy has problems; fix them first (npm run check):\n${error.message}`);
}

// The translation copies the source's facts, so they must pass the check first: a wrong figure
// would otherwise be wrong twice.
const sourceFile = fileOf(from);
const targetFile = fileOf(to);
const source = readFileSync(pathOf(from), 'utf8');
const checked = checkCaseFile(sourceFile, source);
const taxonomyDir = relative(process.cwd(), getTaxonomyDir(contentRoot));
const sourceProblems = [
	...checked.problems,
	...(checked.data ? checkCaseTags(checked.data, tags, { file: sourceFile, lineOf: (path) => findFieldLine(source, path), taxonomyDir }) : []),
];
const frontmatter = readFrontmatter(sourceFile, source);
if (!checked.data || !frontmatter.success || sourceProblems.length > 0) {
	const shown = sourceProblems.slice(0, maxProblemsShown);
	const more = sourceProblems.length - shown.length;
	// With both files there, --force took the default language as the source; the user may have meant the other way.
	const otherWay =
		existing.length === 2 && !values.to ? `\nOr, to replace ${sourceFile} from ${targetFile} instead: npm run translate -- ${slug} --to ${from} --force` : '';
	fail(
		`${sourceFile} does not pass the check, and its translation would copy what is wrong:\n${formatProblems(shown)}${more > 0 ? `\n… and ${more} more` : ''}\nFix it first (npm run check lists every problem), then translate.${otherWay}`
	);
}

const body = source.slice(frontmatterPattern.exec(source)?.[0].length ?? 0);
// Named from the content root's parent (content/cases/zh-cn/…): the file reads the same wherever the command ran.
const scaffold = scaffoldTranslation(
	{ data: frontmatter.data as CaseInput, body },
	{ from, to, tags, sourceFile: relative(dirname(contentRoot), pathOf(from)) }
);

// The scaffold must fail the check on its TODO lines only: anything else is a bug here, not the translator's to fix.
const written = checkCaseFile(targetFile, scaffold.mdx);
const unexpected = [
	...written.problems.filter((problem) => problem.field !== '(placeholder)'),
	...(written.data
		? checkTranslationParity(
				{ file: sourceFile, data: checked.data },
				{ file: targetFile, data: written.data, lineOf: (path) => findFieldLine(scaffold.mdx, path) }
			)
		: []),
];
if (unexpected.length > 0)
	fail(
		`the translation of ${sourceFile} would have problems besides its TODO lines; nothing was written. This is a bug in npm run translate: please report it with the source file.\n${formatProblems(unexpected)}`
	);

if (values['dry-run']) {
	console.log(scaffold.mdx);
} else {
	mkdirSync(dirname(pathOf(to)), { recursive: true });
	writeFileSync(pathOf(to), scaffold.mdx);
}
const todo = findPlaceholders(scaffold.mdx).length;
console.log(`✔ ${targetFile} ← ${sourceFile}${values['dry-run'] ? ' (dry run, nothing written)' : ''}`);
console.log(`    ${todo} TODO line${todo === 1 ? '' : 's'} to translate; facts (ids, tags, figures, URLs, dates) copied`);
for (const { field, from: original, to: translated } of scaffold.fromTaxonomy)
	console.log(`    ${field}: ${original} → ${translated} (from ${taxonomyDir}: check it fits)`);
if (checked.data.draft) console.log(`    draft: true copied: the two versions are published together once both drop it`);
console.log(`
Next steps:
  1. translate each TODO (npm run check lists them), then npm run check
  2. npm start            and open ${urls.case(previewOrigin, to, slug)}
  3. Open a pull request (CONTRIBUTING.md).`);
