import { describe, expect, test } from 'vitest';
import { compareTarget, distTarget, formatFigure, formatRatio, formatTargets } from '../../../tools/bench/targets';

describe('bench targets', () => {
	test('a ratio within the limit is met, over it missed, exactly on it met', () => {
		expect(compareTarget('build wall time', 's', 7.5, 5, 1.5).verdict).toBe('met');
		expect(compareTarget('build wall time', 's', 7.6, 5, 1.5).verdict).toBe('missed');
		expect(compareTarget('peak memory', 'GiB', 1.3e9, 1e9, 1.3).verdict).toBe('met');
	});

	test('a figure of ours that was not measured (0) is not judged, never met', () => {
		expect(compareTarget('peak memory', 'GiB', 0, 1e9, 1.3).verdict).toBe('not judged');
	});

	test('keeps the ratio to three decimals but judges the exact one', () => {
		const target = compareTarget('x', 'KB', 1_250_400, 1_000_000, 1.25);
		expect(target.ratio).toBe(1.25);
		expect(target.verdict).toBe('missed');
	});

	test('the stretch goal is judged on its own', () => {
		const target = compareTarget('build wall time', 's', 6, 5, 1.5, { stretch: 1.1 });
		expect([target.verdict, target.stretchVerdict]).toEqual(['met', 'missed']);
	});

	test('without a baseline, or without our figure, nothing is judged', () => {
		expect(compareTarget('x', 'KB', 100, undefined, 1.25)).toMatchObject({ verdict: 'not judged' });
		expect(compareTarget('x', 'KB', 100, 0, 1.25)).toMatchObject({ verdict: 'not judged' });
		expect(compareTarget('x', 'KB', NaN, 100, 1.25)).toMatchObject({ verdict: 'not judged' });
	});

	test('dist/ is judged at 1,000 cases, and elsewhere only where size cannot change the answer', () => {
		const mib = 1024 ** 2;
		expect(distTarget(150 * mib, 1000).verdict).toBe('met');
		expect(distTarget(250 * mib, 1000).verdict).toBe('missed');
		expect(distTarget(12 * mib, 30).verdict).toBe('not judged');
		expect(distTarget(250 * mib, 500).verdict).toBe('missed');
		expect(distTarget(150 * mib, 2000).verdict).toBe('met');
		expect(distTarget(250 * mib, 2000).verdict).toBe('not judged');
		expect(distTarget(12 * mib, 30).note).toBe('the limit is for 1,000 cases per language; this run has 30');
	});

	test('figures and ratios print in their units', () => {
		expect(formatFigure(7.04, 's')).toBe('7.0 s');
		expect(formatFigure(10_767, 'KB')).toBe('10.8 KB');
		expect(formatFigure(12.2 * 1024 ** 2, 'MiB')).toBe('12.2 MiB');
		expect(formatFigure(1.29 * 1024 ** 3, 'GiB')).toBe('1.29 GiB');
		expect(formatRatio(0.4166)).toBe('0.42×');
	});

	test('one aligned line per target, with mark, figures, ratio and limit', () => {
		const lines = formatTargets([
			compareTarget('build wall time', 's', 19.4, 6.8, 1.5, { stretch: 1.1 }),
			compareTarget('first search query zh-cn', 'KB', 206_700, 267_300, 1.25),
			distTarget(12.2 * 1024 ** 2, 30),
			compareTarget('warm rebuild after one edit', 's', 3, 10, 0.5, { baseName: 'cold' }),
		]);
		expect(lines).toMatchInlineSnapshot(`
			[
			  "✖ build wall time              19.4 s vs 6.8 s plain       2.85×  limit ≤ 1.5× (stretch ≤ 1.1× ✖)",
			  "✔ first search query zh-cn     206.7 KB vs 267.3 KB plain  0.77×  limit ≤ 1.25×",
			  "– dist/                        12.2 MiB                           limit ≤ 200.0 MiB (the limit is for 1,000 cases per language; this run has 30)",
			  "✔ warm rebuild after one edit  3.0 s vs 10.0 s cold        0.30×  limit ≤ 0.5×",
			]
		`);
	});
});
