import { randomBytes } from 'node:crypto';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { CaseInput } from '../../src/schemas/case.ts';
import { metricSchema, type Metric, type MetricInput } from '../../src/schemas/metric.ts';
import type { Tag } from '../../src/schemas/taxonomy.ts';
import { getLatestToday, idPattern } from '../../src/schemas/shared.ts';
import { maxMetricsPerCase } from '../../src/lib/metrics/bounds.ts';
import { formatMetric } from '../../src/lib/metrics/format-metric.ts';
import { parseFigures, type Figure } from './parse-figure.ts';
import type { Facet } from '../../src/lib/taxonomy/facets.ts';
import { parseChineseDate } from './chinese-date.ts';
import { guardMarkdown } from '../../src/lib/content/guard-markdown.ts';
import { slugForCompany } from './company-slug.ts';
import { readHeadcount, sizeForHeadcount } from './company-size.ts';
import {
	assembleSections,
	citeFigure,
	heading,
	paragraph,
	sectionTitles,
	siteSectionFor,
	siteSubheading,
	stripNumbering,
	tidyListItems,
} from './compose-body.ts';
import { metricIdFor } from './metric-id.ts';
import { qualifierAfterPattern, qualifierBeforePattern } from './qualifier-words.ts';
import { clip, findMdxProblems, summarizeProblems, toSafeMdx, UnsafeMdxError } from './safe-mdx.ts';

