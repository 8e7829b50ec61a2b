import { describe, expect, test } from 'vitest';
import { appendToTitle, figureEditReached, raiseFirstFigure, readCasePage } from '../../../tools/bench/case-edit';

const zh = `---
# Synthetic case generated for tests and benchmarks: not a real customer.
title: Synthetic Alpha 0001（合成测试案例）
description: 用于测试与基准的合成案例
company:
  name: Synthetic Alpha 0001
  size: large
reportDate: 2024-01-01
metrics:
  - id: metric-1
    label: 审批周期
    category: process-efficiency
    before:
      value: 4
      unit: day
    after:
      value: 1
      unit: hour
  - id: metric-2
    label: 覆盖国家
    value:
      value: 12
      unit: country
---

## 公司概况

value: 99 in the body is not a figure.
`;

describe('editing a case for the warm rebuild', () => {
	test('raises the first value of the first figure and nothing else', () => {
		const { mdx, edit } = raiseFirstFigure(zh);
		expect(edit).toEqual({ metricId: 'metric-1', from: 4, to: 5 });
		expect(mdx).toBe(zh.replace('      value: 4\n', '      value: 5\n'));
	});

	test('a nested `value:` block is found too', () => {
		const only = zh.replace(/ {2}- id: metric-1[\s\S]*?(?= {2}- id: metric-2)/, '');
		expect(raiseFirstFigure(only).edit).toEqual({ metricId: 'metric-2', from: 12, to: 13 });
	});

	test('a file without figures or title is refused', () => {
		expect(() => raiseFirstFigure('---\ntitle: x\n---\nvalue: 3\n')).toThrow('no `metrics:`');
		expect(() => appendToTitle('---\nmetrics: []\n---\n')).toThrow('no one-line `title:`');
	});

	test('appends to a Chinese title with full-width punctuation, quoted as YAML', () => {
		const { mdx, title } = appendToTitle(zh, '（已修订）');
		expect(title).toBe('Synthetic Alpha 0001（合成测试案例）（已修订）');
		expect(mdx).toContain('title: "Synthetic Alpha 0001（合成测试案例）（已修订）"\n');
		expect(appendToTitle('title: "Quoted: yes"\n').title).toBe('Quoted: yes (edited)');
	});

	const page = (figure: string) =>
		`<h1 id="_top">Synthetic Alpha 0001（合成测试案例）（已修订）</h1><ul><li id="metric-metric-1"><span class="cs-figure__value">${figure}</span></li></ul>`;

	test('reads the title and a figure of a built case page', () => {
		expect(readCasePage(page('5 天 → 1 小时'), 'metric-1')).toEqual({ title: 'Synthetic Alpha 0001（合成测试案例）（已修订）', figure: '5 天 → 1 小时' });
		expect(readCasePage('<p>no case</p>', 'metric-1')).toEqual({ title: '', figure: '' });
	});

	test('the figure edit reached the page only if it reads differently and shows the new value', () => {
		const edit = { metricId: 'metric-1', from: 4, to: 5 };
		expect(figureEditReached(page('5 天 → 1 小时'), edit, '4 天 → 1 小时')).toBe(true);
		expect(figureEditReached(page('4 天 → 1 小时'), edit, '4 天 → 1 小时')).toBe(false);
		// A 5 inside another number is not the new value.
		expect(figureEditReached(page('45 天 → 1 小时'), edit, '4 天 → 1 小时')).toBe(false);
		expect(figureEditReached(page('4.5 days → 1 hour'), edit, '4 days → 1 hour')).toBe(false);
		expect(figureEditReached('<h1>x</h1>', edit, '4 天 → 1 小时')).toBe(false);
	});
});
