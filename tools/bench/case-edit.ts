import { parse } from 'node-html-parser';

/**
 * The edit an author makes to one report, to time a rebuild: the first value of the first figure
 * raised by one (every synthetic figure stays in range) and, in one language, a word added to the
 * title. Both work on the text, so the rest of the file stays byte for byte as it was.
 */
export interface CaseEdit {
	/** The metric whose figure changed, e.g. `metric-1`. */
	metricId: string;
	/** Its first `value`, before and after. */
	from: number;
	to: number;
}

/**
 * Raises the first `value:` of the first metric by one. Figures are language-neutral facts: the
 * content checker wants the same edit in every translation. Throws when the file has no figure.
 */
export function raiseFirstFigure(mdx: string): { mdx: string; edit: CaseEdit } {
	const metrics = mdx.indexOf('\nmetrics:\n');
	const metric = metrics === -1 ? null : /^ {2}- id: (\S+)$[\s\S]*?^ +value: (\d+(?:\.\d+)?)$/m.exec(mdx.slice(metrics));
	if (!metric) throw new Error('✖ case file has no `metrics:` with a `value:` to edit');
	const from = Number(metric[2]);
	const to = from + 1;
	const at = metrics + metric.index + metric[0].length - metric[2]!.length;
	return { mdx: mdx.slice(0, at) + String(to) + mdx.slice(at + metric[2]!.length), edit: { metricId: metric[1]!, from, to } };
}

/** Adds `suffix` to the one-line `title:`; returns the new title. Throws when there is none. */
export function appendToTitle(mdx: string, suffix = ' (edited)'): { mdx: string; title: string } {
	const line = /^title: (.+)$/m.exec(mdx);
	if (!line) throw new Error('✖ case file has no one-line `title:` to edit');
	const quoted = /^(["'])(.*)\1$/.exec(line[1]!);
	const title = `${quoted ? quoted[2] : line[1]}${suffix}`;
	return { mdx: mdx.replace(line[0], `title: ${JSON.stringify(title)}`), title };
}

/** The title (`<h1>`) and the text of a figure (`#metric-<id> .cs-figure__value`) of a built case page. */
export function readCasePage(html: string, metricId: string): { title: string; figure: string } {
	const dom = parse(html);
	return {
		title: dom.querySelector('h1')?.textContent.trim() ?? '',
		figure: dom.querySelector(`#metric-${metricId} .cs-figure__value`)?.textContent.trim() ?? '',
	};
}

/**
 * Whether the figure edit reached a rebuilt page: the figure reads differently than before the
 * edit (`figureBefore`) and shows the new value as a number of its own.
 */
export function figureEditReached(html: string, edit: CaseEdit, figureBefore: string): boolean {
	const { figure } = readCasePage(html, edit.metricId);
	const value = new RegExp(`(?<![\\d.,])${String(edit.to).replace('.', '\\.')}(?!\\d|[.,]\\d)`);
	return figure !== '' && figure !== figureBefore && value.test(figure);
}
