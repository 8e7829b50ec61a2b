import { previewOrigin } from '../../src/lib/urls.ts';
import { removeWhenDone } from '../support/temp-files';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { formatMetric } from '../../src/lib/metrics/format-metric.ts';
import { loadPayerMax } from '../support/case-file.ts';
import { siteTest } from './support/site-test.ts';

const test = siteTest();

/** The text of a PDF, through poppler's pdftotext (Debian's poppler-utils; .ci/run installs it). */
function pdfText(pdf: Buffer): string {
	const file = join(removeWhenDone(mkdtempSync(join(tmpdir(), 'print-'))), 'case.pdf');
	writeFileSync(file, pdf);
	const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	if (result.error) throw new Error('pdftotext is missing: install poppler-utils (.ci/run does)');
	return result.stdout;
}

/** The published PayerMax case: the figures it prints (short enough to stay on one line of the PDF's text) and its source. */
const payermax = loadPayerMax('content');
const printedFigures = ['response-speed', 'handover-efficiency', 'handover-cycle', 'translation-coverage'];

describe('printing a case', () => {
	test.for([
		{ locale: 'zh-cn' as const, data: payermax.zh.data, nav: ['首页', '参与贡献', '相关案例', '本页内容'] },
		{ locale: 'en' as const, data: payermax.en.data, nav: ['Insights', 'Contribute', 'Related cases'] },
	])('$locale: the PDF has the figures, the source and the URL, and no navigation', async ({ locale, data, nav }, { page, site }) => {
		const figures = printedFigures.map(
			(id) =>
				formatMetric(
					data.metrics.find((metric) => metric.id === id)!,
					locale
				).value
		);
		await page.goto(`${site}/${locale}/cases/payermax/`, { waitUntil: 'networkidle' });
		const text = pdfText(await page.pdf({ format: 'A4', printBackground: true })).replace(/[ \t]+/g, ' ');
		for (const figure of figures) expect(text).toContain(figure);
		expect(text).toContain(data.source.url);
		expect(text).toContain(`${previewOrigin}/${locale}/cases/payermax/`);
		for (const word of nav) expect(text).not.toContain(word);
	});
});
