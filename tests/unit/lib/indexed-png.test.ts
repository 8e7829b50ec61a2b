import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { channelDelta, choosePalette, encodeIndexedPng } from '../../../src/lib/sharing/indexed-png';

/** Decodes a palette PNG written with filter 0 back to RGBA, reading its chunks as a viewer would. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer; palette: number } {
	expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	const chunks = new Map<string, Buffer[]>();
	for (let at = 8; at < png.length;) {
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
	expect(rows.length).toBe((width + 1) * height);
	const rgba = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++) {
		expect(rows[y * (width + 1)]).toBe(0);
		for (let x = 0; x < width; x++) {
			const index = rows[y * (width + 1) + 1 + x]!;
			expect(index).toBeLessThan(palette.length / 3);
			rgba.set([palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!, alpha?.[index] ?? 255], (y * width + x) * 4);
		}
	}
	return { width, height, rgba, palette: palette.length / 3 };
}

/** Little-endian RGBA, as resvg's pixels read through a Uint32Array. */
const rgbaToColour = ([red, green, blue, alpha]: number[]) => (red! | (green! << 8) | (blue! << 16) | (alpha! << 24)) >>> 0;

/**
 * A small "card" as resvg draws text: white, strokes of solid ink, and at each end of a stroke an
 * anti-aliased pixel whose coverage is a multiple of 1/16; in every third row those are written one
 * level off in red (the rounding twins resvg also produces). Strokes are placed by a seeded LCG.
 */
