import { distance } from 'fastest-levenshtein';
import type { Heading, Paragraph, PhrasingContent, Root, TableCell, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { Document, isMap, isPair, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { caseSchema, type CaseInput } from '../../src/schemas/case.ts';
import type { Tag } from '../../src/schemas/taxonomy.ts';
import { pathToField } from '../../src/lib/content/problem.ts';
import { defaultLocale, getFallbackLocales, localeToLang, locales, type Locale } from '../../src/lib/i18n/locales.ts';
import { placeholderMarker } from '../../src/lib/content/placeholders.ts';

/**
 * The fields written in the file's language. The scaffold leaves each as `TODO: <source text>`
 * (or the taxonomy's label in the other language); every other field is a language-neutral fact
 * (ids, tags, figures, URLs, dates, draft) and is copied as written, so the parity check agrees.
 */
const textFields = {
	case: ['title', 'description'],
	company: ['business', 'positioning', 'sizeNote'],
	metric: ['label', 'note'],
	source: ['publisher', 'basis'],
} as const;

/** Fields of the source that a translation leaves out: review items are the source's reviewer's to-do, not the translator's. */
const droppedFields = ['review'];

/** Length bounds of text fields, read from the schema so that a TODO never breaks one. */
const maxLengths: Record<string, number | null> = { title: caseSchema.shape.title.maxLength, description: caseSchema.shape.description.maxLength };

/** Tag lists at most this long (in characters) are written on one line, `[global, china]`, as the model cases do. */
const maxFlowListChars = 72;

/** Guidance for the translator, written into the file as YAML comments in its language: the tool's own words, not the site's (those are UI strings). */
const comments: Record<Locale, { head: (sourceFile: string) => string[]; draft: string; original: string }> = {
	'zh-cn': {
		head: (sourceFile) => [
			`${sourceFile} 的中文版，由 npm run translate 生成。`,
			`把每个标着 ${placeholderMarker} 的地方译成中文并删去 ${placeholderMarker}（“${placeholderMarker}:”后面是原文）；npm run check 会逐行列出还没译的地方。`,
			'id、标签、数字、网址和日期都照原文复制，不要改动：检查会逐项与原文比对。',
			'取自 content/taxonomy 的文字已经译好（npm run translate 的输出列出了它们），请确认是否贴切。',
			'正文里每个 <Metric id="…" /> 都留在其数字所在的位置；标题、列表和段落与原文一一对应。',
		],
		draft: 'draft: true 照原文保留：两种语言都去掉它之后，两个版本一起发布。',
		original: '原文：',
	},
	en: {
		head: (sourceFile) => [
			`English version of ${sourceFile}, written by npm run translate.`,
			`Translate each place marked ${placeholderMarker} into English and remove the ${placeholderMarker} (the original follows "${placeholderMarker}:"); npm run check lists the lines left, one by one.`,
			'Ids, tags, figures, URLs and dates are copied from the original: leave them as they are, the check compares each with it.',
			'Texts taken from content/taxonomy are translated already (npm run translate listed them): check that they fit.',
			'In the text, keep every <Metric id="…" /> where its figure stands; headings, lists and paragraphs follow the original one to one.',
		],
		draft: 'draft: true is copied from the original: the two versions are published together once both drop it.',
		original: 'Original: ',
	},
};

/** A text field the taxonomy translated, for the CLI to list. */
export interface TaxonomyTranslation {
	/** The field path, e.g. `metrics[0].label` or `source.publisher`. */
	field: string;
	from: string;
	to: string;
}

export interface TranslationScaffold {
	/** The whole file: frontmatter and body, ready to write to `content/cases/<to>/<slug>.mdx`. */
	mdx: string;
	fromTaxonomy: TaxonomyTranslation[];
}

/** Compared the way the importer finds tags: case and spaces aside ("API集成" is "API 集成"). */
const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/**
 * The target-language label of the tag `text` names (its label in the source language, else one of
 * its aliases), when the taxonomy gives one answer; two tags that would translate it differently
 * give none, so it stays a TODO rather than a guess.
 */
export function translateByTaxonomy(text: string, tags: readonly Tag[], options: { from: Locale; to: Locale }): string | undefined {
	const wanted = normalize(text);
	const from = localeToLang(options.from);
	const to = localeToLang(options.to);
	const byLabel = tags.filter((tag) => normalize(tag.label[from]) === wanted);
	const matches = byLabel.length > 0 ? byLabel : tags.filter((tag) => tag.aliases.some((alias) => normalize(alias) === wanted));
	const labels = [...new Set(matches.map((tag) => tag.label[to]))];
	return labels.length === 1 ? labels[0] : undefined;
}

/** `TODO: text`, within the field's bound: a longer text is cut, its whole in a comment above the field. */
function markText(text: string, maxLength: number | null | undefined): { value: string; whole?: string } {
	const value = `${placeholderMarker}: ${text}`;
	if (!maxLength || value.length <= maxLength) return { value };
	return { value: `${value.slice(0, maxLength - 1)}…`, whole: text.replace(/\s+/g, ' ') };
}

/**
 * The frontmatter of the translation: the source's keys in the source's order, language-neutral
 * facts as written, text fields marked or translated by the taxonomy.
 */
function translateFrontmatter(data: CaseInput, options: { from: Locale; to: Locale; tags: readonly Tag[] }) {
	const fromTaxonomy: TaxonomyTranslation[] = [];
	/** Fields whose text was cut to fit, with the whole text, by path. */
	const cut: { path: (string | number)[]; whole: string }[] = [];
	const products = options.tags.filter((tag) => tag.facet === 'products');

	const translateText = (text: string, path: (string | number)[], tags: readonly Tag[]) => {
		const translated = tags.length > 0 ? translateByTaxonomy(text, tags, options) : undefined;
		if (translated !== undefined) {
			fromTaxonomy.push({ field: pathToField(path), from: text, to: translated });
			return translated;
		}
		const marked = markText(text, path.length === 1 ? maxLengths[path[0] as string] : undefined);
		if (marked.whole) cut.push({ path, whole: marked.whole });
		return marked.value;
	};
	const translateObject = (object: Record<string, unknown>, fields: readonly string[], path: (string | number)[], tags: readonly Tag[] = []) =>
		Object.fromEntries(
			Object.entries(object).map(([key, value]) => [
				key,
				fields.includes(key) && typeof value === 'string' ? translateText(value, [...path, key], tags) : value,
			])
		);

	const frontmatter: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		if (droppedFields.includes(key) || value === undefined) continue;
		if (key === 'company') frontmatter[key] = translateObject(data.company, textFields.company, ['company']);
		else if (key === 'source') frontmatter[key] = translateObject(data.source, textFields.source, ['source'], products);
		else if (key === 'metrics')
			frontmatter[key] = (data.metrics ?? []).map((metric, index) => translateObject(metric, textFields.metric, ['metrics', index], options.tags));
		else if ((textFields.case as readonly string[]).includes(key) && typeof value === 'string') frontmatter[key] = translateText(value, [key], []);
		else frontmatter[key] = value;
	}
	return { frontmatter, fromTaxonomy, cut };
}

/** The pair at `path` in the document, to hang a comment on its key. */
function findPair(doc: Document, path: (string | number)[]): Pair | undefined {
	let node: unknown = doc.contents;
	let pair: Pair | undefined;
	for (const key of path) {
		if (isMap(node)) {
			pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			node = pair?.value;
		} else if (isSeq(node) && typeof key === 'number') {
			node = node.items[key];
		} else {
			return undefined;
		}
	}
	return pair;
}

/** The frontmatter as YAML in the model cases' layout: short tag lists and figures on one line, text one field a line. */
function writeFrontmatter(
	frontmatter: Record<string, unknown>,
	options: { to: Locale; sourceFile: string; cut: { path: (string | number)[]; whole: string }[] }
): string {
	const c = comments[options.to];
	const doc = new Document(frontmatter);
	const head = c.head(options.sourceFile);
	if (frontmatter.draft === true) head.push(c.draft);
	doc.commentBefore = head.map((line) => ` ${line}`).join('\n');
	for (const { path, whole } of options.cut) {
		const key = findPair(doc, path)?.key as Scalar | undefined;
		if (key) key.commentBefore = ` ${c.original}${whole}`;
	}
	const root = doc.contents;
	if (isMap(root)) {
		for (const pair of root.items) {
			const value = pair.value;
			if (isMap(value)) for (const inner of value.items) if (isSeq(inner.value)) flowIfShort(inner.value);
			if (isSeq(value)) {
				flowIfShort(value);
				// A metric's figure ({ direction: up, value: 50 }) holds no text: one line, as in the model cases.
				for (const item of value.items) if (isMap(item)) for (const field of item.items) if (isPair(field) && isMap(field.value)) field.value.flow = true;
			}
		}
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function flowIfShort(seq: { items: unknown[]; flow?: boolean }) {
	const items = seq.items;
	if (
		items.length > 0 &&
		items.every(isScalar) &&
		items.reduce<number>((length, item) => length + String((item as Scalar).value).length + 2, 0) <= maxFlowListChars
	)
		seq.flow = true;
}

/**
 * The body parser of parse-case-body.ts (without its typography, which would change the source
 * text), and its writer; table cells unpadded, as padding counts a Chinese character as one column.
 */
const markdown = unified().use(remarkParse).use(remarkGfm, { tablePipeAlign: false }).use(remarkMdx).use(remarkStringify, { bullet: '-', rule: '-' }).freeze();

/** Text to translate: any letter or digit outside `<Metric />` citations (a paragraph that only cites a figure has none). */
const hasWords = (node: Paragraph | Heading | TableCell) => /[\p{L}\p{N}]/u.test(toString(node, { includeImageAlt: false }));

/** `TODO: ` at the start of `children` (merged into a leading text, so the writer escapes nothing new). */
function prependMarker(children: PhrasingContent[], index = 0) {
	const first = children[index];
	if (first?.type === 'text') first.value = `${placeholderMarker}: ${first.value}`;
	else children.splice(index, 0, { type: 'text', value: `${placeholderMarker}: ` });
}

/**
 * Marks a block as text to translate: `TODO: ` before its content, on one line (soft line breaks
 * become spaces) so that replacing the TODO line replaces the whole paragraph and nothing of the
 * source language is left unmarked; after a hard line break (a line ending in \), the next line
 * is marked too. Inline markup and `<Metric />` citations stay where they are.
 */
function markBlock(node: Paragraph | Heading | TableCell) {
	if (!hasWords(node)) return;
	visit(node, 'text', (text: Text) => {
		text.value = text.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
	});
	visit(node, 'break', (_, index, parent) => {
		if (!parent || index === undefined) return undefined;
		prependMarker(parent.children as PhrasingContent[], index + 1);
		return index + 2;
	});
	prependMarker(node.children);
}

/**
 * The body of a translation: the source's headings, paragraphs, list items and table cells in
 * place, each marked TODO with the source text to translate; `<Metric />` citations, charts and
 * code stay as they are, since they are the same in every language.
 */
export function scaffoldTranslationBody(body: string): string {
	const tree = markdown.parse(body) as Root;
	visit(tree, (node) => {
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			markBlock(node);
			return SKIP;
		}
		return undefined;
	});
	return markdown.stringify(tree);
}

/**
 * A case's translation to fill: every language-neutral fact copied exactly from the source, every
 * text a `TODO: <source text>` line for the check to point at (or, for a metric's label or note and
 * the publisher, the taxonomy's label in the target language), `draft` kept so a draft and its
 * translation publish together, review items left out, and a head comment in the target language
 * saying what to do. `data` is the source's frontmatter as written (key order kept); `body` what
 * follows it.
 */
export function scaffoldTranslation(
	source: { data: CaseInput; body: string },
	options: { from: Locale; to: Locale; tags: readonly Tag[]; sourceFile?: string }
): TranslationScaffold {
	if (options.from === options.to) throw new Error(`a translation goes into another language than its source: both are "${options.from}"`);
	const { frontmatter, fromTaxonomy, cut } = translateFrontmatter(source.data, options);
	const yaml = writeFrontmatter(frontmatter, { to: options.to, sourceFile: options.sourceFile ?? `content/cases/${options.from}/…`, cut });
	return { mdx: `---\n${yaml}---\n\n${scaffoldTranslationBody(source.body)}`, fromTaxonomy };
}

/** The other language of the site (there are two): the first fallback of `locale`. */
export function getOtherLocale(locale: Locale): Locale {
	return getFallbackLocales(locale)[0]!;
}

/** Slugs `slug` was probably meant to be, closest first: near in spelling, or one containing the other. */
export function findCloseSlugs(slug: string, slugs: readonly string[], count = 3): string[] {
	const limit = Math.max(2, Math.floor(slug.length / 3));
	return [...new Set(slugs)]
		.map((candidate) => ({ candidate, score: distance(slug, candidate), contains: candidate.includes(slug) || slug.includes(candidate) }))
		.filter(({ score, contains }) => contains || score <= limit)
		.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
		.slice(0, count)
		.map(({ candidate }) => candidate);
}

export type TranslationPlan = { from: Locale; to: Locale } | { refusal: string };

/**
 * Which file to translate into which language, or why not: `existing` are the languages the case
 * has, `fileOf` names a language's file for the messages, `closeSlugs` are offered when the slug
 * is unknown. Without `to`, the case goes into the language it lacks; an existing file is replaced
 * only with `force` (when both exist, the source is the default language's).
 */
export function planTranslation(
	slug: string,
	existing: readonly Locale[],
	options: { to?: Locale; force?: boolean; fileOf: (locale: Locale) => string; closeSlugs?: readonly string[] }
): TranslationPlan {
	const { fileOf, force = false } = options;
	if (existing.length === 0) {
		const close = options.closeSlugs ?? [];
		return {
			refusal:
				`no case "${slug}": neither ${locales.map(fileOf).join(' nor ')} exists. ` +
				(close.length > 0 ? `Did you mean ${close.map((other) => `"${other}"`).join(', ')}? ` : '') +
				`To start a new case: npm run new-case -- ${slug}`,
		};
	}
	if (options.to) {
		const to = options.to;
		const from = getOtherLocale(to);
		if (!existing.includes(from))
			return {
				refusal: `${fileOf(from)} does not exist, so there is nothing to translate into ${to}: the case is only in ${to}. To write its ${from} version: npm run translate -- ${slug} --to ${from}`,
			};
		if (existing.includes(to) && !force)
			return { refusal: `${fileOf(to)} exists already: edit it, or add --force to replace it with a new scaffold from ${fileOf(from)} (its text is lost)` };
		return { from, to };
	}
	if (existing.length === 1) return { from: existing[0]!, to: getOtherLocale(existing[0]!) };
	const to = getOtherLocale(defaultLocale);
	if (!force) {
		return {
			refusal: `the case "${slug}" exists in both languages (${existing.map(fileOf).join(', ')}): nothing to translate. Edit ${fileOf(to)}, or add --force to replace it with a new scaffold from ${fileOf(defaultLocale)} (its text is lost); --to chooses the language to replace`,
		};
	}
	return { from: defaultLocale, to };
}
