/**
 * The components a case's MDX may use, without importing them: `<Metric id="…" />` cites one figure
 * inline, `<MetricChart ids={[…]} />` places a chart. The route passes exactly these to the MDX
 * content; the MDX safety check allows these names and nothing else.
 */
export const caseComponentNames = ['Metric', 'MetricChart'] as const;
export type CaseComponentName = (typeof caseComponentNames)[number];