function drawCard(width = 64, height = 24): Buffer {
	const ink = [0x15, 0x1a, 0x24];
	const rgba = Buffer.alloc(width * height * 4, 255);
	let seed = 1;
	const random = (below: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % below;
	const paint = (x: number, y: number, coverage: number) => {
		const shade = ink.map((channel) => Math.round(255 - ((255 - channel) * coverage) / 16));
		if (coverage < 16 && y % 3 === 0) shade[0] = shade[0]! + 1;
		rgba.set([...shade, 255], (y * width + x) * 4);
	};
	for (let y = 0; y < height; y++) {
		for (let x = random(8); x + 8 < width; x += 8 + random(12)) {
			const length = 2 + random(5);
			paint(x, y, 1 + random(15));
			for (let step = 1; step <= length; step++) paint(x + step, y, 16);
			paint(x + length + 1, y, 1 + random(15));
		}
	}
	return rgba;
}

const coloursOf = (rgba: Buffer) => new Set(Array.from({ length: rgba.length / 4 }, (_, pixel) => rgba.readUInt32LE(pixel * 4)));

describe('palette PNGs for social cards', () => {
	test('keep every pixel, transparency included', () => {
		const width = 37;
		const height = 11;
		const rgba = Buffer.alloc(width * height * 4);
		for (let pixel = 0; pixel < width * height; pixel++) rgba.set([(pixel % 20) * 10, (pixel % 3) * 50, 90, pixel % 2 === 0 ? 128 : 255], pixel * 4);
		const png = encodeIndexedPng(rgba, width, height)!;
		expect(decode(png)).toMatchObject({ width, height, rgba });
	});

	test('refuse more than 256 colours, so a card is never quantised', () => {
		const rgba = Buffer.alloc(300 * 4);
		for (let pixel = 0; pixel < 300; pixel++) rgba.set([pixel & 255, pixel >> 8, 0, 255], pixel * 4);
		expect(encodeIndexedPng(rgba, 300, 1)).toBeUndefined();
		expect(encodeIndexedPng(rgba, 300, 1, { maxChannelDelta: 16 })).toBeUndefined();
	});

	test('with a bound, write each pixel as a colour of the image within that bound, and fills exactly', () => {
		const rgba = drawCard();
		for (const maxChannelDelta of [2, 16]) {
			const decoded = decode(encodeIndexedPng(rgba, 64, 24, { maxChannelDelta })!);
			const original = coloursOf(rgba);
			for (let pixel = 0; pixel < rgba.length / 4; pixel++) {
				const [before, after] = [rgba.readUInt32LE(pixel * 4), decoded.rgba.readUInt32LE(pixel * 4)];
				expect(original.has(after)).toBe(true);
				expect(channelDelta(before, after)).toBeLessThanOrEqual(maxChannelDelta);
				// White and the ink are the most frequent colours: never moved.
				if (before === 0xffffffff || before === rgbaToColour([0x15, 0x1a, 0x24, 255])) expect(after).toBe(before);
			}
		}
	});

	test('merge the rounding twins at 2, every other 1/16 shade at 16, nothing at 0', () => {
		const rgba = drawCard();
		const exact = decode(encodeIndexedPng(rgba, 64, 24)!);
		const twins = decode(encodeIndexedPng(rgba, 64, 24, { maxChannelDelta: 2 })!);
		const halved = decode(encodeIndexedPng(rgba, 64, 24, { maxChannelDelta: 16 })!);
		expect(exact.rgba).toEqual(rgba);
		// White, ink, 15 edge shades and 15 twins one level off in red.
		expect(exact.palette).toBe(32);
		expect(twins.palette).toBe(17);
		expect(halved.palette).toBeLessThanOrEqual(10);
	});

	test('a smaller file for the same card once its shades are merged', () => {
		const rgba = drawCard(600, 120);
		const exact = encodeIndexedPng(rgba, 600, 120)!;
		const twins = encodeIndexedPng(rgba, 600, 120, { maxChannelDelta: 2 })!;
		const halved = encodeIndexedPng(rgba, 600, 120, { maxChannelDelta: 16 })!;
		expect(twins.length).toBeLessThan(exact.length);
		expect(halved.length).toBeLessThan(twins.length);
	});
});

describe('choosePalette', () => {
	const white = rgbaToColour([255, 255, 255, 255]);
	const ink = rgbaToColour([20, 26, 36, 255]);
	const near = (colour: number, red: number) => ((colour & ~255) | red) >>> 0;

	test('keeps every colour at 0, most frequent first', () => {
		const { colours, remap } = choosePalette([ink, white, near(white, 250)], [10, 100, 1], 0);
		expect(colours).toEqual([white, ink, near(white, 250)]);
		expect([...remap]).toEqual([1, 0, 2]);
	});

	test('folds a rare colour into a more frequent one within the bound, never the other way', () => {
		// 250 red is 5 from white: merged at 5, kept at 4.
		expect(choosePalette([white, near(white, 250)], [100, 3], 5)).toEqual({ colours: [white], remap: new Uint8Array([0, 0]) });
		expect(choosePalette([white, near(white, 250)], [100, 3], 4).colours).toEqual([white, near(white, 250)]);
		// The rarer white-ish colour goes to white; white does not go to it.
		expect(choosePalette([near(white, 250), white], [3, 100], 5).colours).toEqual([white]);
	});

	test('folds into the nearest kept colour, and counts the merged pixels when ordering', () => {
		const grey = rgbaToColour([128, 128, 128, 255]);
		const lightGrey = rgbaToColour([138, 138, 138, 255]);
		// 135 is 7 from grey and 3 from light grey: light grey, though grey is more frequent.
		const between = rgbaToColour([135, 135, 135, 255]);
		const { colours, remap } = choosePalette([grey, lightGrey, between, white], [50, 40, 30, 45], 8);
		// Light grey with the merged pixels (70) comes before grey (50) and white (45).
		expect(colours).toEqual([lightGrey, grey, white]);
		expect([...remap]).toEqual([1, 0, 0, 2]);
	});

	test('compares alpha like the other channels', () => {
		const clear = rgbaToColour([255, 255, 255, 0]);
		expect(channelDelta(white, clear)).toBe(255);
		expect(choosePalette([white, clear], [10, 1], 16).colours).toEqual([white, clear]);
	});
});
