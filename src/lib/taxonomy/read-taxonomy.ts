import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { taxonomyFileSchema, type Tag } from '../../schemas/taxonomy.ts';
import { ContentError, type ContentProblem } from '../content/problem.ts';
import { parseWithProblems } from '../content/zod-problems.ts';
import { facets, isFacet } from './facets.ts';

/**
 * Reads every `<facet>.yml` in `dir` and returns all tags, or throws a `ContentError` naming each
 * bad file, entry and field. Tag ids must be unique across facets (a tag's URL is its id).
 */
export function readTaxonomy(dir: string, root = process.cwd()): Tag[] {
	const problems: ContentProblem[] = [];
	const tags: Tag[] = [];
	const firstFile = new Map<string, string>();
	const files = readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
		.sort();
	for (const name of files) {
		const file = relative(root, join(dir, name));
		// A link would let a pull request read any file of the machine that builds it into the logs.
		if (lstatSync(join(dir, name)).isSymbolicLink()) {
			problems.push({
				file,
				field: '(file path)',
				problem: 'a symbolic link is not content: the check and the build never follow one',
				fix: 'commit the file itself instead of a link to it',
			});
			continue;
		}
		const facet = name.replace(/\.ya?ml$/, '');
		if (!isFacet(facet)) {
			problems.push({ file, field: '(file name)', problem: `unknown facet "${facet}"`, fix: `name the file after one of: ${facets.join(', ')}` });
			continue;
		}
		const text = readFileSync(join(dir, name), 'utf8');
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter });
		if (doc.errors.length > 0) {
			const error = doc.errors[0]!;
			problems.push({ file, line: error.linePos?.[0].line, field: '(yaml)', problem: error.message.split('\n')[0]!, fix: 'fix the YAML syntax' });
			continue;
		}
		// The taxonomy file is plain YAML, so prefix the source with a fence to reuse the frontmatter line finder.
		const result = parseWithProblems(taxonomyFileSchema, doc.toJS(), { file, source: `---\n${text}\n---\n` });
		if (!result.success) {
			problems.push(...result.problems.map((problem) => ({ ...problem, line: problem.line ? problem.line - 1 : undefined })));
			continue;
		}
		for (const entry of result.data) {
			const previous = firstFile.get(entry.id);
			if (previous) {
				problems.push({
					file,
					field: `id "${entry.id}"`,
					problem: `duplicate tag id, already defined in ${previous}`,
					fix: 'tag ids are unique across facets: rename one of them',
				});
				continue;
			}
			firstFile.set(entry.id, file);
			tags.push({ ...entry, facet });
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return tags;
}
