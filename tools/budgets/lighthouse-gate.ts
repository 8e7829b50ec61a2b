/** The scores (0–100) every audited page must reach, mobile profile. */
export const lighthouseThresholds = {
	performance: 97,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
} as const;

export type LighthouseCategory = keyof typeof lighthouseThresholds;
export const lighthouseCategories = Object.keys(lighthouseThresholds) as LighthouseCategory[];

/** The parts of a Lighthouse result (LHR) the gate reads. */
export interface LighthouseResult {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

export interface PageScores {
	scores: Record<LighthouseCategory, number>;
	/** "category: audit title (value)" for every weighted audit that lost points in a failing category. */
	problems: string[];
	passed: boolean;
}

/** Scores of one page, whether they reach the thresholds, and the audits that cost points. */
export function judgeLighthouseResult(result: LighthouseResult, thresholds: Record<LighthouseCategory, number> = lighthouseThresholds): PageScores {
	const scores = Object.fromEntries(lighthouseCategories.map((category) => [category, Math.round((result.categories[category]?.score ?? 0) * 100)])) as Record<
		LighthouseCategory,
		number
	>;
	const problems = lighthouseCategories
		.filter((category) => scores[category] < thresholds[category])
		.flatMap((category) =>
			(result.categories[category]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => ({ ref, audit: result.audits[ref.id] }))
				.filter(
					({ audit }) =>
						audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 1
				)
				.map(({ audit }) => `${category}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`)
		);
	return { scores, problems, passed: lighthouseCategories.every((category) => scores[category] >= thresholds[category]) };
}
