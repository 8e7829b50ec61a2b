import type { CaseData } from '../../schemas/case.ts';
import { pathToField, type ContentProblem } from './problem.ts';

/**
 * The facts of a case that do not depend on the language: ids, numbers, units, URLs and dates.
 * Labels and prose are left out; every translation must agree on the rest.
 */
export function getLanguageNeutralFacts(data: CaseData) {
	return {
		company: { name: data.company.name, size: data.company.size, regions: data.company.regions, website: data.company.website },
		product: data.product,
		industries: data.industries,
		capabilities: data.capabilities,
		challenges: data.challenges,
		gaps: data.gaps,
		metrics: data.metrics.map(({ label: _label, note: _note, ...neutral }) => neutral),
		source: { url: data.source.url },
		reportDate: data.reportDate,
		redirectFrom: data.redirectFrom ?? [],
	};
}

function diffPaths(a: unknown, b: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return [path];
		return a.flatMap((item, index) => diffPaths(item, b[index], [...path, index]));
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
		return keys.flatMap((key) => diffPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]));
	}
	return Object.is(a, b) ? [] : [path];
}

function readAt(value: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown> | undefined)?.[key], value);
}

/**
 * Compares a translation with its source: one problem per language-neutral fact that differs,
 * reported on the translation's file.
 */
export function checkTranslationParity(
	source: { file: string; data: CaseData },
	translation: { file: string; data: CaseData; lineOf?: (path: (string | number)[]) => number | undefined }
): ContentProblem[] {
	const expected = getLanguageNeutralFacts(source.data);
	const actual = getLanguageNeutralFacts(translation.data);
	return diffPaths(expected, actual).map((path) => ({
		file: translation.file,
		line: translation.lineOf?.(path),
		field: pathToField(path) || '(frontmatter)',
		problem: `differs from ${source.file}: ${JSON.stringify(readAt(actual, path))} here, ${JSON.stringify(readAt(expected, path))} there`,
		fix: 'language-neutral facts (ids, numbers, units, URLs, dates) must be the same in every translation: make them equal',
	}));
}
