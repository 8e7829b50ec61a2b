import { distance } from 'fastest-levenshtein';
import type { CaseData } from '../../schemas/case.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import type { Facet } from '../taxonomy/facets.ts';
import { pathToField, type ContentProblem } from './problem.ts';

type TagRef = { path: (string | number)[]; id: string; facet: Facet };

/**
 * Every place a case names a tag: the field path and the facet the id must belong to. Reads the
 * frontmatter defensively, so a file that fails the schema still has its tags checked (every
 * problem of a file at once, not one kind per round).
 */
export function listCaseTagRefs(data: CaseData | Record<string, unknown>): TagRef[] {
	const loose = data as Record<string, unknown> & { company?: Record<string, unknown> };
	const one = (value: unknown, path: (string | number)[], facet: Facet): TagRef[] => (typeof value === 'string' ? [{ path, id: value, facet }] : []);
	const many = (value: unknown, path: (string | number)[], facet: Facet): TagRef[] =>
		Array.isArray(value) ? value.flatMap((id, index) => one(id, [...path, index], facet)) : [];
	const company = loose.company && typeof loose.company === 'object' ? loose.company : {};
	const metrics = Array.isArray(loose.metrics) ? (loose.metrics as unknown[]) : [];
	return [
		...one(loose.product, ['product'], 'products'),
		...one(company.size, ['company', 'size'], 'sizes'),
		...many(company.regions, ['company', 'regions'], 'regions'),
		...many(loose.industries, ['industries'], 'industries'),
		...many(loose.capabilities, ['capabilities'], 'capabilities'),
		...many(loose.challenges, ['challenges'], 'challenges'),
		...many(loose.gaps, ['gaps'], 'gaps'),
		...metrics.flatMap((metric, index) => one((metric as { category?: unknown } | null)?.category, ['metrics', index, 'category'], 'outcomes')),
	];
}

const toSlug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
		.replace(/^-|-$/g, '');

/** How far `id` is from a name of a tag: its spelling distance, or 1 when every word of `id` is a word of the name ("payments" in "cross-border-payments"). */
function nameDistance(id: string, name: string): number {
	const words = name.split('-');
	return id.split('-').every((word) => words.includes(word)) ? Math.min(1, distance(id, name)) : distance(id, name);
}

/**
 * The ids of `facet` that `id` was probably meant to be, best first: close in spelling to, or
 * words of, the id, a label in either language or an alias ("single-sign-on" → sso, "payments" →
 * cross-border-payments). Empty when nothing is close.
 */
export function getClosestTagIds(id: string, tags: Tag[], facet: Facet, count = 3): string[] {
	const limit = Math.max(2, Math.floor(id.length / 2));
	const wanted = toSlug(id);
	return tags
		.filter((tag) => tag.facet === facet)
		.map((tag) => ({
			id: tag.id,
			score: Math.min(...[tag.id, ...Object.values(tag.label), ...tag.aliases].map((name) => nameDistance(wanted, toSlug(name)))),
		}))
		.filter((tag) => tag.score <= limit)
		.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
		.slice(0, count)
		.map((tag) => tag.id);
}

/** Checks that every tag a case names exists in the right facet of the taxonomy. */
export function checkCaseTags(
	data: CaseData | Record<string, unknown>,
	tags: Tag[],
	where: { file: string; lineOf?: (path: (string | number)[]) => number | undefined; taxonomyDir?: string }
): ContentProblem[] {
	const taxonomyDir = where.taxonomyDir ?? 'content/taxonomy';
	const byId = new Map(tags.map((tag) => [tag.id, tag]));
	const problems: ContentProblem[] = [];
	for (const ref of listCaseTagRefs(data)) {
		const tag = byId.get(ref.id);
		if (tag?.facet === ref.facet) continue;
		const suggestions = getClosestTagIds(ref.id, tags, ref.facet);
		problems.push({
			file: where.file,
			line: where.lineOf?.(ref.path),
			field: pathToField(ref.path),
			problem: tag ? `"${ref.id}" is a ${tag.facet} tag, not one of ${ref.facet}` : `unknown ${ref.facet} tag "${ref.id}"`,
			fix:
				suggestions.length > 0
					? `closest ids: ${suggestions.join(', ')}; or add "${ref.id}" to ${taxonomyDir}/${ref.facet}.yml with zh-CN and en labels`
					: `use an id from ${taxonomyDir}/${ref.facet}.yml, or add "${ref.id}" there with zh-CN and en labels`,
		});
	}
	return problems;
}
