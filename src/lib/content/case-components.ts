/**
 * The components a case's MDX may use, without importing them: `<Metric id="…" />` cites one figure
 * inline, `<MetricChart ids={[…]} />` places a chart. The safety check allows these names and
 * nothing else; the body renderer turns them into a figure link and a chart slot.
 */
export const caseComponentNames = ['Metric', 'MetricChart'] as const;
