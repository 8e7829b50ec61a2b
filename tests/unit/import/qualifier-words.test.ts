import type { Paragraph } from 'mdast';
import { describe, expect, test } from 'vitest';
import { citeFigure } from '../../../tools/import/compose-body.ts';
import { parseFigures } from '../../../tools/import/parse-figure.ts';

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('qualifier words: the figure reader and the body composer agree', () => {
	test.each([
		['审批时间缩短≈30%', 'about'],
		['处理效率提升 up to 40%', 'up-to'],
		['每年节省超过120万元', 'at-least'],
	])('%s: the metric says %s and the word leaves the text', (sentence, qualifier) => {
		const [figure] = parseFigures(sentence);
		expect(figure?.figure.qualifier).toBe(qualifier);
		const node = paragraph(sentence);
		expect(citeFigure(node, figure!.text, '<Metric id="x" />')).toBe(true);
		expect((node.children[0] as { value: string }).value).toMatch(/^\S+?\s?<Metric id="x" \/>$/u);
		expect((node.children[0] as { value: string }).value).not.toMatch(/≈|up to|超过/u);
	});

	test('达到 introduces a figure without qualifying it, and "over" inside a word is no qualifier', () => {
		expect(parseFigures('年营收达到120万元')[0]?.figure.qualifier).toBeUndefined();
		expect(parseFigures('staff turnover 30%')[0]?.figure.qualifier).toBeUndefined();
	});
});
