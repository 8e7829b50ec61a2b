import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { CaseInput } from '../../schemas/case.ts';
import { metricSchema, type MetricInput } from '../../schemas/metric.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import { idPattern } from '../../schemas/shared.ts';
import { maxMetricsPerCase } from '../metrics/bounds.ts';
import { parseFigures } from '../metrics/parse-figure.ts';
import type { Facet } from '../taxonomy/facets.ts';
import { parseChineseDate } from './chinese-date.ts';
import { guardMarkdown } from '../content/guard-markdown.ts';
import { slugForCompany } from './company-slug.ts';
import { clip, toSafeMdx, UnsafeMdxError } from './safe-mdx.ts';

/** What an import produced, and what it could not map (never guessed silently). */
export interface ImportResult {
	slug: string;
	frontmatter: CaseInput;
	/**
	 * The report's text as MDX that cannot execute: braces, angle brackets and HTML stay text, links
	 * keep only http(s)/mailto URLs, and the result is parsed as MDX again to make sure (see safe-mdx.ts).
	 */
	body: string;
	/** The whole file: frontmatter and body. */
	mdx: string;
	summary: {
		mapped: string[];
		figures: number;
		tags: Partial<Record<Facet, string[]>>;
		/** What to review: guesses, fields left empty, figures not read. */
		warnings: string[];
		/** What the body leaves out and why: link URLs other than http(s)/mailto, images. */
		dropped: string[];
		/** What stays as text although it looks like code or Markdown: HTML, braces, import/export lines, blocks too odd to parse. */
		escaped: string[];
	};
}

/** A report is about 10 KB; the importer reads up to 1 MB (a case file may hold 100 KB, so the check refuses far less already). */
export const maxReportChars = 1_000_000;
/** Labels and notes the importer writes are cut to this many characters (they head key figures and chart bars). */
export const maxLabelChars = 80;
export const maxNoteChars = 200;
/** Warnings of one kind that can come once per line (a figure not understood) listed at most; the rest are counted. */
const maxRepeatedWarnings = 20;

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

/** Verbs that lead up to a figure and say nothing without it ("提升" in "效率提升50%"). */
const leadVerbs = ['提升', '提高', '增长', '增加', '降低', '减少', '下降', '缩短', '节省', '达到', '从', '由', '达'];

/**
 * `text` without the lead verbs at its end ("客户交接效率提升" → "客户交接效率"), read from the
 * end in linear time (no verb ends another, so there is one way to read them).
 */
function trimLeadVerbs(text: string): string {
	let end = text.length;
	while (end > 0 && /\s/u.test(text[end - 1]!)) end -= 1;
	let cut = end;
	for (let verb = leadVerbs.find((word) => text.endsWith(word, cut)); verb; verb = leadVerbs.find((word) => text.endsWith(word, cut))) cut -= verb.length;
	return cut < end ? text.slice(0, cut) : text;
}

/** A label and note for a figure from the sentence around it: "商务轮转场景，客户交接效率提升98%" → note 商务轮转场景, label 客户交接效率. */
function labelFigure(sentence: string, figureText: string, key: string | undefined): { label: string; note?: string } {
	const at = sentence.indexOf(figureText);
	const before = trimLeadVerbs(at >= 0 ? sentence.slice(0, at) : sentence).trim();
	const after = at >= 0 ? sentence.slice(at + figureText.length).replace(/^(以上|左右)/u, '').trim() : '';
	const candidate = before || after.replace(/^[的，,。]/u, '') || key || sentence;
	const parts = candidate.split(/[，,]/u).map((part) => part.trim()).filter(Boolean);
	const label = (parts.at(-1) ?? candidate).replace(/[。.]$/u, '');
	const note = parts.length > 1 ? parts.slice(0, -1).join('，') : undefined;
	// "覆盖15国…" leaves only a verb before the figure: the item's own name says more.
	if (label.length <= 2 && key) return { label: key, note: sentence };
	return { label: label || key || sentence, note };
}

/**
 * The company in a title such as "PayerMax飞书客户案例分析报告": the text before the suffix. Found by
 * searching for the suffix (linear); a lazy `^(.+?)\s*suffix$` scans each run of spaces from each
 * of its positions.
 */
