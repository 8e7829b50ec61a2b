import { parse } from 'yaml';
import { caseSchema, type CaseData } from '../../schemas/case';
import { getFrontmatterText } from './frontmatter';
import type { ContentProblem } from './problem';
import { parseWithProblems } from './zod-problems';

/**
 * Validates the frontmatter of one case file outside Astro (CLIs, tests), with the same schema and
 * the same messages as the build.
 */
export function parseCaseFile(file: string, source: string): { success: true; data: CaseData } | { success: false; problems: ContentProblem[] } {
	const yamlText = getFrontmatterText(source);
	if (yamlText === undefined) {
		return { success: false, problems: [{ file, line: 1, field: '(frontmatter)', problem: 'no frontmatter', fix: 'start the file with a --- fenced YAML block; copy the one of content/cases/zh-cn/payermax.mdx' }] };
	}
	let data: unknown;
	try {
		data = parse(yamlText);
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
		return { success: false, problems: [{ file, line: line ? line + 1 : undefined, field: '(frontmatter)', problem: `invalid YAML: ${(error as Error).message.split('\n')[0]}`, fix: 'fix the YAML syntax (quote text that contains ": ")' }] };
	}
	return parseWithProblems(caseSchema, data ?? {}, { file, source });
}
