import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { CaseInput } from '../../schemas/case.ts';
import type { MetricInput } from '../../schemas/metric.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { idPattern } from '../../schemas/shared.ts';
import { isDangerousUrl } from '../content/mdx-safety.ts';
import { parseFigures } from '../metrics/parse-figure.ts';
import type { Facet } from '../taxonomy/facets.ts';
import { parseChineseDate } from './chinese-date.ts';

/** What an import produced, and what it could not map (never guessed silently). */
export interface ImportResult {
	slug: string;
	frontmatter: CaseInput;
	/** The report's text as MDX that cannot execute: braces, angle brackets and HTML stay text. */
	body: string;
	/** The whole file: frontmatter and body. */
	mdx: string;
	summary: { mapped: string[]; figures: number; tags: Partial<Record<Facet, string[]>>; warnings: string[] };
}

export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

const outcomeKeywords: [RegExp, string][] = [
	[/响应|response/i, 'responsiveness'],
	[/节省|省下|saved?/i, 'time-saved'],
	[/推送|信息|同步|通知|information|alert/i, 'information-flow'],
	[/覆盖|国家|语言|countries|coverage/i, 'global-reach'],
	[/效率|周期|交接|审批|流程|处理|efficien|cycle/i, 'process-efficiency'],
];

const text = (node: RootContent | ListItem | PhrasingContent) => toString(node).trim();

/** Text of a node with its hard line breaks kept as newlines (the report's footer is one paragraph). */
function textWithBreaks(node: { type: string; value?: string; children?: unknown[] }): string {
	if (node.type === 'break') return '\n';
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map((child) => textWithBreaks(child as typeof node)).join('');
}

/** `- **字段**: 值` → ['字段', '值']; other items → [undefined, text]. */
function splitField(item: ListItem): [string | undefined, string] {
	const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph');
	const first = paragraph?.children[0];
	if (paragraph && first?.type === 'strong') {
		const key = text(first);
		const rest = toString({ type: 'paragraph', children: paragraph.children.slice(1) } as Paragraph).replace(/^\s*[:：]\s*/, '').trim();
		return [key, rest];
	}
	return [undefined, text(item)];
}

/** Tag ids whose label or alias occurs in `content`, longest names first so 多维表格 wins over 表格. */
function findTags(content: string, tags: Tag[], facet: Facet): string[] {
	// Compare without spaces: reports write "API集成" where the taxonomy says "API 集成".
	const lower = content.toLowerCase().replace(/\s+/g, '');
	const names = tags
		.filter((tag) => tag.facet === facet)
		.flatMap((tag) => [tag.label['zh-CN'], tag.label.en, ...tag.aliases].map((name) => ({ id: tag.id, name: name.toLowerCase().replace(/\s+/g, '') })))
		.filter(({ name }) => name.length >= 2 && (/\p{Script=Han}/u.test(name) || name.length >= 3))
		.sort((a, b) => b.name.length - a.name.length);
	const found: string[] = [];
	for (const { id, name } of names) if (!found.includes(id) && lower.includes(name)) found.push(id);
	return found;
}

/** A slug from a Latin company name ("PayerMax" → payermax); undefined for a name without Latin letters. */
export function slugFromName(name: string): string | undefined {
	const slug = name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug && idPattern.test(slug) ? slug : undefined;
}

/** A label and note for a figure from the sentence around it: "商务轮转场景，客户交接效率提升98%" → note 商务轮转场景, label 客户交接效率. */
function labelFigure(sentence: string, figureText: string, key: string | undefined): { label: string; note?: string } {
	const at = sentence.indexOf(figureText);
	const before = (at >= 0 ? sentence.slice(0, at) : sentence).replace(/(提升|提高|增长|增加|降低|减少|下降|缩短|节省|从|由|达到|达)+\s*$/u, '').trim();
	const after = at >= 0 ? sentence.slice(at + figureText.length).replace(/^(以上|左右)/u, '').trim() : '';
	const candidate = before || after.replace(/^[的，,。]/u, '') || key || sentence;
	const parts = candidate.split(/[，,]/u).map((part) => part.trim()).filter(Boolean);
	const label = (parts.at(-1) ?? candidate).replace(/[。.]$/u, '');
	const note = parts.length > 1 ? parts.slice(0, -1).join('，') : undefined;
	// "覆盖15国…" leaves only a verb before the figure: the item's own name says more.
	if (label.length <= 2 && key) return { label: key, note: sentence };
	return { label: label || key || sentence, note };
}

