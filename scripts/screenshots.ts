/**
 * Screenshots of built pages in both themes and at phone and desktop widths, for looking at what
 * readers see: `npm run screenshots -- /zh-cn/cases/payermax/ /en/cases/payermax/`.
 * Writes PNGs to `screenshots/` (ignored by git). Needs `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser/launch-chromium.ts';
import { startStaticServer } from '../tools/serve/static-server.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		dist: { type: 'string', default: 'dist' },
		out: { type: 'string', default: 'screenshots' },
		'viewport-only': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
});
if (values.help || positionals.length === 0) {
	console.log('Usage: npm run screenshots -- <path>… [--dist dist] [--out dir] [--viewport-only]\nExample: npm run screenshots -- /zh-cn/cases/payermax/');
	process.exit(values.help ? 0 : 1);
}

mkdirSync(values.out, { recursive: true });
const server = await startStaticServer(values.dist);
const browser = await launchChromium();
try {
	for (const path of positionals) {
		for (const theme of ['light', 'dark'] as const) {
			for (const width of [375, 1280]) {
				const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				const file = `${values.out}/${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${theme}-${width}.png`;
				await page.screenshot({ path: file, fullPage: !values['viewport-only'] });
				console.log(file);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
