import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Metric } from '../../schemas/metric.ts';
import { getChartGroup } from '../metrics/chart-spec.ts';
import { readComponentProps } from './mdx-safety.ts';
import type { ContentProblem } from './problem.ts';

/**
 * `<Metric id>` and `<MetricChart ids>` against the case's own metrics, with the line of each:
 * an unknown id, or figures that cannot share one chart, is a problem of the file like any other.
 */
export function checkMetricReferences(file: string, tree: Root, metrics: Metric[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map(metrics.map((metric) => [metric.id, metric]));
	const available = metrics.length > 0 ? `use one of: ${metrics.map((metric) => metric.id).join(', ')}` : 'add the metric to the frontmatter first';
	visit(tree, (node) => {
		if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || (node.name !== 'Metric' && node.name !== 'MetricChart')) return;
		const line = node.position?.start.line;
		const field = `<${node.name}>`;
		const props = readComponentProps(node.attributes);
		const value = node.name === 'Metric' ? props.id : props.ids;
		// A missing or non-literal prop is the safety check's to report.
		if (value === undefined) return;
		const ids = typeof value === 'string' ? [value] : value;
		if (ids.length === 0) {
			problems.push({
				file,
				line,
				field,
				problem: 'no metric ids given',
				fix: `name at least one figure, e.g. ids={['${metrics[0]?.id ?? 'response-speed'}']}`,
			});
			return;
		}
		const unknown = ids.filter((id) => !byId.has(id));
		for (const id of unknown) problems.push({ file, line, field, problem: `no metric "${id}" in this case`, fix: available });
		if (node.name !== 'MetricChart' || unknown.length > 0) return;
		const chosen = ids.map((id) => byId.get(id)!);
		const kinds = new Set(chosen.map(getChartGroup));
		if (kinds.size !== 1 || kinds.has(undefined)) {
			const fit = chosen.map((metric) => `${metric.id} (${getChartGroup(metric) ?? `${metric.kind}: no chart`})`).join(', ');
			problems.push({
				file,
				line,
				field,
				problem: `these metrics do not fit one chart: ${fit}`,
				fix: 'chart percent changes and multipliers together, or before → after and time saved together; values and money show as key figures',
			});
		}
	});
	return problems;
}