function firstSentence(content: string, max: number): string {
	const sentence = /^[^。！？.!?]*[。！？.!?]?/u.exec(content.trim())?.[0] ?? content;
	return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`;
}

/**
 * Turns an analysis report in the Markdown of ../shared/seeds/ into a case in 简体中文: a pure
 * function, markdown in, `{ frontmatter, body }` out, with a summary of what was mapped and what
 * was not. Every line of the report ends up in the frontmatter or the body.
 */
export function importReport(markdown: string, options: { tags: Tag[]; slug?: string }): ImportResult {
	const { tags } = options;
	const warnings: string[] = [];
	const mapped: string[] = [];
	const tree = unified().use(remarkParse).parse(markdown) as Root;
	const kept: RootContent[] = [];
	const fields = new Map<string, string>();
	const figureItems: { sentence: string; key?: string; section: string }[] = [];
	const sectionText = new Map<string, string[]>();
	let title: string | undefined;
	let sourceUrl: string | undefined;
	let reportDate: string | undefined;
	let basis: string | undefined;
	let positioning: string | undefined;
	let dataSource: string | undefined;
	const path: string[] = [];

	for (const [index, node] of tree.children.entries()) {
		if (node.type === 'heading' && node.depth === 1 && title === undefined) {
			title = text(node);
			continue;
		}
		if (node.type === 'heading') {
			path.length = Math.max(0, (node as Heading).depth - 2);
			path.push(text(node));
		}
		const content = text(node);
		const sourceLine = /^报告源地址\s*[:：]\s*(\S+)/u.exec(content);
		if (node.type === 'paragraph' && sourceLine && !title) {
			sourceUrl = sourceLine[1];
			continue;
		}
		// The footer: **报告生成时间**: … / **分析基于**: … / **数据来源**: …
		if (node.type === 'paragraph' && /报告生成时间|数据来源|分析基于/u.test(content)) {
			const lines = textWithBreaks(node).split('\n');
			for (const line of lines) {
				const field = /^\s*(报告生成时间|分析基于|数据来源)\s*[:：]\s*(.+?)\s*$/u.exec(line);
				if (!field) {
					if (line.trim()) warnings.push(`footer line kept in the body: "${line.trim()}"`);
					continue;
				}
				if (field[1] === '报告生成时间') reportDate = field[2];
				if (field[1] === '分析基于') basis = field[2];
				if (field[1] === '数据来源') dataSource = field[2];
			}
			if (lines.every((line) => /^\s*(报告生成时间|分析基于|数据来源)\s*[:：]/u.test(line) || !line.trim())) {
				if (kept.at(-1)?.type === 'thematicBreak' && index === tree.children.length - 1) kept.pop();
				continue;
			}
		}
		const section = path.join(' > ');
		if (node.type === 'list') {
			for (const item of (node as List).children) {
				const [key, value] = splitField(item);
				if (key && /公司概况|基本信息/u.test(section)) fields.set(key, value);
				figureItems.push({ sentence: value || key || '', key, section });
			}
		}
		if (node.type === 'paragraph' && /公司定位/u.test(path.at(-1) ?? '')) positioning ??= content;
		if (node.type === 'paragraph') figureItems.push({ sentence: content, section });
		const bucket = sectionText.get(section) ?? [];
		bucket.push(content);
		sectionText.set(section, bucket);
		kept.push(node);
	}

	if (!title) throw new ImportError('no title: a report starts with "# <公司>飞书客户案例分析报告"');
	const company = fields.get('公司名称') ?? /^(.+?)\s*(?:飞书)?客户案例(?:分析)?报告?$/u.exec(title)?.[1]?.trim();
	if (!company || !/客户案例|公司概况|客户基本信息/u.test(markdown)) throw new ImportError('not an analysis report: no company name (公司名称) and no 客户案例 title');
	mapped.push('title', 'company.name');

	const url = sourceUrl ?? dataSource;
	if (!url) throw new ImportError('no source: add a line "报告源地址：https://…"');
	if (!/^https?:\/\/\S+$/i.test(url)) throw new ImportError(`the source "${url}" is not an http(s) URL`);
	if (sourceUrl && dataSource && sourceUrl !== dataSource) warnings.push(`数据来源 "${dataSource}" differs from 报告源地址; the latter is the source`);
	mapped.push('source.url');

	if (!reportDate) throw new ImportError('no report date: add "**报告生成时间**: 2025年10月17日"');
	const iso = parseChineseDate(reportDate);
	if (!iso) throw new ImportError(`"${reportDate}" is not a real date (expected e.g. 2025年10月17日)`);
	mapped.push('reportDate');

	const slug = options.slug ?? slugFromName(company);
	if (!slug) throw new ImportError(`cannot make a URL slug from "${company}": pass --slug, e.g. --slug my-company`);
	if (!idPattern.test(slug)) throw new ImportError(`"${slug}" is not a valid slug: lowercase letters, digits and hyphens`);

	// Figures: every list item and paragraph, in reading order; those outside 量化 sections are flagged.
	const metrics: MetricInput[] = [];
	const seen = new Set<string>();
	for (const item of figureItems) {
		const found = parseFigures(item.sentence);
		const figureLike = /[↑↓]|\d+(?:\.\d+)?\s*(?:%|％|倍|天|小时|周|个月|年|国|万|亿)/u.test(item.sentence);
		if (found.length === 0 && /[↑↓]\s*[^\d\s]/u.test(`${item.key ?? ''} ${item.sentence}`)) warnings.push(`figure not understood: "${item.key ? `${item.key}: ` : ''}${item.sentence}"`);
		if (found.length === 0 && figureLike && /量化/u.test(item.section)) warnings.push(`figure not understood: "${item.sentence}"`);
		for (const figure of found) {
			const key = JSON.stringify(figure.figure);
			if (seen.has(key)) continue;
			seen.add(key);
			const { label, note } = labelFigure(item.sentence, figure.text, item.key);
			const category = outcomeKeywords.find(([pattern]) => pattern.test(`${label} ${item.sentence}`))?.[1];
			if (!category) warnings.push(`metric-${metrics.length + 1} "${label}": outcome category guessed as process-efficiency, check it`);
			if (!/量化/u.test(item.section)) warnings.push(`metric-${metrics.length + 1} "${label}": figure found outside the quantified results (${item.section || 'top'}), check it`);
			metrics.push({ id: `metric-${metrics.length + 1}`, label, ...(note ? { note } : {}), category: category ?? 'process-efficiency', ...figure.figure } as MetricInput);
		}
	}
	if (metrics.length > 0) warnings.push(`metric ids metric-1…metric-${metrics.length}: rename them to stable English ids (they become #metric-… anchors)`);

	const all = (pattern: RegExp) => [...sectionText].filter(([section]) => pattern.test(section)).flatMap(([, lines]) => lines).join('\n');
	const industries = findTags(fields.get('所属行业') ?? '', tags, 'industries');
	if (industries.length === 0) warnings.push(`industry "${fields.get('所属行业') ?? '(none)'}" matches no tag: set industries by hand`);
	const capabilities = findTags(all(/功能|能力|模块/u), tags, 'capabilities');
	const challenges = findTags(all(/痛点|挑战/u), tags, 'challenges');
	const gaps = findTags(all(/未能满足|需求缺口|改进|其他解决方案|缺口/u), tags, 'gaps');
	const regions = findTags(`${positioning ?? ''}\n${all(/./u)}`, tags, 'regions');
	if (regions.length === 0) warnings.push('no region found: regions set to [global], check it');
	const sizeText = fields.get('公司规模');
	const size = sizeText && !/未明确|未提及|不详|未知/u.test(sizeText) ? findTags(sizeText, tags, 'sizes')[0] : 'unknown';
	if (!size) warnings.push(`size "${sizeText}" matches no tag: set to unknown`);
	const product = /飞书|feishu|lark/iu.test(`${title}\n${markdown}`) ? 'feishu' : undefined;
	if (!product) warnings.push('no product found: set product by hand');
	const business = fields.get('主营业务');
	if (!business) warnings.push('no 主营业务: company.business needs writing');
	const description = firstSentence(positioning ?? business ?? title, 160);
	warnings.push('description generated from the report: review it (≤ 160 characters, cards and search engines show it)');

	const frontmatter: CaseInput = {
		title: title.length <= 90 ? title : `${title.slice(0, 89)}…`,
		description,
		company: {
			name: company,
			business: business ?? '（待补充）',
			...(positioning ? { positioning } : {}),
			size: size ?? 'unknown',
			...(sizeText && (size === 'unknown' || !size) ? { sizeNote: sizeText } : {}),
			regions: regions.length > 0 ? regions : ['global'],
		},
		product: product ?? 'feishu',
		industries: industries.length > 0 ? industries : ['fintech'],
		capabilities,
		challenges,
		gaps,
		metrics,
		source: { url, publisher: product === 'feishu' ? '飞书' : '（待补充）', ...(basis ? { basis } : {}) },
		reportDate: iso,
	};
	if (industries.length === 0) warnings.push('industries set to [fintech] as a placeholder: replace it');
	mapped.push(...(['company.business', 'company.positioning', 'company.size', 'industries'] as const).filter((field) => (field === 'company.business' ? business : field === 'company.positioning' ? positioning : field === 'company.size' ? sizeText : industries.length > 0)));

	const body = toBody(kept, warnings);
	const mdx = `---\n# Imported from an analysis report by npm run import: review the fields marked in the summary.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
	return { slug, frontmatter, body, mdx, summary: { mapped, figures: metrics.length, tags: { industries, capabilities, challenges, gaps, regions }, warnings } };
}

/**
 * The kept Markdown as MDX that cannot execute: raw HTML becomes text, unsafe link URLs are
 * dropped (their text stays), and the MDX serializer escapes `{`, `}`, `<` in text.
 */
function toBody(nodes: RootContent[], warnings: string[]): string {
	const root: Root = { type: 'root', children: structuredClone(nodes) };
	const visit = (node: { type: string; children?: unknown[]; value?: string; url?: string }, parent?: { children: unknown[] }) => {
		if (node.type === 'html' && parent) {
			const index = parent.children.indexOf(node);
			const isBlock = !('children' in parent) || (parent as { type?: string }).type === 'root';
			parent.children[index] = isBlock ? { type: 'paragraph', children: [{ type: 'text', value: node.value }] } : { type: 'text', value: node.value };
			warnings.push(`raw HTML kept as text: "${(node.value ?? '').slice(0, 40)}"`);
			return;
		}
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && (isDangerousUrl(node.url) || !/^(https?:|mailto:|#|\/)/i.test(node.url))) {
			warnings.push(`link "${node.url.slice(0, 40)}" removed, its text kept`);
			if (parent) {
				const index = parent.children.indexOf(node);
				parent.children.splice(index, 1, ...((node.children as unknown[] | undefined) ?? [{ type: 'text', value: (node as { alt?: string }).alt ?? '' }]));
			}
			return;
		}
		for (const child of [...(node.children ?? [])]) visit(child as typeof node, node as { children: unknown[] });
	};
	visit(root as never);
	const markdown = toMarkdown(root, { extensions: [mdxToMarkdown()], bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one' });
	return escapeEsmLines(markdown);
}

/**
 * MDX reads a line that starts with `import` or `export` as JavaScript, which the serializer does
 * not know. Outside code blocks, such a line gets its first letter as a character reference
 * (`&#x69;mport`): it reads the same and stays text.
 */
function escapeEsmLines(markdown: string): string {
	let fence: string | undefined;
	return markdown
		.split('\n')
		.map((line) => {
			const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
			if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker;
			if (fence) return line;
			return line.replace(/^(\s{0,3})(i)(mport\b)|^(\s{0,3})(e)(xport\b)/, (_match, a, i, rest, b, e, rest2) => (i ? `${a}&#x69;${rest}` : `${b}&#x65;${rest2}`));
		})
		.join('\n');
}
