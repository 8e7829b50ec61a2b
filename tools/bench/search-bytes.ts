/** One response the static server sent: its URL path, body bytes and when it finished (ms, any clock). */
export interface ServedResponse {
	path: string;
	bytes: number;
	at: number;
}

export interface SearchBytes {
	/** Everything the first query cost: Pagefind's files plus the search UI's lazily loaded code. */
	bytes: number;
	requests: number;
	/** The part under `/pagefind/` (Pagefind's script, worker, WebAssembly, index, filters, fragments). */
	pagefindBytes: number;
	/** The URL paths counted, in the order they were served. */
	paths: string[];
}

const code = /\.(?:m?js|css|wasm)$/;

/**
 * The bytes a page's first search query downloads, counted the same way for any search UI, from
 * the responses served since the page was requested until the results were shown (`shownAt`):
 * - every response under `/pagefind/`, whenever it came (a UI may load Pagefind before it opens);
 * - every response after the search was opened (`openedAt`): what the UI loads lazily;
 * - before that, scripts and stylesheets that are not part of the page's first visit
 *   (`firstVisitPaths`: the HTML, what it links and its static module graph), i.e. code the
 *   page imports on its own while idle, as Starlight does with Pagefind's UI.
 * Responses that finished after the results were shown are not counted. Query strings are ignored.
 */
export function countSearchBytes(responses: ServedResponse[], window: { openedAt: number; shownAt: number; firstVisitPaths: Iterable<string> }): SearchBytes {
	const firstVisit = new Set(window.firstVisitPaths);
	const counted = responses
		.map((response) => ({ ...response, path: response.path.split(/[?#]/)[0]! }))
		.filter(({ path, at }) => at <= window.shownAt && (path.includes('/pagefind/') || at >= window.openedAt || (code.test(path) && !firstVisit.has(path))));
	return {
		bytes: counted.reduce((sum, response) => sum + response.bytes, 0),
		requests: counted.length,
		pagefindBytes: counted.filter(({ path }) => path.includes('/pagefind/')).reduce((sum, response) => sum + response.bytes, 0),
		paths: counted.map(({ path }) => path),
	};
}
