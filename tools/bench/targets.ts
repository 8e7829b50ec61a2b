/**
 * The targets of the "one content pipeline" issue, judged from one bench run: most are ratios of
 * our figure to plain Starlight's with the same pages (or to our own cold build), one is absolute.
 */

/** How a figure prints: seconds, or bytes in KB (1,000), MiB or GiB. */
export type Unit = 's' | 'KB' | 'MiB' | 'GiB';

/** ✔ within the limit, ✖ over it, – when this run cannot say (no baseline, or another corpus size). */
export type Verdict = 'met' | 'missed' | 'not judged';

export interface Target {
	/** What is compared, e.g. "build wall time" or "first search query zh-cn". */
	name: string;
	unit: Unit;
	/** Our figure: seconds, or bytes. */
	ours: number;
	/** The figure it is compared with, in the same unit; absent for an absolute limit. */
	base?: number;
	/** What `base` is, e.g. "plain" (Starlight) or "cold" (our cold build). */
	baseName?: string;
	/** ours ÷ base. */
	ratio?: number;
	/** The largest allowed ratio, or for an absolute limit the largest allowed figure. */
	limit: number;
	/** A tighter ratio to aim for. */
	stretch?: number;
	verdict: Verdict;
	stretchVerdict?: Verdict;
	/** Why a verdict is missing, or what the limit applies to. */
	note?: string;
}

function judge(value: number | undefined, limit: number): Verdict {
	if (value === undefined || !Number.isFinite(value)) return 'not judged';
	return value <= limit ? 'met' : 'missed';
}

/**
 * A target on ours ÷ base, e.g. build time ≤ 1.5× plain Starlight's; the ratio is kept to three
 * decimals, the verdict is on the exact one. No base (or 0), or no figure of ours (or 0): not judged.
 */
export function compareTarget(
	name: string,
	unit: Unit,
	ours: number,
	base: number | undefined,
	limit: number,
	options: { baseName?: string; stretch?: number; note?: string } = {}
): Target {
	// A figure of ours of 0 was not measured (no build takes 0 s or 0 bytes): not judged, never "met".
	const ratio = base !== undefined && base > 0 && Number.isFinite(ours) && ours > 0 ? ours / base : undefined;
	return {
		name,
		unit,
		ours,
		...(base === undefined ? {} : { base }),
		baseName: options.baseName ?? 'plain',
		...(ratio === undefined ? {} : { ratio: Number(ratio.toFixed(3)) }),
		limit,
		...(options.stretch === undefined ? {} : { stretch: options.stretch, stretchVerdict: judge(ratio, options.stretch) }),
		verdict: judge(ratio, limit),
		...(options.note === undefined ? {} : { note: options.note }),
	};
}

/**
 * The size of `dist/`, whose limit holds at `atCases` cases per language. Another corpus size is
 * judged only where the answer cannot change with size (dist grows with the corpus): over the
 * limit with fewer cases, or within it with more; otherwise the figure prints without a verdict.
 */
export function distTarget(bytes: number, casesPerLanguage: number, limitBytes = 200 * 1024 ** 2, atCases = 1000): Target {
	const within = bytes <= limitBytes;
	const verdict: Verdict =
		casesPerLanguage === atCases || (within && casesPerLanguage > atCases) || (!within && casesPerLanguage < atCases)
			? within
				? 'met'
				: 'missed'
			: 'not judged';
	const note = `the limit is for ${atCases.toLocaleString('en')} cases per language${casesPerLanguage === atCases ? '' : `; this run has ${casesPerLanguage.toLocaleString('en')}`}`;
	return { name: 'dist/', unit: 'MiB', ours: bytes, limit: limitBytes, verdict, note };
}

/** "7.0 s", "10.8 KB", "12.2 MiB", "1.29 GiB". */
export function formatFigure(value: number, unit: Unit): string {
	switch (unit) {
		case 's':
			return `${value.toFixed(1)} s`;
		case 'KB':
			return `${(value / 1000).toFixed(1)} KB`;
		case 'MiB':
			return `${(value / 1024 ** 2).toFixed(1)} MiB`;
		case 'GiB':
			return `${(value / 1024 ** 3).toFixed(2)} GiB`;
	}
}

/** "3.68×"; ratios under 1 keep two decimals too ("0.42×"). */
export function formatRatio(ratio: number): string {
	return `${ratio.toFixed(2)}×`;
}

export const verdictMark: Record<Verdict, string> = { met: '✔', missed: '✖', 'not judged': '–' };

/**
 * One line per target, columns aligned:
 * `✔ peak memory  1.29 GiB vs 0.73 GiB plain  1.77×  limit ≤ 1.3×`.
 */
export function formatTargets(targets: Target[]): string[] {
	const rows = targets.map((target) => {
		const figure =
			target.base === undefined
				? formatFigure(target.ours, target.unit)
				: `${formatFigure(target.ours, target.unit)} vs ${formatFigure(target.base, target.unit)} ${target.baseName}`;
		const ratio = target.ratio === undefined ? '' : formatRatio(target.ratio);
		const limit =
			target.base === undefined
				? `limit ≤ ${formatFigure(target.limit, target.unit)}`
				: `limit ≤ ${target.limit}×${target.stretch === undefined ? '' : ` (stretch ≤ ${target.stretch}× ${verdictMark[target.stretchVerdict!]})`}`;
		return { mark: verdictMark[target.verdict], name: target.name, figure, ratio, limit: target.note ? `${limit} (${target.note})` : limit };
	});
	const width = (key: 'name' | 'figure' | 'ratio') => Math.max(0, ...rows.map((row) => row[key].length));
	return rows.map((row) =>
		`${row.mark} ${row.name.padEnd(width('name'))}  ${row.figure.padEnd(width('figure'))}  ${row.ratio.padStart(width('ratio'))}  ${row.limit}`.replace(
			/\s+$/,
			''
		)
	);
}
