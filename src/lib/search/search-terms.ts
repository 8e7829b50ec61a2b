import type { CaseData } from '../../schemas/case.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { listCaseTagRefs } from '../content/check-case-tags.ts';

/** The names a reader may search a tag by: both labels and every alias (单点登录 / Single sign-on / SSO). */
export function getTagSearchTerms(tag: Tag): string[] {
	return [...new Set([tag.label['zh-CN'], tag.label.en, ...tag.aliases])];
}

/**
 * Everything a case can be found by besides its text, in every language: the names of all its
 * tags (product, industries, capabilities, challenges, gaps, regions, outcome categories). Indexed
 * as an attribute, so search finds "SSO" or "Feishu" on a Chinese page, and stored for the
 * search's precision check.
 */
export function getCaseSearchTerms(data: CaseData, tagsById: Map<string, Tag>): string[] {
	const terms = listCaseTagRefs(data).flatMap((ref) => {
		const tag = tagsById.get(ref.id);
		return tag ? getTagSearchTerms(tag) : [];
	});
	return [...new Set(terms)];
}