/** What an import produced, and what it could not map (never guessed silently). */
export interface ImportResult {
	slug: string;
	frontmatter: CaseInput;
	/**
	 * The report's text as MDX that cannot execute: braces, angle brackets and HTML stay text, links
	 * keep only http(s)/mailto URLs, and the result is checked as the build checks a case (see safe-mdx.ts).
	 */
	body: string;
	/** The whole file: frontmatter and body. */
	mdx: string;
	summary: {
		mapped: string[];
		figures: number;
		tags: Partial<Record<Facet, string[]>>;
		/** Bullets that match no tag, proposed as new tags of their facet (also in `warnings`). */
		proposedTags: { facet: Facet; name: string }[];
		/**
		 * What to review: guesses, fields left empty, figures not read. The file's `review:` list holds them too, in English
		 * like the terminal: they are the importer's messages to the reviewer, removed before the case is published.
		 */
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
	[/成本|开支|cost/i, 'cost-savings'],
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
		const rest = toString({ type: 'paragraph', children: paragraph.children.slice(1) } as Paragraph)
			.replace(/^\s*[:：]\s*/, '')
			.trim();
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

/** Words before a figure that say when or for whom, not what: 每年, 每位班组长每天, 单客户每周. */
const periodOrSubject = /^(?:(?:每|单)(?:个|位|名|家)?\p{Script=Han}{0,6}?(?=每(?:天|日|周|星期|月|个月|年)))?(?:每(?:天|日|周|星期|月|个月|年))?/u;
/** What a saving says before its object: 每年节省纸张与差旅成本 → 纸张与差旅成本. */
const savingVerb = /^(?:节省|节约|省下|减少|降低)(?:了)?/u;

/**
 * A label and note for a figure from the sentence around it: "商务轮转场景，客户交接效率提升98%" →
 * note 商务轮转场景, label 客户交接效率; "每年节省纸张与差旅成本约120万元" → 纸张与差旅成本节省;
 * "每位班组长每天约30分钟" under **排班时间** → label 排班时间, note 每位班组长.
 */
function labelFigure(sentence: string, figure: { text: string; figure: Figure }, key: string | undefined): { label: string; note?: string } {
	const at = sentence.indexOf(figure.text);
	const clauses = (at >= 0 ? sentence.slice(0, at) : sentence).split(/[，,；;]/u);
	let before = clauses.at(-1)!;
	const earlier = clauses
		.slice(0, -1)
		.map((part) => part.trim())
		.filter(Boolean);
	// Whom a saving counts for, when the report names more than 客户 or 员工 (每位班组长): the note says it.
	const subject = /^(?:每|单)(?:个|位|名|家)?(\p{Script=Han}{1,6}?)(?=每(?:天|日|周|星期|月|个月|年))/u.exec(figure.text);
	const namedSubject = subject && !/^(客户|员工|人|团队|项目)$/u.test(subject[1]!) ? subject[0] : undefined;
	const saving = Boolean(figure.figure.money || figure.figure.saved) && /节省|节约|省下/u.test(sentence);
	before = trimLeadVerbs(before.trim().replace(periodOrSubject, '').replace(savingVerb, '').replace(qualifierBeforePattern, '')).trim();
	const after =
		at >= 0
			? sentence
					.slice(at + figure.text.length)
					.replace(qualifierAfterPattern, '')
					.replace(/^[的，,。]/u, '')
					.trim()
			: '';
	let label = (before || (saving ? after.split(/[，,。]/u)[0]!.trim() : '')).replace(/[。.：:]$/u, '');
	const notes = [...earlier, ...(namedSubject ? [namedSubject] : [])];
	// "覆盖15国…" or a subject alone leaves only a verb or nothing before the figure: the item's own
	// name says more, and the sentence becomes the note unless a subject already says whom it counts.
	if (label.length <= 2 && key) {
		label = key;
		// The sentence as a note only when it says more than the figure ("覆盖15国多语种需求", not "每年节省约200万元").
		const more = sentence.replace(figure.text, '').replace(/每(?:年|月|周|天|日)|节省|节约|提升|约|以上|左右|[\s\p{P}]/gu, '');
		if (!namedSubject && more.length >= 2) notes.push(sentence);
	} else if (label.length <= 2) label = label || sentence;
	else if (saving && !/节省|节约|省/u.test(label)) label = `${label}节省`;
	return { label, note: notes.length > 0 ? notes.join('，') : undefined };
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

/** A list item or paragraph of the report that may quote figures, with the node the body keeps. */
interface FigureItem {
	sentence: string;
	key?: string;
	section: string;
	quantified: boolean;
	node: Paragraph;
}

/** Facts fields the importer maps; any other 公司概况 bullet goes to the body and the review list. */
const factKeys = ['公司名称', '所属行业', '公司规模', '主营业务'];

/**
 * Turns an analysis report in the Markdown of ../shared/seeds/ into a draft case in 简体中文: a pure
 * function, markdown in, `{ frontmatter, body }` out, with a summary of what was mapped and what
 * was not. Every bullet of the report ends up in a field, a tag, a metric or the body, and every
 * guess, unmapped bullet and dropped part is in the summary and in the draft's `review:` list.
 * The body follows the site's section model (compose-body.ts) and cites each figure it quotes with
 * `<Metric id="…" />`. Linear in the length of the report: blocks the Markdown parser would be slow
 * on are read as plain text (guard-markdown.ts), and no loop below goes over the report once per
 * line or per figure.
 */
export function importReport(markdown: string, options: { tags: Tag[]; slug?: string; today?: string }): ImportResult {
	const { tags } = options;
	if (markdown.length > maxReportChars) {
		throw new ImportError(
			`the report has ${markdown.length.toLocaleString('en')} characters, more than the ${maxReportChars.toLocaleString('en')} the importer reads (a report has about 10,000)`
		);
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
	for (const block of guarded.guarded.slice(0, 20))
		escapedBlocks.push(
			`line${block.from === block.to ? ` ${block.from}` : `s ${block.from}–${block.to}`} kept as plain text, not read as Markdown: ${block.reason}`
		);
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

	const fields = new Map<string, string>();
	const otherFacts: ListItem[] = [];
	const figureItems: FigureItem[] = [];
	const sectionText = new Map<string, string[]>();
	/** Bullets per tag facet, each matched on its own so that one matching no tag is named. */
	const tagItems: { facet: Facet; key?: string; text: string }[] = [];
	/** The body by site section; the company profile is written from the facts below. */
	const body = new Map<string, RootContent[]>([[sectionTitles.profile, []]]);
	const lastSubheading = new Map<string, string>();
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
	let target: { title: string; subheading?: string } = { title: sectionTitles.profile };
	const unknownSections: string[] = [];

	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth === 1 && title === undefined) {
			title = text(node);
			continue;
		}
		if (node.type === 'heading') {
			const depth = (node as Heading).depth;
			path.length = Math.max(0, depth - 2);
			path.push(text(node));
			section = path.join(' > ');
			isFacts = /公司概况|基本信息|基本情况/u.test(section);
			// 量化效果指标, or any results section that is not the qualitative one (成效数据).
			isQuantified =
				/量化/u.test(section) ||
				(siteSectionFor(...(path.map(stripNumbering) as [string, string?]))?.title === sectionTitles.results && !/质性/u.test(section));
			isPositioning = /公司定位/u.test(path.at(-1) ?? '');
			const [h2 = '', h3, h4] = path.map(stripNumbering);
			const site = siteSectionFor(h2, h3);
			if (!site && depth === 2) unknownSections.push(h2);
			// The deepest heading below the one that chose the section becomes the site's ### heading.
			const subheading = h4 ?? (site?.byH3 ? undefined : h3);
			target = { title: site?.title ?? h2, subheading: subheading === undefined ? undefined : siteSubheading(subheading) };
			continue;
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
			if (lines.every((line) => /^\s*(报告生成时间|分析基于|数据来源)\s*[:：]/u.test(line) || !line.trim())) continue;
		}
		// A rule between sections is the report's layout, not content.
		if (node.type === 'thematicBreak') continue;
		if (node.type === 'list') {
			const facets: Facet[] =
				target.title === sectionTitles.capabilities
					? ['capabilities']
					: target.title === sectionTitles.challenges && !/解决方案/u.test(target.subheading ?? '')
						? ['challenges']
						: target.title === sectionTitles.needs
							? ['gaps']
							: [];
			const kept: ListItem[] = [];
			for (const item of (node as List).children) {
				const [key, value] = splitField(item);
				if (key && isFacts) {
					if (factKeys.includes(key)) fields.set(key, value);
					else otherFacts.push(item);
					continue;
				}
				kept.push(item);
				const first = item.children.find((child): child is Paragraph => child.type === 'paragraph');
				if (first) figureItems.push({ sentence: value || key || '', key, section, quantified: isQuantified, node: first });
				for (const facet of facets) tagItems.push({ facet, key, text: value });
			}
			(node as List).children = kept;
			if (kept.length === 0) continue;
			tidyListItems(node as List);
		}
		if (node.type === 'paragraph' && isPositioning) {
			positioning ??= content;
			continue;
		}
		if (node.type === 'paragraph') figureItems.push({ sentence: content, section, quantified: isQuantified, node: node as Paragraph });
		const bucket = sectionText.get(section) ?? [];
		bucket.push(content);
		sectionText.set(section, bucket);
		const nodes = body.get(target.title) ?? [];
		if (target.subheading && lastSubheading.get(target.title) !== target.subheading) {
			nodes.push(heading(3, target.subheading));
			lastSubheading.set(target.title, target.subheading);
		}
		nodes.push(node);
		body.set(target.title, nodes);
	}

	if (!title) throw fail('no title: a report starts with "# <公司>飞书客户案例分析报告"');
	const company = fields.get('公司名称') ?? companyFromTitle(title);
	if (!company || !/客户案例|公司概况|客户基本信息/u.test(markdown)) throw fail('not an analysis report: no company name (公司名称) and no 客户案例 title');
	mapped.push('company.name');

	const url = sourceUrl ?? dataSource;
	if (!url) throw fail('no source: add a line "报告源地址：https://…"');
	if (!/^https?:\/\/\S+$/i.test(url)) throw fail(`the source "${clip(url, 80)}" is not an http(s) URL`);
	if (sourceUrl && dataSource && sourceUrl !== dataSource) warn(`数据来源 "${clip(dataSource, 80)}" differs from 报告源地址; the latter is the source`);
	mapped.push('source.url');

	if (!reportDate) throw fail('no report date: add "**报告生成时间**: 2025年10月17日"');
	const iso = parseChineseDate(reportDate);
	if (!iso) throw fail(`"${clip(reportDate, 40)}" is not a real date (expected e.g. 2025年10月17日)`);
	const today = options.today ?? getLatestToday();
	if (iso > today) throw fail(`the report date ${iso} is in the future (today is ${today}): check 报告生成时间`);
	mapped.push('reportDate');

	const derived = slugForCompany(company, url);
	const slug = options.slug ?? derived.slug;
	if (!options.slug) mapped.push(`slug (${derived.from})`);
	if (!idPattern.test(slug)) throw fail(`"${clip(slug, 40)}" is not a valid slug: lowercase letters, digits and hyphens`);

	// Figures: every list item and paragraph, in reading order; those outside 量化 sections are flagged.
	// Each one the body quotes is cited there through a token no report can contain (a random nonce).
	const nonce = randomBytes(8).toString('hex');
	const citations: string[] = [];
	const metrics: MetricInput[] = [];
	const idOfFigure = new Map<string, string>();
	const quantifiedIds = new Set<string>();
	let beyondLimit = 0;
	for (const item of figureItems) {
		const found = parseFigures(item.sentence);
		const figureLike = /[↑↓]|(?<!\d)\d+(?:\.\d+)?\s*(?:%|％|倍|天|小时|周|个月|年|国|万|亿)/u.test(item.sentence);
		if (found.length === 0 && /[↑↓]\s*[^\d\s]/u.test(`${item.key ?? ''} ${item.sentence}`))
			warn(`figure not understood, kept in the body only: "${clip(item.key ? `${item.key}: ${item.sentence}` : item.sentence, 80)}"`, 'figures not understood');
		if (found.length === 0 && figureLike && item.quantified)
			warn(`figure not understood, kept in the body only: "${clip(item.sentence, 80)}"`, 'figures not understood');
		for (const figure of found) {
			const key = JSON.stringify(figure.figure);
			let id = idOfFigure.get(key);
			if (!id) {
				if (metrics.length >= maxMetricsPerCase) {
					beyondLimit += 1;
					continue;
				}
				const labelled = labelFigure(item.sentence, figure, item.key);
				const label = clip(labelled.label, maxLabelChars);
				const note = labelled.note === undefined ? undefined : clip(labelled.note, maxNoteChars);
				// Money is always a saving of money (成本节约) here: no other outcome counts an amount.
				const category = figure.figure.money
					? 'cost-savings'
					: figure.figure.saved
						? 'time-saved'
						: outcomeKeywords.find(([pattern]) => pattern.test(`${label} ${item.sentence}`))?.[1];
				const named = metricIdFor(label, { category: category ?? 'process-efficiency', tags, taken: new Set(metrics.map((metric) => metric.id)) });
				const metric = { id: named.id, label, ...(note ? { note } : {}), category: category ?? 'process-efficiency', ...figure.figure } as MetricInput;
				// A figure the schema would refuse (3,000,000 days, 提升0.0001倍) is reported, not written.
				const checked = metricSchema.safeParse(metric);
				if (!checked.success) {
					warn(
						`figure "${clip(figure.text, 40)}" not imported, kept in the body only: ${checked.error.issues.map((issue) => issue.message).join('; ')}`,
						'figures out of bounds'
					);
					continue;
				}
				id = named.id;
				if (labelled.label.length > maxLabelChars || (labelled.note?.length ?? 0) > maxNoteChars)
					warn(`metrics ${id} "${label}": label or note cut to ${maxLabelChars} / ${maxNoteChars} characters, check them`);
				if (!category) warn(`metrics ${id} "${label}": outcome category guessed as process-efficiency, check it`);
				if (figure.figure.money && !/节省|节约|省下|降低|减少|成本/u.test(item.sentence))
					warn(`metrics ${id} "${label}": an amount that reads as no saving, filed under cost-savings: check the category`);
				if (!named.fromLabel)
					warn(`metrics ${id}: no English word known for "${label}", the id is its category: rename it (it becomes the #metric-${id} link)`);
				if (!item.quantified) warn(`metrics ${id} "${label}": figure found outside the quantified results (${clip(item.section || 'top', 60)}), check it`);
				idOfFigure.set(key, id);
				if (item.quantified) quantifiedIds.add(id);
				metrics.push(metric);
			}
			if (citeFigure(item.node, figure.text, `MDXMETRIC${nonce}N${citations.length}E`)) citations.push(id);
		}
	}
	if (beyondLimit > 0)
		warn(
			`${beyondLimit.toLocaleString('en')} more figure${beyondLimit === 1 ? '' : 's'} not imported, kept in the body only: a case holds at most ${maxMetricsPerCase}; keep those the report leads with`
		);

	const all = (pattern: RegExp) =>
		[...sectionText]
			.filter(([name]) => pattern.test(name))
			.flatMap(([, lines]) => lines)
			.join('\n');
	const industries = findTags(fields.get('所属行业') ?? '', tags, 'industries');
	if (industries.length === 0)
		warn(
			`industries: "${clip(fields.get('所属行业') ?? '(none)', 60)}" matches no tag, set to [${tags.find((tag) => tag.facet === 'industries')?.id}] as a placeholder: replace it (add a tag to content/taxonomy/industries.yml if none fits)`
		);
	const byFacet = (facet: Facet) => {
		const ids: string[] = [];
		for (const item of tagItems.filter((candidate) => candidate.facet === facet)) {
			// The bullet's name decides; its text only when the name matches nothing (统一审批入口 → approvals).
			const matched = (item.key ? findTags(item.key, tags, facet) : []).concat(findTags(item.key ? '' : item.text, tags, facet));
			const fallback = matched.length === 0 && item.key ? findTags(item.text, tags, facet) : [];
			for (const id of [...matched, ...fallback]) if (!ids.includes(id)) ids.push(id);
			if (matched.length === 0 && fallback.length === 0) proposedTags.push({ facet, name: item.key ?? clip(item.text, 40) });
		}
		return ids;
	};
	const proposedTags: ImportResult['summary']['proposedTags'] = [];
	const capabilities = byFacet('capabilities');
	const challenges = byFacet('challenges');
	const gaps = byFacet('gaps');
	for (const { facet, name } of proposedTags)
		warn(`${facet}: "${name}" matches no tag; propose one in content/taxonomy/${facet}.yml (id and both labels) and add its id, or say why none is needed`);
	const business = fields.get('主营业务');
	const regionText = `${positioning ?? ''}\n${business ?? ''}\n${all(/./u)}`;
	const regions = findTags(regionText, tags, 'regions');
	if (regions.length === 0) warn('company.regions: no place named in the report, set to [global]: check it');
	const sizeText = fields.get('公司规模');
	const headcount = sizeText ? readHeadcount(sizeText) : undefined;
	const statedSize = sizeText && !/未明确|未提及|不详|未知/u.test(sizeText) ? findTags(sizeText, tags, 'sizes')[0] : undefined;
	const size = headcount !== undefined ? sizeForHeadcount(headcount) : (statedSize ?? 'unknown');
	if (headcount !== undefined) mapped.push(`company.size (${headcount.toLocaleString('en')} employees → ${size})`);
	else if (sizeText && !statedSize && !/未明确|未提及|不详|未知/u.test(sizeText))
		warn(`company.size: "${clip(sizeText, 60)}" names no headcount or size, set to unknown: check it`);
	const product = /飞书|feishu|lark/iu.test(`${title}\n${markdown}`) ? 'feishu' : undefined;
	if (!product) warn('product: no product named, set to feishu: check it');
	if (!business) warn('company.business: the report has no 主营业务, write it');
	for (const name of unknownSections) warn(`section "${clip(name, 40)}" matches none of the site's sections: kept under its own heading, move or rename it`);
	for (const item of otherFacts) {
		const [key, value] = splitField(item);
		warn(`"${clip(`${key}: ${value}`, 60)}" has no field: kept in the body's 公司概况, check it`);
	}

	// The page: a title and a description with the headline figure, which the reviewer rewrites.
	// The headline is the first figure of the quantified results: the one the report leads with.
	const lead = metrics.find((metric) => quantifiedIds.has(metric.id)) ?? metrics[0];
	const headline = lead ? (metricSchema.parse(lead) as Metric) : undefined;
	const figureSentence = headline ? `借助飞书，${headline.label} ${formatMetric(headline, 'zh-cn').value}。` : '';
	const pageTitle = headline ? `${company}的飞书实践：${headline.label} ${formatMetric(headline, 'zh-cn').value}` : `${company}的飞书实践`;
	// The company's first sentence is cut, never the figure: the description fits in 160 characters.
	const description = `${firstSentence(positioning ?? business ?? company, 159 - figureSentence.length).replace(/[。.]$/u, '')}。${figureSentence}`;
	warn('title and description are generated from the report: rewrite them in your own words (description ≤ 160 characters: cards and search engines show it)');

	const frontmatter: CaseInput = {
		title: clip(pageTitle, 90),
		description: clip(description, 160),
		company: {
			name: company,
			business: business ?? '（待补充）',
			...(positioning ? { positioning } : {}),
			size,
			...(sizeText && (size === 'unknown' || headcount !== undefined) ? { sizeNote: sizeText } : {}),
			regions: regions.length > 0 ? regions : ['global'],
		},
		product: product ?? 'feishu',
		industries: industries.length > 0 ? industries : [tags.find((tag) => tag.facet === 'industries')?.id ?? 'fintech'],
		capabilities,
		challenges,
		gaps,
		metrics,
		source: { url, publisher: product === 'feishu' ? '飞书' : '（待补充）', ...(basis ? { basis } : {}) },
		reportDate: iso,
		draft: true,
		review: [],
	};
	mapped.push('title', 'description');
	mapped.push(
		...(['company.business', 'company.positioning', 'industries'] as const).filter((field) =>
			field === 'company.business' ? business : field === 'company.positioning' ? positioning : industries.length > 0
		)
	);

	// 公司概况 in prose from the facts (the facts panel shows the fields; the body says them once).
	const profile: RootContent[] = [];
	if (positioning) profile.push(paragraph(positioning));
	if (fields.get('所属行业')) profile.push(paragraph(`所属行业：${fields.get('所属行业')!.replace(/[。.]$/u, '')}。`));
	if (business) profile.push(paragraph(`主营业务：${business.replace(/[。.]$/u, '')}。`));
	if (sizeText) profile.push(paragraph(`公司规模：${sizeText.replace(/[。.]$/u, '')}。`));
	for (const item of otherFacts) {
		const [key, value] = splitField(item);
		profile.push(paragraph(`${key}：${value.replace(/[。.]$/u, '')}。`));
	}
	body.set(sectionTitles.profile, [...profile, ...(body.get(sectionTitles.profile) ?? [])]);
	// The unmet needs are the report's analysis, not the company's words.
	const needs = body.get(sectionTitles.needs);
	if (needs?.length) needs.unshift(paragraph(`以下是分析报告根据案例推断的潜在缺口，案例本身并未提及${company}提出这些需求。`));

	let safe: ReturnType<typeof toSafeMdx>;
	try {
		safe = toSafeMdx(assembleSections(body));
	} catch (error) {
		if (error instanceof UnsafeMdxError) throw new ImportError(`refused: ${error.message}; nothing was written`);
		throw error;
	}
	const cited = safe.mdx.replace(new RegExp(`MDXMETRIC${nonce}N(\\d+)E`, 'g'), (_token, index: string) => `<Metric id="${citations[Number(index)]}" />`);
	// Checked again with the citations, as the build checks a case: any problem refuses the import.
	const unsafe = findMdxProblems(cited);
	if (unsafe.length > 0) throw new ImportError(`refused: the body would still hold code after escaping: ${summarizeProblems(unsafe)}; nothing was written`);
	for (const item of safe.notes.dropped) warn(`dropped from the body: ${item}`);
	for (const [kind, count] of repeated)
		if (count > maxRepeatedWarnings) warnings.push(`… and ${(count - maxRepeatedWarnings).toLocaleString('en')} more ${kind}`);
	frontmatter.review = warnings.map((warning) => clip(warning, 300));
	const mdx = `---\n# Imported by npm run import: a draft. Check each review item against the report, fix the case and delete the item; then remove draft and review to publish.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${cited}`;
	return {
		slug,
		frontmatter,
		body: cited,
		mdx,
		summary: {
			mapped,
			figures: metrics.length,
			tags: { industries, capabilities, challenges, gaps, regions },
			proposedTags,
			warnings,
			dropped: safe.notes.dropped,
			escaped: [...escapedBlocks, ...safe.notes.escaped],
		},
	};
}
