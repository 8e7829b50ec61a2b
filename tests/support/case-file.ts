import { readFileSync } from 'node:fs';
import { parseCaseFile } from '../../src/lib/content/parse-case-file.ts';
import { readTaxonomy } from '../../src/lib/taxonomy/read-taxonomy.ts';
import type { CaseData } from '../../src/schemas/case.ts';

/** One case file of a content root, parsed as the check parses it; a file that fails the check throws its problems. */
export function loadCaseFile(root: string, locale: string, slug: string): { file: string; data: CaseData } {
	const file = `${root}/cases/${locale}/${slug}.mdx`;
	const result = parseCaseFile(file, readFileSync(file, 'utf8'));
	if (!result.success) throw new Error(result.problems.map((problem) => problem.problem).join('\n'));
	return { file, data: result.data };
}

/** The PayerMax case in both languages and the taxonomy of a content root (`content` or the frozen `tests/fixtures/corpora/model`). */
export function loadPayerMax(root: string) {
	return { zh: loadCaseFile(root, 'zh-cn', 'payermax'), en: loadCaseFile(root, 'en', 'payermax'), tags: readTaxonomy(`${root}/taxonomy`) };
}
