import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idPattern } from '../../schemas/shared.ts';
import type { ContentProblem } from '../content/problem.ts';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';

/** Slugs that would collide with routes (`/{locale}/cases/page/2/` is the second page of the list). */
export const reservedSlugs = ['page'];

/** `{ locale, slug }` from an entry id `<locale>/<slug>`. */
export function parseCaseId(id: string): { locale: Locale; slug: string } {
	const [locale, slug] = id.split('/');
	if (!locale || !slug || !isLocale(locale)) throw new Error(`Not a case id: "${id}" (expected "<locale>/<slug>")`);
	return { locale, slug };
}

/**
 * Files in the cases folder that would not become a case although a contributor meant them to:
 * wrong folder, wrong extension, a slug that is not a stable id. Files starting with `_` are
 * ignored on purpose (drafts, notes).
 */
export function findMisplacedCaseFiles(casesDir: string, root = process.cwd()): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const rel = (path: string) => relative(root, path);
	let names: string[];
	try {
		names = readdirSync(casesDir);
	} catch {
		return problems;
	}
	for (const name of names) {
		if (name.startsWith('_') || name.startsWith('.')) continue;
		const path = join(casesDir, name);
		if (!statSync(path).isDirectory()) {
			problems.push({
				file: rel(path),
				field: '(file path)',
				problem: 'a case file outside a language folder is not published',
				fix: `move it to ${locales.map((l) => rel(join(casesDir, l))).join('/ or ')}/`,
			});
			continue;
		}
		if (!isLocale(name)) {
			problems.push({ file: rel(path), field: '(folder)', problem: `unknown language folder "${name}"`, fix: `use one of: ${locales.join(', ')}` });
			continue;
		}
		for (const file of readdirSync(path)) {
			if (file.startsWith('_') || file.startsWith('.')) continue;
			const filePath = join(path, file);
			if (statSync(filePath).isDirectory()) {
				problems.push({
					file: rel(filePath),
					field: '(folder)',
					problem: 'a folder inside a language folder is not published: cases have no images or attachments',
					fix: 'remove it; cite the figures in the frontmatter, and the source by its URL',
				});
				continue;
			}
			if (!file.endsWith('.mdx')) {
				problems.push({
					file: rel(filePath),
					field: '(file name)',
					problem: 'only .mdx files become cases',
					fix: `rename it to ${file.replace(/\.[^.]*$/, '')}.mdx, or prefix it with _ to keep it unpublished`,
				});
				continue;
			}
			const slug = file.slice(0, -'.mdx'.length);
			if (reservedSlugs.includes(slug)) {
				problems.push({
					file: rel(filePath),
					field: '(file name)',
					problem: `"${slug}" is reserved: /cases/${slug}/ is a list page`,
					fix: 'choose another slug, e.g. the company name',
				});
			} else if (!idPattern.test(slug)) {
				problems.push({
					file: rel(filePath),
					field: '(file name)',
					problem: `"${slug}" is not a valid slug: it becomes the URL`,
					fix: 'use lowercase letters, digits and hyphens, e.g. payermax.mdx or acme-pay.mdx',
				});
			}
		}
	}
	return problems;
}
