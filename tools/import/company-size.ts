/**
 * The size tag for a headcount, by the ranges content/taxonomy/sizes.yml states: small < 100,
 * mid-size 100–999, large ≥ 1,000.
 */
export function sizeForHeadcount(headcount: number): 'small' | 'mid-size' | 'large' {
	if (headcount >= 1000) return 'large';
	return headcount >= 100 ? 'mid-size' : 'small';
}

/**
 * The company's headcount in a report's size field: 约8000人 → 8000, 员工约600名 → 600, 1.2万人 → 12000,
 * 超过 3,000 名员工 → 3000. The first number followed by a person word counts; shares (其中…占比70%)
 * are not headcounts. Undefined when no headcount is written.
 */
export function readHeadcount(text: string): number | undefined {
	const normal = text.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
	const match = /(?<![\d.])(\d+(?:\.\d+)?)\s*(万)?\s*(?:多|余)?\s*(?:名|位|个)?\s*(?:员工|人|employees?|staff|people)/iu.exec(normal);
	if (!match) return undefined;
	const headcount = Number(match[1]) * (match[2] ? 10_000 : 1);
	return Number.isFinite(headcount) && headcount >= 1 ? Math.round(headcount) : undefined;
}
