import { parse } from 'yaml';
import { caseSchema, type CaseData } from '../../schemas/case.ts';
import { getFrontmatterText } from './frontmatter.ts';
import type { ContentProblem } from './problem.ts';
import { parseWithProblems } from './zod-problems.ts';

type Result<T> = { success: true; data: T } | { success: false; problems: ContentProblem[] };

/**
 * The frontmatter of an MDX file as plain data, parsed as YAML 1.2 (dates stay strings). The build
 * uses this rather than the MDX integration's YAML 1.1 parser, which silently turns an impossible
 * date such as 2025-13-01 into 2026-01-01.
 */
export function readFrontmatter(file: string, source: string): Result<Record<string, unknown>> {
	const yamlText = getFrontmatterText(source);
	if (yamlText === undefined) {
		return {
			success: false,
			problems: [
				{
					file,
					line: 1,
					field: '(frontmatter)',
					problem: 'no frontmatter',
					fix: 'start the file with a --- fenced YAML block; copy the one of content/cases/zh-cn/payermax.mdx',
				},
			],
		};
	}
	try {
		const data: unknown = parse(yamlText);
		return { success: true, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
		return {
			success: false,
			problems: [
				{
					file,
					line: line ? line + 1 : undefined,
					field: '(frontmatter)',
					problem: `invalid YAML: ${(error as Error).message.split('\n')[0]}`,
					fix: 'fix the YAML syntax (quote text that contains ": ")',
				},
			],
		};
	}
}

/**
 * Validates the frontmatter of one case file with the same schema and the same messages in the
 * build, the CLIs and the tests.
 */
export function parseCaseFile(file: string, source: string, frontmatter = readFrontmatter(file, source)): Result<CaseData> {
	if (!frontmatter.success) return frontmatter;
	const result = parseWithProblems(caseSchema, frontmatter.data, { file, source });
	if (result.success) return result;
	return { success: false, problems: result.problems.map((problem) => nameMetric(problem, frontmatter.data)) };
}

/** Problems inside a metric also name the metric's id, which authors search for. */
function nameMetric(problem: ContentProblem, data: Record<string, unknown>): ContentProblem {
	const index = /^metrics\[(\d+)\]/.exec(problem.field)?.[1];
	const metrics = data.metrics;
	const id = index !== undefined && Array.isArray(metrics) ? (metrics[Number(index)] as { id?: unknown } | undefined)?.id : undefined;
	return typeof id === 'string' ? { ...problem, problem: `metric "${id}": ${problem.problem}` } : problem;
}
