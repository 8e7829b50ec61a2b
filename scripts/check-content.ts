/**
 * Checks all content at once: schema, taxonomy ids, metric sanity, translation parity, file
 * names and MDX safety. One line per problem, `✖ file:line field — problem — fix`; GitHub
 * annotations as well under CI; exit 1 on any problem.
 *   npm run check [-- --content <dir>]
 */
import { parseArgs } from 'node:util';
import { checkContentRoot } from '../src/lib/content/check-content.ts';
import { getContentRoot } from '../src/lib/content/content-root.ts';
import { formatProblem, type ContentProblem } from '../src/lib/content/problem.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
	console.log('Usage: npm run check [-- --content <dir>]\nChecks every case and the taxonomy under the content root (CONTENT_DIR, default content/).');
	process.exit(0);
}

const contentRoot = getContentRoot(process.cwd(), { ...process.env, CONTENT_DIR: values.content ?? process.env.CONTENT_DIR });
const { cases, problems } = checkContentRoot(contentRoot);

/** A GitHub workflow annotation, shown on the line of the pull request's diff. */
function annotate({ file, line, field, problem, fix }: ContentProblem): string {
	const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return `::error file=${property(file)}${line ? `,line=${line}` : ''},title=${property(field)}::${escape(`${problem} — ${fix}`)}`;
}

for (const problem of problems) {
	console.log(formatProblem(problem));
	if (process.env.CI) console.log(annotate(problem));
}
if (problems.length > 0) {
	console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (${cases.length} case files read).`);
	process.exit(1);
}
console.log(`✔ ${cases.length} case files and the taxonomy are valid.`);
