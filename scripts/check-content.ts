/**
 * Checks all content at once: schema, taxonomy ids, metric sanity, translation parity, file
 * names and MDX safety. One line per problem, `✖ file:line field — problem — fix`, and one per
 * draft and per review item of a draft, `⚠ …` (warnings: they never change the exit code); GitHub
 * annotations as well under CI; exit 1 on any problem.
 *   npm run check [-- --content <dir>]
 */
import { parseArgs } from 'node:util';
import { checkContentRoot } from '../src/lib/content/check-content.ts';
import { getContentRootOf } from '../src/lib/content/content-root.ts';
import { formatProblem, formatWarning, type ContentProblem } from '../src/lib/content/problem.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
	console.log(
		'Usage: npm run check [-- --content <dir>]\nChecks every case and the taxonomy under the content root (CONTENT_DIR, default content/).\nDrafts are checked too; their review items are listed as warnings (⚠), which do not fail the check.'
	);
	process.exit(0);
}

const contentRoot = getContentRootOf(values.content);
const { cases, problems, warnings } = checkContentRoot(contentRoot);

/** A GitHub workflow annotation, shown on the line of the pull request's diff. */
function annotate(level: 'error' | 'warning', { file, line, field, problem, fix }: ContentProblem): string {
	const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return `::${level} file=${property(file)}${line ? `,line=${line}` : ''},title=${property(field)}::${escape(`${problem} — ${fix}`)}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// Warnings first: the errors, which fail the check, stay next to the summary.
for (const warning of warnings) {
	console.log(formatWarning(warning));
	if (process.env.CI) console.log(annotate('warning', warning));
}
for (const problem of problems) {
	console.log(formatProblem(problem));
	if (process.env.CI) console.log(annotate('error', problem));
}
const drafts = cases.filter((item) => item.data.draft).length;
const draftNote = drafts > 0 ? `${plural(drafts, 'draft')}, which a production build leaves out; ${plural(warnings.length, 'warning')}` : '';
if (problems.length > 0) {
	console.log(`\n${plural(problems.length, 'problem')} in the content (${[`${cases.length} case files read`, draftNote].filter(Boolean).join('; ')}).`);
	process.exit(1);
}
console.log(`${warnings.length > 0 ? '\n' : ''}✔ ${cases.length} case files and the taxonomy are valid${draftNote ? ` (${draftNote})` : ''}.`);
