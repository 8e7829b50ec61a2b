/**
 * CSV as RFC 4180 writes it, for spreadsheets: CRLF between records, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes inside doubled. The file starts with a UTF-8 byte order mark:
 * without it Excel reads UTF-8 as the system's code page and Chinese turns into mojibake.
 */

export const byteOrderMark = '\uFEFF';

/** A cell: text, a number (written unformatted: no grouping, no unit), or empty. */
export type CsvCell = string | number | undefined;

/**
 * A number as plain digits a spreadsheet reads in any locale: "1234567.5", "-98.6111", never
 * "1,234,567.5" or "1e+21". Not finite → empty.
 */
export function formatCsvNumber(value: number): string {
	if (!Number.isFinite(value)) return '';
	if (Object.is(value, -0)) return '0';
	const text = String(value);
	return /e/i.test(text) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

/**
 * Text a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading
 * apostrophe, as OWASP advises against CSV injection: every text here is a contributor's, and a
 * label "=HYPERLINK(…)" must open as text. Numbers are cells of their own and never text.
 */
function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A cell's text as a spreadsheet shows it (before RFC 4180 quoting). */
export function toCsvText(cell: CsvCell): string {
	if (cell === undefined) return '';
	return typeof cell === 'number' ? formatCsvNumber(cell) : neutraliseFormula(cell);
}

/** One field, quoted when RFC 4180 requires it. */
export function toCsvField(cell: CsvCell): string {
	const text = toCsvText(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: the byte order mark, then every row (the header first) ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return byteOrderMark + rows.map((row) => `${row.map(toCsvField).join(',')}\r\n`).join('');
}
