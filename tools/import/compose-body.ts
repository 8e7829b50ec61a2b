import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Text } from 'mdast';
import { uiText } from '../../src/lib/i18n/ui-text.ts';
import { qualifierAfterPattern, qualifierBeforePattern } from './qualifier-words.ts';

/**
 * The site's section headings in 简体中文, the language of the reports the importer reads, from the
 * UI strings (`case.section.*`), as the scaffold writes them in each language.
 */
export const sectionTitles = {
	profile: uiText('zh-cn', 'case.section.profile'),
	capabilities: uiText('zh-cn', 'case.section.capabilities'),
	challenges: uiText('zh-cn', 'case.section.challenges'),
	results: uiText('zh-cn', 'case.section.results'),
	quantified: uiText('zh-cn', 'case.section.quantified'),
	qualitative: uiText('zh-cn', 'case.section.qualitative'),
	needs: uiText('zh-cn', 'case.section.needs'),
	insights: uiText('zh-cn', 'case.section.insights'),
};

/**
 * The site's section model for a case in 简体中文 (the PayerMax case is the model): the report's
 * headings are mapped onto these, numbering removed, and sections the model does not know are kept
 * under their own heading, listed for review.
 */
export const siteSections = [
	{ title: sectionTitles.profile, owns: /客户基本信息|公司概况|基本信息|基本情况|公司简介/u, matches: /公司概况|公司定位|基本信息|基本情况|公司简介/u },
	{ title: sectionTitles.capabilities, matches: /功能|能力|模块|应用场景/u },
	{ title: sectionTitles.challenges, matches: /痛点|挑战|解决方案/u },
	{ title: sectionTitles.results, matches: /价值|效果|成效|效率提升|数据支撑|量化/u },
	{ title: sectionTitles.needs, owns: /未能满足|需求缺口/u, matches: /未能满足|需求缺口|改进空间|其他解决方案/u },
	{ title: sectionTitles.insights, owns: /战略|洞察/u, matches: /战略|洞察|启示/u },
] as const;

/** "3. 业务价值和效率提升（数据支撑）" → "业务价值和效率提升（数据支撑）". */
export function stripNumbering(title: string): string {
	return title.replace(/^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．)）]\s*/u, '').trim();
}

/** The site section a node under these report headings belongs to; undefined when none fits. */
export function siteSectionFor(h2: string, h3: string | undefined): { title: string; byH3: boolean } | undefined {
	const owner = siteSections.find((section) => 'owns' in section && section.owns.test(h2));
	if (owner) return { title: owner.title, byH3: false };
	// 未能满足 is tried before 痛点与解决方案: "其他解决方案" there is a need, not a solution.
	const ordered = [...siteSections].sort((a, b) => Number('owns' in b) - Number('owns' in a));
	const byH3 = h3 ? ordered.find((section) => section.matches.test(h3)) : undefined;
	if (byH3) return { title: byH3.title, byH3: true };
	const byH2 = ordered.find((section) => section.matches.test(h2));
	return byH2 ? { title: byH2.title, byH3: false } : undefined;
}

/** What the site calls the report's result subsections. */
export function siteSubheading(title: string): string {
	if (/量化/u.test(title)) return sectionTitles.quantified;
	if (/质性/u.test(title)) return sectionTitles.qualitative;
	return title;
}

export const heading = (depth: 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value }] });
export const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/** A bold key that is only a figure ("**↑50%**: …"): the sentence after it says the same. */
const figureOnlyKey = /^[↑↓+\-−]?\s*\d+(?:\.\d+)?\s*(?:%|％|倍|×)?$/u;

/**
 * `- **字段**: 值` the way the site writes it in Chinese (`**字段**：值`), and a key that only
 * repeats the figure after it dropped.
 */
export function tidyListItems(list: List): void {
	for (const item of list.children as ListItem[]) {
		const first = item.children[0];
		if (first?.type !== 'paragraph') continue;
		const [key, rest] = first.children;
		if (key?.type !== 'strong' || rest?.type !== 'text' || !/^\s*[:：]/u.test(rest.value)) continue;
		const keyText = (key as Strong).children.map((child) => ('value' in child ? child.value : '')).join('');
		if (figureOnlyKey.test(keyText.trim())) first.children.splice(0, 2, { ...rest, value: rest.value.replace(/^\s*[:：]\s*/u, '') });
		else rest.value = rest.value.replace(/^\s*[:：]\s*/u, '：');
	}
}

/** Words that qualify a figure next to it leave the text: the cited metric says them itself (约 120 万元). */
const qualifierBefore = qualifierBeforePattern;
const qualifierAfter = qualifierAfterPattern;

/**
 * Puts `token` where `figureText` stands in the text of `node` (with a qualifier word beside it),
 * once; false when the text does not hold it as written (a figure read from 十五 or a split node).
 */
export function citeFigure(node: Paragraph | Heading, figureText: string, token: string): boolean {
	const visit = (children: PhrasingContent[]): boolean => {
		for (const child of children) {
			if (child.type === 'text') {
				const at = (child as Text).value.indexOf(figureText);
				if (at < 0) continue;
				const before = child.value.slice(0, at).replace(qualifierBefore, '');
				const after = child.value.slice(at + figureText.length).replace(qualifierAfter, '');
				child.value = `${before}${token}${after}`;
				return true;
			}
			if ('children' in child && child.type !== 'link' && visit(child.children as PhrasingContent[])) return true;
		}
		return false;
	};
	return visit(node.children);
}

/** Nodes of the body grouped by site section, in the model's order, then the sections it does not know. */
export function assembleSections(sections: Map<string, RootContent[]>): RootContent[] {
	const known: string[] = siteSections.map((section) => section.title);
	const order = [...known.filter((title) => sections.has(title)), ...[...sections.keys()].filter((title) => !known.includes(title))];
	return order.flatMap((title) => {
		const nodes = sections.get(title)!;
		return nodes.length > 0 ? [heading(2, title), ...nodes] : [];
	});
}
