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
