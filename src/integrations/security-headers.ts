import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSitePolicy, isPolicyInPages, type SitePolicy } from '../lib/sharing/csp.ts';
import { buildHeadersFile } from '../lib/sharing/headers.ts';
import { checkPage, type InlineCode } from '../lib/sharing/inline-scripts.ts';

/**
 * The site's Content-Security-Policy (src/lib/sharing/csp.ts), enforced three ways:
 * - every Starlight page carries it as the first `<meta>` of its `<head>` (`contentSecurityPolicyHead`
 *   in Starlight's `head` config; `<ContentSecurityPolicy />` does the same in other layouts), so
 *   hosts without custom headers (GitHub Pages) enforce it too;
 * - `dist/_headers` sends it as a header, with `frame-ancestors`, for hosts that read that file;
 * - after the build, every page is checked: inline code the policy does not allow (a script or style
 *   that no trusted `.astro` source emits, an event-handler attribute) fails the build, naming the
 *   pages, and so does a page whose layout lacks the policy `<meta>`.
 * Astro would inline small component scripts and stylesheets into the pages, with texts known only
 * after bundling: both stay files under `_astro/` instead, allowed by `'self'`.
 */

/** Starlight `head` entries: the policy `<meta>` (Starlight sorts `http-equiv` metas first, before the title). */
export function contentSecurityPolicyHead() {
	if (!isPolicyInPages()) return [];
	return [{ tag: 'meta' as const, attrs: { 'http-equiv': 'Content-Security-Policy', content: getSitePolicy().meta } }];
}

/** Component scripts (`_astro/*.js`) are never inlined into the pages; other assets keep Vite's rule. */
const neverInlineScripts = (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined);

const excerpt = (text: string) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
};

/** Checks every HTML page under `dir` against the policy; returns the problems, one line each. */
export function checkBuiltPages(dir: string, policy: SitePolicy): { problems: string[]; pages: number } {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
	const problems: string[] = [];
	const describe = (code: InlineCode) => `${code.kind === 'handler' ? 'event handler' : `inline ${code.kind}`} ${code.where} ${excerpt(code.text)}`;
	for (const file of files) {
		const path = join(dir, file);
		const html = readFileSync(path, 'utf8');
		const { refused, meta } = checkPage(html, policy.allowed, policy.meta);
		for (const code of refused) problems.push(`${file}: ${describe(code)}`);
		if (meta.state === 'missing') problems.push(`${file}: no Content-Security-Policy <meta>: put <ContentSecurityPolicy /> first in the <head> of its layout`);
		else if (meta.state === 'different') problems.push(`${file}: its Content-Security-Policy <meta> is not the site's: ${excerpt(meta.content)}`);
		else if (meta.state === 'late')
			problems.push(`${file}: a script, style or stylesheet comes before the Content-Security-Policy <meta>, which must open <head>`);
		else if (meta.state === 'no-head') problems.push(`${file}: no <head> to put the Content-Security-Policy <meta> in`);
	}
	return { problems, pages: files.length };
}

export function securityHeaders(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	return {
		name: 'case-reports-security-headers',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ build: { inlineStylesheets: 'never' }, vite: { build: { assetsInlineLimit: neverInlineScripts } } });
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const policy = getSitePolicy(root);
				const out = fileURLToPath(dir);
				const started = performance.now();
				const { problems, pages } = checkBuiltPages(out, policy);
				if (problems.length > 0) {
					const shown = problems.slice(0, 20).map((problem) => `  ✖ ${problem}`);
					if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
					throw new Error(
						`Inline code that the Content-Security-Policy does not allow, in the built pages:\n${shown.join('\n')}\n` +
							"The policy allows only the inline scripts that Starlight's and src/'s .astro files emit verbatim (src/lib/sharing/csp.ts). " +
							'Content must not carry scripts, styles or event handlers; site code goes in a component <script> (bundled into _astro/).'
					);
				}
				writeFileSync(join(out, '_headers'), buildHeadersFile(policy.header, base));
				logger.info(
					`${pages} pages checked against the Content-Security-Policy (${policy.allowed.scripts.size} inline scripts and ${policy.allowed.styles.size} inline styles allowed) in ${((performance.now() - started) / 1000).toFixed(1)} s; _headers written`
				);
			},
		},
	};
}
