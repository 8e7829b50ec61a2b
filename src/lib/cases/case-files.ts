import { lstatSync, readdirSync } from 'node:fs';
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

/** A case file as the content root holds it: its language folder, its slug and its path. */
export interface CaseFile {
	locale: Locale;
	slug: string;
	path: string;
}

/** A symbolic link would let a pull request read any file of the machine that builds it into the logs and the site. */
function symlinkProblem(file: string): ContentProblem {
	return {
		file,
		field: '(file path)',
		problem: 'a symbolic link is not content: the check and the build never follow one',
		fix: 'commit the file itself instead of a link to it',
	};
}

/**
 * The one listing of the cases folder, for the check, the build's loader and the card workers alike:
 * every file that becomes a case, and a problem for each entry that would not although a contributor
 * meant it to (wrong folder, wrong extension, a slug that is not a stable id, a symbolic link).
 * Names starting with `_` are ignored on purpose (drafts, notes), as are dotfiles that are not `.mdx`
 * (`.DS_Store`, `.gitkeep`); `.x.mdx` is not a valid slug and is reported, never published.
 */
export function listCaseFiles(casesDir: string, root = process.cwd()): { files: CaseFile[]; problems: ContentProblem[] } {
	const files: CaseFile[] = [];
	const problems: ContentProblem[] = [];
	const rel = (path: string) => relative(root, path);
	const ignored = (name: string) => name.startsWith('_') || (name.startsWith('.') && !name.endsWith('.mdx'));
	let names: string[];
	try {
		names = readdirSync(casesDir).sort();
	} catch {
		return { files, problems };
	}
	for (const name of names) {
		if (ignored(name)) continue;
		const path = join(casesDir, name);
		const entry = lstatSync(path);
		if (entry.isSymbolicLink()) {
			problems.push(symlinkProblem(rel(path)));
			continue;
		}
		if (!entry.isDirectory()) {
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
		for (const file of readdirSync(path).sort()) {
			if (ignored(file)) continue;
			const filePath = join(path, file);
			const fileEntry = lstatSync(filePath);
			if (fileEntry.isSymbolicLink()) {
				problems.push(symlinkProblem(rel(filePath)));
				continue;
			}
			if (fileEntry.isDirectory()) {
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
			} else files.push({ locale: name, slug, path: filePath });
		}
	}
	return { files, problems };
}
