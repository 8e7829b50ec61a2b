import type { CaseData } from '../../schemas/case.ts';
import { findFieldLine } from './frontmatter.ts';
import type { ContentProblem } from './problem.ts';

/** A case file as the checker read it: enough to say whether it is a draft and to place a warning on its lines. */
interface ReadCase {
	file: string;
	source: string;
	data: Pick<CaseData, 'draft' | 'review'>;
}

/** What to do about any review item. */
export const reviewItemFix = 'resolve it, delete the item; remove draft: true to publish';

/**
 * What `npm run check` says about drafts: a line saying the case is a draft, then one per review
 * item on its own line. Warnings, not errors: a draft is unfinished by design, and review items left
 * in a published case are already an error of the schema.
 */
export function findDraftWarnings(cases: readonly ReadCase[]): ContentProblem[] {
	return cases
		.filter((item) => item.data.draft)
		.flatMap(({ file, source, data }) => [
			{
				file,
				line: findFieldLine(source, ['draft']),
				field: 'draft',
				problem: 'a draft: npm run dev shows it, a production build leaves it out',
				fix: data.review.length > 0 ? 'resolve the review items, then remove draft: true to publish' : 'remove draft: true to publish',
			},
			// One line per item, however the YAML wrapped it.
			...data.review.map((item, index) => ({
				file,
				line: findFieldLine(source, ['review', index]),
				field: `review[${index}]`,
				problem: item.replace(/\s+/g, ' '),
				fix: reviewItemFix,
			})),
		]);
}

/** Splits the cases a production build publishes from the drafts it leaves out entirely. */
export function separateDrafts<Case extends { data: Pick<CaseData, 'draft'> }>(cases: readonly Case[]): { published: Case[]; drafts: Case[] } {
	return { published: cases.filter((item) => !item.data.draft), drafts: cases.filter((item) => item.data.draft) };
}

/**
 * The loader's log line naming the drafts: "2 draft cases left out of the build: a.mdx, b.mdx", or
 * in `astro dev`, which shows them, "… shown here, left out of a production build: …".
 */
export function describeDrafts(files: readonly string[], { shown }: { shown: boolean }): string {
	const count = `${files.length} draft case${files.length === 1 ? '' : 's'}`;
	return `${count} ${shown ? 'shown here, left out of a production build' : 'left out of the build'}: ${files.join(', ')}`;
}
