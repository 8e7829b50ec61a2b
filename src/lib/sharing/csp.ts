import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { parseFragment } from 'parse5';
import { isExecutableScript, textOf, walkElements, type AllowedInlineCode } from './inline-scripts.ts';

export type { AllowedInlineCode };

/**
 * The site's Content-Security-Policy. Scripts and styles load from the site itself; the only inline
 * code it allows is the code the build emits verbatim from `.astro` sources we ship: every
 * `<script is:inline>` (and `<style is:inline>`) body in Starlight's components and in `src/`. The
 * hashes are computed from those sources before any page renders, never from the built pages, so
 * a script that reaches a page by any other way (content, a translated string, a title) gets no
 * hash and the browser refuses it. Astro's own inlining is switched off (see the integration):
 * component scripts and styles are files under `_astro/`, allowed by `'self'`.
 */

export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts and styles that Astro copies verbatim from one `.astro` source into the page:
 * a `<script>` with any attribute other than `src` is not processed (Astro treats it as
 * `is:inline`), nor is a `<style is:inline>`. Bodies rewritten at render time (`define:vars`,
 * `set:html`, `set:text`) are left out: if such a script reaches a page, the build's check refuses it.
 */
export function collectVerbatimInlineCode(source: string): { scripts: string[]; styles: string[] } {
	// The frontmatter is TypeScript, not markup: blank it out (keeping offsets) before parsing.
	const frontmatter = /^\s*---\r?\n[\s\S]*?\r?\n---/.exec(source);
	const template = frontmatter ? ' '.repeat(frontmatter[0].length) + source.slice(frontmatter[0].length) : source;
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const element of walkElements(parseFragment(template))) {
		const names = element.attrs.map((attr) => attr.name);
		if (names.some((name) => name === 'define:vars' || name === 'set:html' || name === 'set:text')) continue;
		if (element.tagName === 'script' && names.length > 0 && !names.includes('src') && isExecutableScript(element.attrs)) {
			scripts.push(textOf(element));
		}
		if (element.tagName === 'style' && names.includes('is:inline')) styles.push(textOf(element));
	}
	return { scripts, styles };
}

/** Every `.astro` file under `dir`, skipping nested `node_modules` and the given subfolders. */
function listAstroFiles(dir: string, skip: string[] = []): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter(
			(file) => file.endsWith('.astro') && !file.split(sep).includes('node_modules') && !skip.some((folder) => file === folder || file.startsWith(folder + sep))
		)
		.map((file) => join(dir, file))
		.sort();
}

/** The folder of an installed package, resolved from the project root as Node would (its `exports` need not list package.json). */
export function packageDir(root: string, name: string): string {
	for (const base of createRequire(join(root, 'package.json')).resolve.paths(name) ?? []) {
		if (existsSync(join(base, name, 'package.json'))) return join(base, name);
	}
	throw new Error(`Cannot find the package ${name} from ${root}`);
}

/**
 * The sources whose verbatim inline code the policy allows: Starlight's components and the site's
 * own `.astro` files (components, layouts, routes). `src/content/` is authored content, never code.
 */
export function trustedAstroSources(root: string): string[] {
	return [...listAstroFiles(packageDir(root, '@astrojs/starlight')), ...listAstroFiles(join(root, 'src'), ['content'])];
}

/** The allowed inline code of the given `.astro` files. */
export function collectAllowedInlineCode(files: string[]): AllowedInlineCode & { origins: Map<string, string> } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const origins = new Map<string, string>();
	for (const file of files) {
		const found = collectVerbatimInlineCode(readFileSync(file, 'utf8'));
		for (const text of found.scripts) scripts.add(text);
		for (const text of found.styles) styles.add(text);
		for (const text of [...found.scripts, ...found.styles]) origins.set(text, file);
	}
	return { scripts, styles, origins };
}

/**
 * The policy itself. `frameAncestors` only in an HTTP header: a `<meta>` policy may not carry
 * `frame-ancestors`, `report-uri` or `sandbox` (browsers ignore them there with a warning).
 */
export function buildContentSecurityPolicy(allowed: AllowedInlineCode, options: { frameAncestors?: string } = {}): string {
	const scriptHashes = [...allowed.scripts].map(sha256Source).sort();
	const styleHashes = [...allowed.styles].map(sha256Source).sort();
	return [
		"default-src 'self'",
		// Pagefind searches with WebAssembly.
		["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
		["style-src 'self'", ...styleHashes].join(' '),
		// Starlight's icons and the charts' reserved heights are style attributes.
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(options.frameAncestors ? [`frame-ancestors ${options.frameAncestors}`] : []),
	].join('; ');
}

/** The site's allowed inline code and policy, computed once per process from the project at `root`. */
export interface SitePolicy {
	allowed: AllowedInlineCode;
	/** The policy for `<meta http-equiv="Content-Security-Policy">`, the same in every page. */
	meta: string;
	/** The policy for an HTTP header, with `frame-ancestors`. */
	header: (frameAncestors: string) => string;
	/** Where each allowed text comes from, relative to the root (for messages). */
	originOf: (text: string) => string | undefined;
}

const sitePolicies = new Map<string, SitePolicy>();

/**
 * Whether pages carry the policy: always but under the dev server (`astro dev` sets NODE_ENV before
 * it loads the config), whose Vite client injects inline styles and scripts. The Starlight `head`
 * entry and `<ContentSecurityPolicy />` both ask this, so every page of a build agrees.
 */
export function isPolicyInPages(): boolean {
	return process.env.NODE_ENV !== 'development';
}

export function getSitePolicy(root = process.cwd()): SitePolicy {
	let policy = sitePolicies.get(root);
	if (!policy) {
		const { origins, ...allowed } = collectAllowedInlineCode(trustedAstroSources(root));
		policy = {
			allowed,
			meta: buildContentSecurityPolicy(allowed),
			header: (frameAncestors) => buildContentSecurityPolicy(allowed, { frameAncestors }),
			originOf: (text) => {
				const file = origins.get(text);
				return file && relative(root, file);
			},
		};
		sitePolicies.set(root, policy);
	}
	return policy;
}
