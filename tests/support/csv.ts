/**
 * Reads CSV as RFC 4180 defines it (quoted fields may hold commas, quotes and line breaks;
 * records end in CRLF), strictly: a stray quote or a bare LF between records is an error, so a
 * test reading a file the site wrote fails on anything a spreadsheet could read differently.
 * Every field comes back as text; the byte order mark is the caller's to check and strip.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let index = 0;
	while (index < text.length) {
		if (text[index] === '"' && field === '') {
			// A quoted field: up to the closing quote; "" is one quote.
			index += 1;
			for (;;) {
				if (index >= text.length) throw new Error('unterminated quoted field');
				if (text[index] === '"') {
					if (text[index + 1] === '"') {
						field += '"';
						index += 2;
						continue;
					}
					index += 1;
					break;
				}
				field += text[index];
				index += 1;
			}
			if (index < text.length && text[index] !== ',' && !text.startsWith('\r\n', index)) throw new Error(`text after a closing quote at ${index}`);
			continue;
		}
		if (text[index] === ',') {
			row.push(field);
			field = '';
			index += 1;
		} else if (text.startsWith('\r\n', index)) {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index += 2;
		} else if (text[index] === '"' || text[index] === '\r' || text[index] === '\n') {
			throw new Error(`unquoted ${JSON.stringify(text[index])} at ${index}`);
		} else {
			field += text[index];
			index += 1;
		}
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}
