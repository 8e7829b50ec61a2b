import type { Metric } from '../../schemas/metric.ts';
import { formatProblem } from '../content/problem.ts';
import { getChartGroup, type ChartGroup } from './chart-spec.ts';

/**
 * The metrics an MDX component names, in the order named. Throws a message with the file, the
 * component, the unknown id and the ids that exist, so a typo fails the build clearly.
 */
export function selectMetrics(metrics: Metric[], ids: string[], where: { file: string; component: string }): Metric[] {
	const available = metrics.map((metric) => metric.id);
	return ids.map((id) => {
		const metric = metrics.find((candidate) => candidate.id === id);
		if (!metric) {
			throw new Error(
				formatProblem({
					file: where.file,
					field: `<${where.component}>`,
					problem: `no metric "${id}" in this case`,
					fix: available.length > 0 ? `use one of: ${available.join(', ')}` : 'add the metric to the frontmatter first',
				})
			);
		}
		return metric;
	});
}

/** The chart group all `metrics` share, or an error naming the ones that do not fit one chart. */
export function getSharedChartGroup(metrics: Metric[], where: { file: string; component: string }): ChartGroup {
	const kinds = new Set(metrics.map(getChartGroup));
	const [kind] = kinds;
	if (metrics.length === 0 || kinds.size !== 1 || !kind) {
		const fit = metrics.map((metric) => `${metric.id} (${getChartGroup(metric) ?? `${metric.kind}: no chart`})`).join(', ');
		throw new Error(
			formatProblem({
				file: where.file,
				field: `<${where.component}>`,
				problem: metrics.length === 0 ? 'no metric ids given' : `these metrics do not fit one chart: ${fit}`,
				fix: 'chart percent changes and multipliers together, or before → after and time saved together; values and money show as key figures',
			})
		);
	}
	return kind;
}
