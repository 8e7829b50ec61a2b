import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** The leading `---` fences of an MDX file: the schema reads what is between them, the body parser what follows. */
export const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML between the leading `---` fences of an MDX file, or `undefined` when there is none. */
export function getFrontmatterText(source: string): string | undefined {
	return frontmatterPattern.exec(source)?.[1];
}

/**
 * The 1-based line in `source` (a whole MDX file) where the field at `path` is written, or the
 * nearest parent that exists when the field itself is missing.
 */
export function findFieldLine(source: string, path: readonly PropertyKey[]): number | undefined {
	const yamlText = getFrontmatterText(source);
	if (yamlText === undefined) return undefined;
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, keepSourceTokens: false });
	let node: unknown = doc.contents;
	let offset = (node as Node | null)?.range?.[0];
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (!pair) break;
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else {
			break;
		}
	}
	if (offset === undefined) return undefined;
	// +1: the opening `---` fence is line 1 of the file.
	return lineCounter.linePos(offset).line + 1;
}
