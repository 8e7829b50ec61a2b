/** A small seeded PRNG (mulberry32): synthetic corpora are the same on every run. */
export function createRandom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
		/** `count` distinct items, in the order of `items`. */
		sample: <T>(items: readonly T[], count: number): T[] => {
			const chosen = new Set<number>();
			while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length));
			return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
		},
	};
}
