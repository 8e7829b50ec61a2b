/** "2025年10月17日" (or 2025-10-17, 2025/10/17, 2025.10.17) → "2025-10-17"; undefined for an impossible date. */
export function parseChineseDate(text: string): string | undefined {
	const match = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/u.exec(text.normalize('NFKC'));
	if (!match) return undefined;
	const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}
