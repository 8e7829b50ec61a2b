import type { CaseData } from '../../schemas/case.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { listCaseTagRefs } from '../content/check-case-tags.ts';

/** The names a reader may search a tag by: both labels and every alias (单点登录 / Single sign-on / SSO). */
export function getTagSearchTerms(tag: Tag): string[] {
	return [...new Set([tag.label['zh-CN'], tag.label.en, ...tag.aliases])];
}

/**
 * Everything a case can be found by besides its report text: the company, the names of all its
 * tags in every language (product, industries, capabilities, challenges, gaps, regions, outcome
 * categories) and the labels of its figures. Indexed from a hidden attribute, so search finds "SSO"
 * or "Feishu" on a Chinese page and a figure by its label, while the key figures, facts and tag
 * lists themselves stay out of the indexed text (their headings and layout made poor excerpts).
 * Stored for the search's precision check too.
 */
export function getCaseSearchTerms(data: CaseData, tagsById: Map<string, Tag>): string[] {
	const figures = data.metrics.flatMap((metric) => [metric.label, ...(metric.note ? [metric.note] : [])]);
	return [...new Set([data.company.name, ...getCaseTagTerms(data, tagsById), ...figures])];
}

/** The names of every tag of a case, in every language, with their aliases. */
export function getCaseTagTerms(data: CaseData, tagsById: Map<string, Tag>): string[] {
	const terms = listCaseTagRefs(data).flatMap((ref) => {
		const tag = tagsById.get(ref.id);
		return tag ? getTagSearchTerms(tag) : [];
	});
	return [...new Set(terms)];
}
