import { crc32, deflateSync } from 'node:zlib';

export interface IndexedPngOptions {
	/** zlib level: 6 unless a card stays over its byte target (9 is ~5× slower for ~9 % fewer bytes). */
	level?: number;
	/**
	 * Largest difference, in any channel (0–255), allowed between a pixel and the palette colour it
	 * is written as; 0 writes every pixel as it is. A colour is only ever folded into a more frequent
	 * one, so fills stay exact and only rare anti-aliasing shades move.
	 */
	maxChannelDelta?: number;
}

/**
 * A palette PNG (colour type 3) of RGBA pixels, or `undefined` when they hold more than 256
 * colours. A social card is flat colour and anti-aliased text: 80–140 colours, so its palette PNG
 * is about a third of resvg's RGBA PNG. Every pixel is decoded as its palette colour, which is
 * the pixel itself, or with `maxChannelDelta` one within that many levels of it in every channel.
 * node:zlib only: the libraries that quantise (sharp, @napi-rs/image) bring large native binaries
 * and took 150 ms a card.
 *
 * Measured on the PayerMax cards and 200 synthetic ones (bytes and CPU per card, 1200×630):
 * - Row filter 0 (none) for every row: Sub, Up, Paeth and the per-row adaptive choice (minimum sum
 *   of absolute differences) are 20–35 % larger on palette indices, the adaptive one 3× slower.
 * - memLevel 3: zlib's symbol buffer (1 << (memLevel + 6) entries) is small, so it ends deflate
 *   blocks, each with Huffman codes of its own, far more often, and each band of text (accent
 *   kicker, ink title, green figures, grey labels) is coded for its own few colours: 4–6 % fewer
 *   bytes than memLevel 8 or 9 at the same cost (as many as compressing 32–64-row segments apart,
 *   each with the rows before as dictionary, without their cost). Z_FILTERED and Z_RLE are
 *   larger; the window is already the largest (windowBits 15).
 * - Most frequent colours first in the palette: index order matters only to zlib's hashing here.
 * - 8-bit indices: even with its anti-aliasing shades merged a card keeps 18–32 colours, too
 *   many for 4 bits.
 */
export function encodeIndexedPng(
	rgba: Uint8Array,
	width: number,
	height: number,
	{ level = 6, maxChannelDelta = 0 }: IndexedPngOptions = {}
): Buffer | undefined {
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
	const indexOf = new Map<number, number>();
	const palette: number[] = [];
	const counts: number[] = [];
	// One filter byte (0, none: best for palette images) before each row of indices.
	const rows = Buffer.alloc((width + 1) * height);
	// Runs of one colour are the rule (backgrounds, fills): look up only where the colour changes.
	let lastColour = -1;
	let lastIndex = 0;
	for (let y = 0, out = 0; y < height; y++) {
		rows[out++] = 0;
		for (let x = 0; x < width; x++) {
			const colour = pixels[y * width + x]!;
			if (colour === lastColour) {
				counts[lastIndex]!++;
				rows[out++] = lastIndex;
				continue;
			}
			let index = indexOf.get(colour);
			if (index === undefined) {
				if (palette.length === 256) return undefined;
				index = palette.length;
				indexOf.set(colour, index);
				palette.push(colour);
				counts.push(0);
			}
			counts[index]!++;
			rows[out++] = index;
			lastColour = colour;
			lastIndex = index;
		}
	}
	const { colours, remap } = choosePalette(palette, counts, maxChannelDelta);
	for (let y = 0; y < height; y++) {
		for (let x = 0, at = y * (width + 1) + 1; x < width; x++, at++) rows[at] = remap[rows[at]!]!;
	}
	const plte = Buffer.alloc(colours.length * 3);
	const alpha = Buffer.alloc(colours.length);
	colours.forEach((colour, index) => {
		// Little-endian RGBA: red is the low byte.
		plte[index * 3] = colour & 255;
		plte[index * 3 + 1] = (colour >>> 8) & 255;
		plte[index * 3 + 2] = (colour >>> 16) & 255;
		alpha[index] = colour >>> 24;
	});
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 3, 0, 0, 0], 8); // 8-bit indices, palette, deflate, no filter method, no interlace
	const chunks = [chunk('IHDR', header), chunk('PLTE', plte)];
	if (alpha.some((value) => value !== 255)) chunks.push(chunk('tRNS', alpha));
	chunks.push(chunk('IDAT', deflateSync(rows, { level, memLevel: 3 })), chunk('IEND', Buffer.alloc(0)));
	return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), ...chunks]);
}

/** The largest difference between two little-endian RGBA colours in any one channel. */
export function channelDelta(a: number, b: number): number {
	let largest = 0;
	for (let shift = 0; shift < 32; shift += 8) largest = Math.max(largest, Math.abs(((a >>> shift) & 255) - ((b >>> shift) & 255)));
	return largest;
}

/**
 * The palette written: from the most frequent colour down, each colour is kept unless a kept (so
 * more frequent) colour lies within `maxChannelDelta`, the nearest of which it is then written as.
 * Returns the kept colours, most frequent first, and each original index's new index.
 */
export function choosePalette(palette: number[], counts: number[], maxChannelDelta: number): { colours: number[]; remap: Uint8Array } {
	const byCount = palette.map((_, index) => index).sort((a, b) => counts[b]! - counts[a]! || a - b);
	const keptAs = new Int32Array(palette.length);
	const kept: number[] = [];
	const keptCounts: number[] = [];
	for (const index of byCount) {
		let nearest = -1;
		let nearestDelta = maxChannelDelta + 1;
		for (let slot = 0; slot < kept.length && maxChannelDelta > 0; slot++) {
			const delta = channelDelta(palette[index]!, palette[kept[slot]!]!);
			if (delta < nearestDelta) [nearest, nearestDelta] = [slot, delta];
		}
		if (nearest === -1) {
			nearest = kept.length;
			kept.push(index);
			keptCounts.push(0);
		}
		keptAs[index] = nearest;
		keptCounts[nearest]! += counts[index]!;
	}
	// Merging changes the counts: the most frequent colours get the smallest indices again.
	const order = kept.map((_, slot) => slot).sort((a, b) => keptCounts[b]! - keptCounts[a]! || a - b);
	const slotToIndex = new Uint8Array(kept.length);
	order.forEach((slot, index) => (slotToIndex[slot] = index));
	const remap = new Uint8Array(palette.length);
	for (let index = 0; index < palette.length; index++) remap[index] = slotToIndex[keptAs[index]!]!;
	return { colours: order.map((slot) => palette[kept[slot]!]!), remap };
}

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}
