/**
 * Social cards: the 1200×630 image a link shows in chats and posts. The layout is a plain element
 * tree for satori (no JSX), drawn with a CJK font from an npm package (nothing fetched at build).
 */

export interface CardModel {
	siteName: string;
	/** "PayerMax · 金融科技"; empty on the site card. */
	kicker: string;
	title: string;
	/** A line under the title (the site card's English, a tag card's description). */
	subtitle?: string;
	/** Up to three headline figures. */
	figures: { value: string; label: string; direction: 'up' | 'down' | 'none' }[];
}

/**
 * A card's bytes stay at or under this (1 KB = 1,000 bytes): a crawler downloads the card for
 * every share, and a chat app on a slow connection shows it late or not at all. `npm run size`
 * fails on any card over it.
 */
export const cardBytesTarget = 20_000;

type Element = { type: string; props: { style: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Element => ({ type, props: { style, children } });

/**
 * Shortens text to a visual width, a Chinese character counting two Latin ones, cutting Latin text
 * at a word: "…joined up its teams" rather than "…joined up it…".
 */
export function fitText(text: string, units: number): string {
	let width = 0;
	let end = 0;
	for (const char of text) {
		width += /[\u2e80-\uffff]/u.test(char) ? 2 : 1;
		if (width > units) break;
		end += char.length;
	}
	if (end >= text.length) return text;
	const cut = text.slice(0, end);
	const word = /[\u2e80-\uffff]/u.test(text[end] ?? '') ? cut : cut.replace(/\s+\S*$/u, '');
	return `${(word || cut).replace(/[\s,，：:·]+$/u, '')}…`;
}

const colours = { ink: '#151a24', muted: '#4b5160', accent: '#3b4fd8', up: '#0a7d3e', down: '#0a6bb5', rule: '#d9dce3' };

export function buildCardTree(model: CardModel): Element {
	const title = fitText(model.title, 76);
	return el(
		'div',
		{
			width: 1200,
			height: 630,
			display: 'flex',
			flexDirection: 'column',
			padding: '56px 64px',
			background: '#ffffff',
			fontFamily: 'Noto Sans SC',
			borderTop: `16px solid ${colours.accent}`,
		},
		[
			// One line: a long company name would otherwise push the title into the figures.
			el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: colours.accent }, fitText(model.kicker || model.siteName, 68)),
			el('div', { display: 'flex', marginTop: 20, fontSize: model.figures.length > 0 ? 50 : 64, fontWeight: 700, lineHeight: 1.25, color: colours.ink }, title),
			// Under a title with figures (a tag card: the tag's description) the subtitle is smaller, and two lines long at most.
			...(model.subtitle
				? [
						el(
							'div',
							{ display: 'flex', marginTop: 16, fontSize: model.figures.length > 0 ? 30 : 40, lineHeight: 1.35, color: colours.muted },
							fitText(model.subtitle, model.figures.length > 0 ? 116 : 60)
						),
					]
				: []),
			el(
				'div',
				{ display: 'flex', marginTop: 'auto', gap: 40 },
				model.figures.slice(0, 3).map((figure) =>
					el('div', { display: 'flex', flexDirection: 'column', flex: 1, paddingTop: 16, borderTop: `2px solid ${colours.rule}` }, [
						el(
							'div',
							{
								display: 'flex',
								fontSize: figure.value.length > 10 ? 36 : 52,
								fontWeight: 700,
								color: figure.direction === 'up' ? colours.up : figure.direction === 'down' ? colours.down : colours.ink,
							},
							figure.value
						),
						el('div', { display: 'flex', marginTop: 6, fontSize: 24, color: colours.muted }, fitText(figure.label, 44)),
					])
				)
			),
			el('div', { display: 'flex', marginTop: 28, fontSize: 22, color: colours.muted }, model.kicker ? model.siteName : ''),
		]
	);
}
