import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
	raw: number;
	gzip: number;
}

/** Raw and gzip (level 9, as CDNs serve) bytes of some text. */
export function measure(text: string | Buffer): Size {
	const buffer = typeof text === 'string' ? Buffer.from(text) : text;
	return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: 9 }).byteLength };
}

export function sumSizes(sizes: Size[]): Size {
	return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

/** "47.5 KB" (1 KB = 1,000 bytes, as budgets are written). */
export function formatKB(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A built file and its size in bytes. */
export interface FileBytes {
	file: string;
	bytes: number;
}

/**
 * The social cards a build wrote: `cards/*.png` at the root of `dist` (the site card) and in each
 * folder below it (`{locale}/cards/{slug}.png`, tag pages' `{locale}/cards/tags/{tag}.png`), sorted.
 */
export function listSocialCards(dist: string): string[] {
	const pngsIn = (folder: string) =>
		existsSync(folder)
			? readdirSync(folder)
					.filter((name) => name.endsWith('.png'))
					.map((name) => join(folder, name))
			: [];
	const folders = readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isDirectory());
	return [
		...pngsIn(join(dist, 'cards')),
		...folders.flatMap((folder) => [...pngsIn(join(dist, folder.name, 'cards')), ...pngsIn(join(dist, folder.name, 'cards', 'tags'))]),
	].sort();
}

/** The largest of some files, and those over `budget` bytes, largest first. */
export function checkFileBytes(files: FileBytes[], budget: number): { largest: FileBytes | undefined; over: FileBytes[] } {
	const bySize = [...files].sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
	return { largest: bySize[0], over: bySize.filter((file) => file.bytes > budget) };
}

/** "dist/en/cards/payermax.png: 23,691 bytes (23.7 KB) > budget 20,000 bytes". */
export function formatOverBudget({ file, bytes }: FileBytes, budget: number): string {
	return `${file}: ${bytes.toLocaleString('en')} bytes (${formatKB(bytes)}) > budget ${budget.toLocaleString('en')} bytes`;
}
