import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodeIndexedPng } from '../../../src/lib/sharing/indexed-png';

/** Decodes a palette PNG written with filter 0 back to RGBA, reading its chunks as a viewer would. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
	expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	const chunks = new Map<string, Buffer[]>();
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('ascii', at + 4, at + 8);
		chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
		at += 12 + length;
	}
	const header = chunks.get('IHDR')![0]!;
	const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
	expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
	const palette = chunks.get('PLTE')![0]!;
	const alpha = chunks.get('tRNS')?.[0];
	const rows = inflateSync(Buffer.concat(chunks.get('IDAT')!));
	const rgba = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++) {
		expect(rows[y * (width + 1)]).toBe(0);
		for (let x = 0; x < width; x++) {
			const index = rows[y * (width + 1) + 1 + x]!;
			rgba.set([palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!, alpha?.[index] ?? 255], (y * width + x) * 4);
		}
	}
	return { width, height, rgba };
}

describe('palette PNGs for social cards', () => {
	test('keep every pixel, transparency included', () => {
		const width = 37;
		const height = 11;
		const rgba = Buffer.alloc(width * height * 4);
		for (let pixel = 0; pixel < width * height; pixel++) rgba.set([(pixel % 20) * 10, (pixel % 3) * 50, 90, pixel % 2 === 0 ? 128 : 255], pixel * 4);
		const png = encodeIndexedPng(rgba, width, height)!;
		expect(decode(png)).toEqual({ width, height, rgba });
	});

	test('refuse more than 256 colours, so a card is never made lossy', () => {
		const rgba = Buffer.alloc(300 * 4);
		for (let pixel = 0; pixel < 300; pixel++) rgba.set([pixel & 255, pixel >> 8, 0, 255], pixel * 4);
		expect(encodeIndexedPng(rgba, 300, 1)).toBeUndefined();
	});
});
