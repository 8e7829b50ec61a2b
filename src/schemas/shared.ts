import { z } from 'astro/zod';

/** Stable ids (slugs, tag ids, metric ids): lowercase words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable id: taxonomy tags, metric ids, case slugs. */
export const stableIdSchema = z
	.string({ error: 'expected an id such as "cross-border-payments"' })
	.regex(idPattern, 'expected lowercase letters, digits and hyphens, such as "cross-border-payments"');

/** A taxonomy tag id; whether it exists is checked against `content/taxonomy/` by the case checks. */
export const tagIdSchema = stableIdSchema;

/**
 * Characters no text of a case may hold: C0 and C1 controls other than tab and line breaks (a NUL
 * or ESC makes the RSS feed invalid XML and prints into CI logs), U+FFFE/U+FFFF, lone surrogates,
 * and the bidirectional overrides and isolates that make text display in another order than it reads.
 */
const forbiddenCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/u;

/** Text in the file's own language: never empty, no surrounding spaces, no control or direction-override characters. */
export const textSchema = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, 'expected text, got an empty string')
	.superRefine((text, ctx) => {
		const found = forbiddenCharacter.exec(text)?.[0];
		if (found === undefined) return;
		const codePoint = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		ctx.addIssue({
			code: 'custom',
			message: `expected plain text, got the invisible character ${codePoint} at position ${text.indexOf(found) + 1}`,
			params: { fix: 'delete it (retype the text or paste it as plain text); write direction and line breaks as ordinary text' },
		});
	});

/**
 * At most `max` items, with an error that says how many were written, the limit and `fix`; the
 * limit goes into the editors' JSON Schema as `maxItems`.
 */
export function withMaxItems<T extends z.ZodArray<z.ZodType>>(schema: T, max: number, what: string, fix: string): T {
	return schema
		.superRefine((items, ctx) => {
			if (items.length > max) ctx.addIssue({ code: 'custom', message: `expected at most ${max} ${what}, got ${items.length}`, params: { fix } });
		})
		.meta({ maxItems: max }) as T;
}

/** An absolute http(s) URL. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as "https://www.feishu.cn/customers/PayerMax"' });

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The latest date it is anywhere on Earth now (UTC+14), `YYYY-MM-DD`, by the system clock (tests set
 * it with `vi.setSystemTime`): a report written today in Beijing is never "in the future" on a CI
 * runner that is still on yesterday in UTC.
 */
export function getLatestToday(now = new Date()): string {
	return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers turn such values into `Date` objects; both
 * forms are accepted and the output is always the `YYYY-MM-DD` string, which is language-neutral.
 */
export const isoDateSchema = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'expected a date written YYYY-MM-DD, such as 2025-10-17' })
		// A date in another format is one problem, said once: the calendar check runs only on YYYY-MM-DD.
		.regex(isoDatePattern, { error: 'expected a date written YYYY-MM-DD, such as 2025-10-17', abort: true })
		// …and a date that does not exist is not also checked further (e.g. against today).
		.refine(isCalendarDate, { error: 'expected a real calendar date, such as 2025-10-17', abort: true })
);
