import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { findFieldLine } from './frontmatter.ts';
import { pathToField, type ContentProblem } from './problem.ts';

type AnySchema = z.core.$ZodType;

/** The schema one optional/default/nullable/prefault/pipe wrapper holds; undefined for a schema that is no wrapper. */
function unwrapOnce(schema: AnySchema): AnySchema | undefined {
	const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
	if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return def.innerType as AnySchema;
	if (def.type !== 'pipe') return undefined;
	const input = def.in as AnySchema;
	// z.preprocess() is a pipe from a transform into the real schema.
	return (input._zod.def.type === 'transform' ? def.out : input) as AnySchema;
}

/** Unwraps optional/default/pipe wrappers down to the schema that describes the value. */
export function unwrapSchema(schema: AnySchema): AnySchema {
	let current = schema;
	for (let inner = unwrapOnce(current); inner; inner = unwrapOnce(current)) current = inner;
	return current;
}

/** The schema at `path` inside `schema`, following objects and arrays. */
export function getSchemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const key of path) {
		if (!current) return undefined;
		const def = unwrapSchema(current)._zod.def as unknown as Record<string, unknown> & { type: string };
		if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(key)];
		else if (def.type === 'array') current = def.element as AnySchema;
		else return undefined;
	}
	return current;
}

/** The `.describe()` text of a schema, looking through wrappers. */
export function getDescription(schema: AnySchema | undefined): string | undefined {
	for (let current = schema; current; current = unwrapOnce(current)) {
		const description = (current as { description?: string }).description;
		if (description) return description;
	}
	return undefined;
}

function getObjectKeys(schema: AnySchema | undefined): string[] {
	if (!schema) return [];
	const def = unwrapSchema(schema)._zod.def as unknown as Record<string, unknown> & { type: string };
	return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** Suggests the closest known key for a misspelled one, when it is close enough to be a typo. */
function suggestKey(unknownKey: string, knownKeys: string[]): string | undefined {
	if (knownKeys.length === 0) return undefined;
	const candidate = closest(unknownKey, knownKeys);
	return distance(unknownKey, candidate) <= Math.max(2, Math.floor(candidate.length / 3)) ? candidate : undefined;
}

/**
 * Turns Zod issues into problems that name the file, the line, the field, what was expected and
 * how to fix it. `source` is the whole file, used to find the line of each field.
 */
export function zodIssuesToProblems(options: { file: string; source?: string; schema: AnySchema; issues: readonly z.core.$ZodIssue[] }): ContentProblem[] {
	const { file, source, schema, issues } = options;
	const lineOf = (path: readonly PropertyKey[]) => (source ? findFieldLine(source, path) : undefined);
	return issues.flatMap((issue): ContentProblem[] => {
		const path = issue.path;
		if (issue.code === 'unrecognized_keys') {
			const known = getObjectKeys(getSchemaAt(schema, path));
			return issue.keys.map((key) => {
				const suggestion = suggestKey(key, known);
				return {
					file,
					line: lineOf([...path, key]),
					field: pathToField([...path, key]),
					problem: `unknown field "${key}"`,
					fix: suggestion ? `did you mean "${suggestion}"?` : `remove it, or use one of: ${known.join(', ')}`,
				};
			});
		}
		const description = getDescription(getSchemaAt(schema, path));
		const isMissing = issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined;
		if (isMissing) {
			return [
				{
					file,
					line: lineOf(path),
					field: pathToField(path),
					problem: 'missing required field',
					fix: description ? `add it. ${description}` : 'add it',
				},
			];
		}
		const input = 'input' in issue ? issue.input : undefined;
		// Quote what the author wrote when it is a single value; objects would only add noise.
		// JSON has no Infinity or NaN: say what YAML's .inf, .nan or 1e999 became.
		// Cut long values: a problem line quotes what was written, not a whole file a value may have pulled in.
		const json = typeof input === 'number' && !Number.isFinite(input) ? String(input) : JSON.stringify(input);
		const shown = json !== undefined && json.length > 80 ? `${json.slice(0, 60)}…" (${json.length} characters)` : json;
		const got = input !== undefined && (input === null || typeof input !== 'object') ? `, got ${shown}` : '';
		return [
			{
				file,
				line: lineOf(path),
				field: pathToField(path),
				problem: `${issue.message}${got}`,
				fix: getCustomFix(issue) ?? description ?? 'see the PayerMax case (content/cases/*/payermax.mdx) for a working example',
			},
		];
	});
}

/** Checks written with `ctx.addIssue` carry their own fix in `params.fix`. */
function getCustomFix(issue: z.core.$ZodIssue): string | undefined {
	const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
	return typeof fix === 'string' ? fix : undefined;
}

/** Parses `data` with `schema`; on failure returns the problems instead of throwing. */
export function parseWithProblems<S extends AnySchema>(
	schema: S,
	data: unknown,
	where: { file: string; source?: string }
): { success: true; data: z.output<S> } | { success: false; problems: ContentProblem[] } {
	const result = (schema as unknown as z.ZodType).safeParse(data, { reportInput: true });
	if (result.success) return { success: true, data: result.data as z.output<S> };
	return { success: false, problems: zodIssuesToProblems({ ...where, schema, issues: result.error.issues }) };
}
