/** A case's translation state in one language, as the translation status page shows it. */
export interface TranslationVersion {
	exists: boolean;
	outdated: boolean;
	/** A draft under review: only `astro dev` has drafts, a production build leaves them out (they show as missing). */
	draft: boolean;
	/** The date of the file's last commit, `YYYY-MM-DD`. */
	date?: string;
}

/** What the page says about one version, also its `data-status`. */
export type TranslationStatus = 'missing' | 'in-review' | 'outdated' | 'source' | 'current';

/** A draft is in review whatever else it is: its text is not final, as a source or as a translation. */
export function getVersionStatus(version: TranslationVersion & { isSource: boolean }): TranslationStatus {
	if (!version.exists) return 'missing';
	if (version.draft) return 'in-review';
	if (version.outdated) return 'outdated';
	return version.isSource ? 'source' : 'current';
}

/** The UI string of each status. */
export const translationStatusLabels = {
	missing: 'translations.missing',
	'in-review': 'translations.inReview',
	outdated: 'translations.outdated',
	source: 'translations.source',
	current: 'translations.current',
} as const satisfies Record<TranslationStatus, string>;

/** At most this many cases are listed, so the page never grows with the corpus. */
export const translationTodoLimit = 100;

/**
 * The contributors' to-do list: only cases with a missing, outdated or in-review (draft) version
 * (complete cases are counted in the summary, not listed), outdated ones first (a reader sees stale
 * text), then the most recently changed; at most `limit`, with the number left out so the page can
 * say so.
 */
export function selectTranslationTodo<Row extends { versions: TranslationVersion[] }>(
	rows: Row[],
	limit = translationTodoLimit
): { shown: Row[]; notShown: number; total: number } {
	const needsWork = rows.filter((row) => row.versions.some((version) => !version.exists || version.outdated || version.draft));
	const newest = (row: Row) =>
		row.versions
			.map((version) => version.date ?? '')
			.sort()
			.at(-1) ?? '';
	const isOutdated = (row: Row) => row.versions.some((version) => version.outdated);
	const sorted = needsWork.toSorted((a, b) => Number(isOutdated(b)) - Number(isOutdated(a)) || newest(b).localeCompare(newest(a)));
	return { shown: sorted.slice(0, limit), notShown: Math.max(0, sorted.length - limit), total: needsWork.length };
}

/** How many cases have a version missing, outdated or in review (a case may count in several): the page's summary line. */
export function countTranslationWork(rows: readonly { versions: readonly TranslationVersion[] }[]): { missing: number; outdated: number; inReview: number } {
	const countOf = (test: (version: TranslationVersion) => boolean) => rows.filter((row) => row.versions.some(test)).length;
	return {
		missing: countOf((version) => !version.exists),
		outdated: countOf((version) => version.outdated),
		inReview: countOf((version) => version.exists && version.draft),
	};
}
