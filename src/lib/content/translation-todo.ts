/** A case's translation state in one language, as the translation status page shows it. */
export interface TranslationVersion {
	exists: boolean;
	outdated: boolean;
	/** The date of the file's last commit, `YYYY-MM-DD`. */
	date?: string;
}

/** At most this many cases are listed, so the page never grows with the corpus. */
export const translationTodoLimit = 100;

/**
 * The contributors' to-do list: only cases with a missing or outdated translation (complete cases
 * are counted in the summary, not listed), outdated ones first (a reader sees stale text), then
 * the most recently changed; at most `limit`, with the number left out so the page can say so.
 */
export function selectTranslationTodo<Row extends { versions: TranslationVersion[] }>(rows: Row[], limit = translationTodoLimit): { shown: Row[]; notShown: number; total: number } {
	const needsWork = rows.filter((row) => row.versions.some((version) => !version.exists || version.outdated));
	const newest = (row: Row) => row.versions.map((version) => version.date ?? '').sort().at(-1) ?? '';
	const isOutdated = (row: Row) => row.versions.some((version) => version.outdated);
	const sorted = needsWork.toSorted((a, b) => Number(isOutdated(b)) - Number(isOutdated(a)) || newest(b).localeCompare(newest(a)));
	return { shown: sorted.slice(0, limit), notShown: Math.max(0, sorted.length - limit), total: needsWork.length };
}