function companyFromTitle(title: string): string | undefined {
	if (/[\r\n\u2028\u2029]/u.test(title)) return undefined;
	const suffix = /(?:飞书)?客户案例(?:分析)?报告?$/gu;
	suffix.lastIndex = 1;
	const match = suffix.exec(title);
	return match ? title.slice(0, match.index).trim() || undefined : undefined;
}

function firstSentence(content: string, max: number): string {
	const sentence = /^[^。！？.!?]*[。！？.!?]?/u.exec(content.trim())?.[0] ?? content;
	return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`;
}

/**
 * Turns an analysis report in the Markdown of ../shared/seeds/ into a case in 简体中文: a pure
 * function, markdown in, `{ frontmatter, body }` out, with a summary of what was mapped and what
 * was not. Every line of the report ends up in the frontmatter or the body, and what the body may
 * not hold (a javascript: URL, an image) is named in the summary. Linear in the length of the
 * report: blocks the Markdown parser would be slow on are read as plain text (guard-markdown.ts),
 * and no loop below goes over the report once per line or per figure.
 */
export function importReport(markdown: string, options: { tags: Tag[]; slug?: string }): ImportResult {
	const { tags } = options;
	if (markdown.length > maxReportChars) {
		throw new ImportError(`the report has ${markdown.length.toLocaleString('en')} characters, more than the ${maxReportChars.toLocaleString('en')} the importer reads (a report has about 10,000)`);
	}
	const warnings: string[] = [];
	// Warnings that can come once per line of the report are listed up to a limit and then counted.
	const repeated = new Map<string, number>();
	const warn = (warning: string, kind?: string) => {
		const seen = kind ? (repeated.get(kind) ?? 0) : 0;
		if (kind) repeated.set(kind, seen + 1);
		if (seen < maxRepeatedWarnings) warnings.push(warning);
	};
	const mapped: string[] = [];
	const escapedBlocks: string[] = [];

	// Blocks that would make the parser slow (hundreds of emphasis marks, quotes nested hundreds deep) are read as plain text.
	const guarded = guardMarkdown(markdown);
	for (const block of guarded.guarded.slice(0, 20)) escapedBlocks.push(`line${block.from === block.to ? ` ${block.from}` : `s ${block.from}–${block.to}`} kept as plain text, not read as Markdown: ${block.reason}`);
	if (guarded.guarded.length > 20) escapedBlocks.push(`… and ${guarded.guarded.length - 20} more blocks kept as plain text`);
	// An error found after the guard says which blocks it kept as plain text: a title in one of them is no title.
	const guardNote = guarded.guarded.length > 0 ? ` (${escapedBlocks[0]}${guarded.guarded.length > 1 ? ', and more' : ''})` : '';
	const fail = (message: string) => new ImportError(`${message}${guardNote}`);
	let tree: Root;
	try {
		// Markdown with GitHub's extensions, as the site reads a case: both see the same tables, footnotes and code spans.
		tree = unified().use(remarkParse).use(remarkGfm).parse(guarded.markdown) as Root;
	} catch (error) {
		throw new ImportError(`the report cannot be read as Markdown: ${clip((error as Error).message, 120)}`);
	}

	const kept: RootContent[] = [];
	const fields = new Map<string, string>();
	const figureItems: { sentence: string; key?: string; section: string; quantified: boolean }[] = [];
	const sectionText = new Map<string, string[]>();
	let title: string | undefined;
	let sourceUrl: string | undefined;
	let reportDate: string | undefined;
	let basis: string | undefined;
	let positioning: string | undefined;
	let dataSource: string | undefined;
	const path: string[] = [];
	// The section path, and what it says, worked out once per heading, not once per node below it.
	let section = '';
	let isFacts = false;
	let isQuantified = false;
	let isPositioning = false;

	for (const [index, node] of tree.children.entries()) {
		if (node.type === 'heading' && node.depth === 1 && title === undefined) {
			title = text(node);
			continue;
		}
		if (node.type === 'heading') {
			path.length = Math.max(0, (node as Heading).depth - 2);
			path.push(text(node));
			section = path.join(' > ');
			isFacts = /公司概况|基本信息/u.test(section);
			isQuantified = /量化/u.test(section);
			isPositioning = /公司定位/u.test(path.at(-1) ?? '');
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
				// `([^]*)` then trim: a lazy `(.+?)\s*$` scans a run of spaces from each of its positions.
				const field = /^\s*(报告生成时间|分析基于|数据来源)\s*[:：]([^]*)$/u.exec(line);
				const value = field?.[2]!.trim();
				if (!field || !value) {
					if (line.trim()) warn(`footer line kept in the body: "${clip(line, 80)}"`, 'footer lines kept in the body');
					continue;
				}
				if (field[1] === '报告生成时间') reportDate = value;
				if (field[1] === '分析基于') basis = value;
				if (field[1] === '数据来源') dataSource = value;
			}
			if (lines.every((line) => /^\s*(报告生成时间|分析基于|数据来源)\s*[:：]/u.test(line) || !line.trim())) {
				if (kept.at(-1)?.type === 'thematicBreak' && index === tree.children.length - 1) kept.pop();
				continue;
			}
		}
		if (node.type === 'list') {
			for (const item of (node as List).children) {
				const [key, value] = splitField(item);
				if (key && isFacts) fields.set(key, value);
				figureItems.push({ sentence: value || key || '', key, section, quantified: isQuantified });
			}
		}
		if (node.type === 'paragraph' && isPositioning) positioning ??= content;
		if (node.type === 'paragraph') figureItems.push({ sentence: content, section, quantified: isQuantified });
		const bucket = sectionText.get(section) ?? [];
		bucket.push(content);
		sectionText.set(section, bucket);
		kept.push(node);
	}

	if (!title) throw fail('no title: a report starts with "# <公司>飞书客户案例分析报告"');
	const company = fields.get('公司名称') ?? companyFromTitle(title);
	if (!company || !/客户案例|公司概况|客户基本信息/u.test(markdown)) throw fail('not an analysis report: no company name (公司名称) and no 客户案例 title');
	mapped.push('title', 'company.name');

	const url = sourceUrl ?? dataSource;
	if (!url) throw fail('no source: add a line "报告源地址：https://…"');
	if (!/^https?:\/\/\S+$/i.test(url)) throw fail(`the source "${clip(url, 80)}" is not an http(s) URL`);
	if (sourceUrl && dataSource && sourceUrl !== dataSource) warn(`数据来源 "${clip(dataSource, 80)}" differs from 报告源地址; the latter is the source`);
	mapped.push('source.url');

	if (!reportDate) throw fail('no report date: add "**报告生成时间**: 2025年10月17日"');
	const iso = parseChineseDate(reportDate);
	if (!iso) throw fail(`"${clip(reportDate, 40)}" is not a real date (expected e.g. 2025年10月17日)`);
	mapped.push('reportDate');

	const derived = slugForCompany(company, url);
	const slug = options.slug ?? derived.slug;
	if (!options.slug) mapped.push(`slug (${derived.from})`);
	if (!idPattern.test(slug)) throw fail(`"${clip(slug, 40)}" is not a valid slug: lowercase letters, digits and hyphens`);

	// Figures: every list item and paragraph, in reading order; those outside 量化 sections are flagged.
	const metrics: MetricInput[] = [];
	const seen = new Set<string>();
	let beyondLimit = 0;
	for (const item of figureItems) {
		const found = parseFigures(item.sentence);
		const figureLike = /[↑↓]|(?<!\d)\d+(?:\.\d+)?\s*(?:%|％|倍|天|小时|周|个月|年|国|万|亿)/u.test(item.sentence);
		if (found.length === 0 && /[↑↓]\s*[^\d\s]/u.test(`${item.key ?? ''} ${item.sentence}`)) warn(`figure not understood: "${clip(item.key ? `${item.key}: ${item.sentence}` : item.sentence, 80)}"`, 'figures not understood');
		if (found.length === 0 && figureLike && item.quantified) warn(`figure not understood: "${clip(item.sentence, 80)}"`, 'figures not understood');
		for (const figure of found) {
			const key = JSON.stringify(figure.figure);
			if (seen.has(key)) continue;
			seen.add(key);
			if (metrics.length >= maxMetricsPerCase) {
				beyondLimit += 1;
				continue;
			}
			const id = `metric-${metrics.length + 1}`;
			const labelled = labelFigure(item.sentence, figure.text, item.key);
			const label = clip(labelled.label, maxLabelChars);
			const note = labelled.note === undefined ? undefined : clip(labelled.note, maxNoteChars);
			if (labelled.label.length > maxLabelChars || (labelled.note?.length ?? 0) > maxNoteChars) warn(`${id} "${label}": label or note cut to ${maxLabelChars} / ${maxNoteChars} characters, check them`);
			const category = outcomeKeywords.find(([pattern]) => pattern.test(`${label} ${item.sentence}`))?.[1];
			const metric = { id, label, ...(note ? { note } : {}), category: category ?? 'process-efficiency', ...figure.figure } as MetricInput;
			// A figure the schema would refuse (3,000,000 days, 提升0.0001倍) is reported, not written.
			const checked = metricSchema.safeParse(metric);
			if (!checked.success) {
				warn(`figure "${clip(figure.text, 40)}" not imported: ${checked.error.issues.map((issue) => issue.message).join('; ')}`, 'figures out of bounds');
				continue;
			}
			if (!category) warn(`${id} "${label}": outcome category guessed as process-efficiency, check it`);
			if (!item.quantified) warn(`${id} "${label}": figure found outside the quantified results (${clip(item.section || 'top', 60)}), check it`);
			metrics.push(metric);
		}
	}
	if (beyondLimit > 0) warn(`${beyondLimit.toLocaleString('en')} more figure${beyondLimit === 1 ? '' : 's'} not imported: a case holds at most ${maxMetricsPerCase}; keep those the report leads with`);
	if (metrics.length > 0) warn(`metric ids metric-1…metric-${metrics.length}: rename them to stable English ids (they become #metric-… anchors)`);

	const all = (pattern: RegExp) => [...sectionText].filter(([name]) => pattern.test(name)).flatMap(([, lines]) => lines).join('\n');
	const industries = findTags(fields.get('所属行业') ?? '', tags, 'industries');
	if (industries.length === 0) warn(`industry "${clip(fields.get('所属行业') ?? '(none)', 60)}" matches no tag: set industries by hand`);
	const capabilities = findTags(all(/功能|能力|模块/u), tags, 'capabilities');
	const challenges = findTags(all(/痛点|挑战/u), tags, 'challenges');
	const gaps = findTags(all(/未能满足|需求缺口|改进|其他解决方案|缺口/u), tags, 'gaps');
	const regions = findTags(`${positioning ?? ''}\n${all(/./u)}`, tags, 'regions');
	if (regions.length === 0) warn('no region found: regions set to [global], check it');
	const sizeText = fields.get('公司规模');
	const size = sizeText && !/未明确|未提及|不详|未知/u.test(sizeText) ? findTags(sizeText, tags, 'sizes')[0] : 'unknown';
	if (!size) warn(`size "${clip(sizeText ?? '', 60)}" matches no tag: set to unknown`);
	const product = /飞书|feishu|lark/iu.test(`${title}\n${markdown}`) ? 'feishu' : undefined;
	if (!product) warn('no product found: set product by hand');
	const business = fields.get('主营业务');
	if (!business) warn('no 主营业务: company.business needs writing');
	const description = firstSentence(positioning ?? business ?? title, 160);
	warn('description generated from the report: review it (≤ 160 characters, cards and search engines show it)');

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
	if (industries.length === 0) warn('industries set to [fintech] as a placeholder: replace it');
	mapped.push(...(['company.business', 'company.positioning', 'company.size', 'industries'] as const).filter((field) => (field === 'company.business' ? business : field === 'company.positioning' ? positioning : field === 'company.size' ? sizeText : industries.length > 0)));

	let safe: ReturnType<typeof toSafeMdx>;
	try {
		safe = toSafeMdx(kept);
	} catch (error) {
		if (error instanceof UnsafeMdxError) throw new ImportError(`refused: ${error.message}; nothing was written`);
		throw error;
	}
	const body = safe.mdx;
	const mdx = `---\n# Imported from an analysis report by npm run import: review the fields marked in the summary.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
	for (const [kind, count] of repeated) if (count > maxRepeatedWarnings) warnings.push(`… and ${(count - maxRepeatedWarnings).toLocaleString('en')} more ${kind}`);
	return {
		slug,
		frontmatter,
		body,
		mdx,
		summary: { mapped, figures: metrics.length, tags: { industries, capabilities, challenges, gaps, regions }, warnings, dropped: safe.notes.dropped, escaped: [...escapedBlocks, ...safe.notes.escaped] },
	};
}
