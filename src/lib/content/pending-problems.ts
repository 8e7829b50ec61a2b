import type { ContentProblem } from './problem.ts';

/**
 * In `astro dev`, content problems found by the cases loader, for the pages to show: the loader
 * and the pages run in one process but in separate module graphs, so they meet on `globalThis`.
 * A page that finds problems here throws them, and Astro's error overlay shows them in the browser
 * while the server keeps running; fixing the file clears them.
 */
const key = Symbol.for('case-reports.pending-content-problems');
const slot = globalThis as { [key]?: ContentProblem[] };

export function setPendingProblems(problems: ContentProblem[] | undefined): void {
	slot[key] = problems && problems.length > 0 ? problems : undefined;
}

export function getPendingProblems(): ContentProblem[] | undefined {
	return slot[key];
}
