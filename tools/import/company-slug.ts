import { pinyin } from 'pinyin-pro';
import { idPattern } from '../../src/schemas/shared.ts';

/** Where a company's slug came from, for the importer's summary. */
export type SlugSource = 'name' | 'source URL' | 'pinyin';

/** Legal-form endings a slug does without: 星河零售集团有限公司 → xing-he-ling-shou. */
const legalForm = /(股份有限公司|有限责任公司|有限公司|集团|公司)+$/u;

/** Lowercase words joined by hyphens, or undefined when nothing of `text` is left. */
function toSlug(text: string): string | undefined {
	const slug = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug && idPattern.test(slug) ? slug : undefined;
}

/** A source URL's last path segment when it reads as words (`…/customers/yunfan-logistics`), not an id (`…/case/8842`, `…/a1b2c3d4`). */
function readableSegment(url: string | undefined): string | undefined {
	if (!url) return undefined;
	let segment: string;
	try {
		segment = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '').replace(/\.[a-z]+$/i, '');
	} catch {
		return undefined;
	}
	const words = segment.split(/[-_\s]+/).filter(Boolean);
	const readable =
		words.length > 0 &&
		words.every((word) => /^[a-z][a-z0-9]*$/i.test(word)) &&
		words.some((word) => /[a-z]{3,}/i.test(word) && /[aeiouy]/i.test(word)) &&
		!/^[0-9a-f]{6,}$/i.test(segment);
	return readable ? toSlug(segment) : undefined;
}

/**
 * The URL slug of a company, never a failure: its Latin name when it has one (PayerMax →
 * payermax); else the source URL's last segment when it reads as words; else the name in pinyin,
 * one syllable per hyphen (云帆物流 → yun-fan-wu-liu), without a legal-form ending.
 */
export function slugForCompany(name: string, sourceUrl?: string): { slug: string; from: SlugSource } {
	const latin = toSlug(name);
	if (latin && /[a-z]{2,}/.test(latin)) return { slug: latin, from: 'name' };
	const fromUrl = readableSegment(sourceUrl);
	if (fromUrl) return { slug: fromUrl, from: 'source URL' };
	const syllables = pinyin(name.trim().replace(legalForm, '') || name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
	return { slug: toSlug(syllables.join('-')) ?? 'case', from: 'pinyin' };
}

/**
 * `slug` if it is free, else the first of `slug-2`, `slug-3` … that is: `taken` says whether a
 * slug belongs to another case (an existing file of another company, or an earlier report of the
 * same batch).
 */
export function freeSlug(slug: string, taken: (candidate: string) => boolean): string {
	if (!taken(slug)) return slug;
	for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}
