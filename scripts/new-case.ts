/**
 * Scaffolds a case in both languages, every field present and explained:
 *   npm run new-case -- <slug> [--company "Name"] [--content dir]
 * Terminal messages are in English; each file's guidance is in its own language, its section
 * heading from the UI strings (tools/scaffold/new-case.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { previewOrigin, urls } from '../src/lib/urls.ts';
import { reservedSlugs } from '../src/lib/cases/case-files.ts';
import { getCasesDir, getContentRootOf } from '../src/lib/content/content-root.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { scaffoldCase } from '../tools/scaffold/new-case.ts';
import { idPattern } from '../src/schemas/shared.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { company: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const slug = positionals[0];
if (values.help || !slug) {
	console.log(
		'Usage: npm run new-case -- <slug> [--company "Company name"] [--content dir]\nWrites content/cases/zh-cn/<slug>.mdx and content/cases/en/<slug>.mdx with every field to fill.'
	);
	process.exit(values.help ? 0 : 1);
}
if (!idPattern.test(slug) || reservedSlugs.includes(slug)) {
	console.error(`✖ "${slug}" is not a valid slug: lowercase letters, digits and hyphens (e.g. acme-pay), and not ${reservedSlugs.join(', ')}`);
	process.exit(1);
}
const casesDir = getCasesDir(getContentRootOf(values.content));
const files = locales.map((locale) => ({ locale, path: join(casesDir, locale, `${slug}.mdx`) }));
const existing = files.filter((file) => existsSync(file.path));
if (existing.length > 0) {
	const missing = files.find((file) => !existsSync(file.path));
	// A case in one language needs its translation, not a second blank scaffold: say how to get it.
	const next = missing
		? `To write its ${missing.locale} version from it: npm run translate -- ${slug}. To start another case, choose another slug.`
		: 'Choose another slug, or edit it.';
	console.error(`✖ the case "${slug}" exists already: ${existing.map((file) => relative(process.cwd(), file.path)).join(', ')}. ${next}`);
	process.exit(1);
}
const company =
	values.company ??
	slug
		.split('-')
		.map((word) => word[0]!.toUpperCase() + word.slice(1))
		.join(' ');
const date = new Date().toISOString().slice(0, 10);
for (const { locale, path } of files) {
	mkdirSync(join(casesDir, locale), { recursive: true });
	writeFileSync(path, scaffoldCase(locale, { company, date }));
	console.log(`✔ ${relative(process.cwd(), path)}`);
}
console.log(`
Next steps:
  1. Fill every TODO in both files (the comments explain each field; content/cases/*/payermax.mdx is the model).
  2. npm run check        lists what is left, file:line by file:line
  3. npm start            and open ${urls.case(previewOrigin, 'zh-cn', slug)}
  4. Open a pull request (CONTRIBUTING.md).`);
