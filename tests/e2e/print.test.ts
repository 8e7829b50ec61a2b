import { previewOrigin } from '../../src/lib/urls.ts';
import { removeWhenDone } from '../support/temp-files';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
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

describe('printing a case', () => {
	test.for([
		{ locale: 'zh-cn', figures: ['↑50%', '↑98%', '3 天 → 1 小时', '15 个国家'], nav: ['首页', '参与贡献', '相关案例', '本页内容'] },
		{ locale: 'en', figures: ['+50%', '+98%', '3 days → 1 hour', '15 countries'], nav: ['Insights', 'Contribute', 'Related cases'] },
	])('$locale: the PDF has the figures, the source and the URL, and no navigation', async ({ locale, figures, nav }, { page, site }) => {
		await page.goto(`${site}/${locale}/cases/payermax/`, { waitUntil: 'networkidle' });
		const text = pdfText(await page.pdf({ format: 'A4', printBackground: true })).replace(/[ \t]+/g, ' ');
		for (const figure of figures) expect(text).toContain(figure);
		expect(text).toContain('https://www.feishu.cn/customers/PayerMax');
		expect(text).toContain(`${previewOrigin}/${locale}/cases/payermax/`);
		for (const word of nav) expect(text).not.toContain(word);
	});
});
