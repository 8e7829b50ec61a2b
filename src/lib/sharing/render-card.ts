import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodeIndexedPng } from './indexed-png.ts';
import { buildCardTree, cardBytesTarget, type CardModel } from './social-card.ts';

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700 }[] | undefined;

/** Noto Sans SC from an npm package: Chinese, Latin and arrows in one face, nothing fetched. */
function loadFonts() {
	fonts ??= ([400, 700] as const).map((weight) => {
		const name = weight === 400 ? '400Regular/NotoSansSC_400Regular.ttf' : '700Bold/NotoSansSC_700Bold.ttf';
		return { name: 'Noto Sans SC', data: readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${name}`)), weight };
	});
	return fonts;
}

/** Where drawn cards are kept between builds. */
export function cardCacheDir(): string {
	return process.env.CARD_CACHE_DIR || 'node_modules/.astro/cards';
}

/** How cards are encoded: part of the cache key, so a change of encoding draws every card again. */
const cardEncoding = 'indexed-png-3';

/**
 * A card's cache key: a hash of the element tree satori draws (its texts as shortened, layout and
 * colours: a change of design draws every card again) and of how it is encoded.
 */
export function cardKey(model: CardModel): string {
	return createHash('sha256')
		.update(cardEncoding)
		.update(JSON.stringify(buildCardTree(model)))
		.digest('hex')
		.slice(0, 24);
}

/**
 * Anti-aliasing shades within this many levels (of 255, in every channel) of a more frequent
 * colour are written as that colour. resvg anti-aliases edges in coverage steps of 1/16: for the
 * darkest ink on white one step is 14.6 levels, so a shade may take its neighbour's value: an
 * edge moves by at most 1/16 px, and 3× zoomed side by side the cards look the same. Fills and
 * solid text are the most frequent colours and stay exact; 82–139 colours become 18–32. Merging
 * only the rounding twins (a delta of 2) leaves the longest English cards over 20 KB even at zlib
 * level 9 (PayerMax en 20.9 KB, 12 of 200 synthetic cards), at 5× the cost; with 16 the largest
 * are 19.1 KB at level 6.
 */
const antialiasingDelta = 16;

/**
 * The card as a palette PNG with near-identical anti-aliasing shades merged (`cardEncodings`, the
 * first that fits the byte target); resvg's RGBA PNG if a design ever has more than 256 colours.
 *
 * PNG, not WebP: only X documents WebP for twitter:image ("JPG, PNG, WEBP and GIF", X's Cards
 * markup reference). Facebook's Sharing Debugger rejects a WebP og:image (OpenSID/OpenSID#10415),
 * LinkedIn shows none (coderedcorp/coderedcms#529), nor do Telegram (telegramdesktop/tdesktop#16312,
 * tdlib/td#1991) and WhatsApp (wp-media/wp-rocket#3073); WeChat's share images are PNG or JPG.
 * Every one of them reads PNG (as do Discord and Slack); JPEG would put artefacts around the text.
 */
function encodeCard(image: { pixels: Buffer; width: number; height: number; asPng(): Buffer }): Buffer {
	let smallest: Buffer | undefined;
	for (const options of cardEncodings) {
		const png = encodeIndexedPng(image.pixels, image.width, image.height, options);
		if (!png) return image.asPng();
		if (png.length <= cardBytesTarget) return png;
		if (!smallest || png.length < smallest.length) smallest = png;
	}
	return smallest!;
}

/**
 * Tried in order until a card fits the byte target: the cheap encoding fits every real and
 * synthetic card; the strongest deflate, then two coverage steps of merging (edges move by at
 * most 1/8 px), only for text at the schema's length limits (22.3 KB → under 20 KB).
 */
const cardEncodings = [
	{ maxChannelDelta: antialiasingDelta },
	{ maxChannelDelta: antialiasingDelta, level: 9 },
	{ maxChannelDelta: antialiasingDelta * 2, level: 9 },
];

/** Where a card is cached. */
export function cardCachePath(model: CardModel, cacheDir = cardCacheDir()): string {
	return join(cacheDir, `${cardKey(model)}.png`);
}

/**
 * The PNG of a card. Cards are cached by their content in `cacheDir`, so a rebuild draws only the
 * cards whose text changed (drawing one takes ~23 ms after the fonts load). CARD_CACHE_DIR moves
 * the cache (the benchmark measures cold builds with an empty one).
 */
export async function renderCard(model: CardModel, cacheDir = cardCacheDir()): Promise<Buffer> {
	const cached = cardCachePath(model, cacheDir);
	if (existsSync(cached)) return readFileSync(cached);
	const svg = await satori(buildCardTree(model) as never, { width: 1200, height: 630, fonts: loadFonts() });
	// Satori has already turned the text into paths: resvg needs no fonts, and scanning the system's
	// fonts (Noto CJK on CI) took 16 of the ~40 ms a card cost.
	const png = encodeCard(new Resvg(svg, { font: { loadSystemFonts: false } }).render());
	mkdirSync(cacheDir, { recursive: true });
	// Written under a temporary name, then renamed: a reader never sees half a card.
	const partial = `${cached}.${process.pid}.${threadId}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, cached);
	return png;
}
