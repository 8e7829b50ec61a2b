import { getTags } from './taxonomy.ts';

/** The words around figures that the taxonomy does not hold, in 简体中文 and English. */
const figureWords: [string, string][] = [
	['提升 / ↑', 'rise, "+" (↑50% → +50%)'],
	['降低 / ↓', 'fall, "−"'],
	['以上', 'at least (qualifier: at-least)'],
	['约', 'about (qualifier: about)'],
	['倍', '× (multiplier)'],
	['从 3 天缩短至 1 小时', 'from 3 days to 1 hour (before → after)'],
	['每客户每周节省 1 小时', '1 hour saved per customer per week (saved)'],
	['万 / 亿', '10 thousand / 100 million (write the full amount in money.amount)'],
	['客户案例', 'customer case'],
	['未满足的需求', 'unmet need (gap)'],
];

/**
 * The glossary contributors translate with, one row per term: the taxonomy's labels of products,
 * capabilities and outcomes (straight from content/taxonomy, so the glossary and the site never
 * disagree) with their ids, then the words around figures.
 */
export async function getGlossaryRows(): Promise<{ zh: string; en: string; id?: string }[]> {
	const tags = await getTags();
	return [
		...(['products', 'capabilities', 'outcomes'] as const).flatMap((facet) =>
			tags.filter((tag) => tag.facet === facet).map((tag) => ({ zh: tag.label['zh-CN'], en: tag.label.en, id: tag.id }))
		),
		...figureWords.map(([zh, en]) => ({ zh, en })),
	];
}
