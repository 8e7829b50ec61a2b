import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { previewOrigin } from '../../src/lib/urls.ts';

/**
 * A plain Starlight site with the same corpus, for the benchmark's baseline: each case becomes a
 * docs page (its title, description and Markdown body; none of our components, cards, tag pages
 * or embeds), in the same two languages, with one short sidebar and Starlight's own Pagefind
 * search. `dir` must be inside this project (its packages are found by walking up to its
 * node_modules; a symlinked node_modules confuses Vite's module ids). The dependencies must be
 * declared, or Vite leaves Starlight to Node, which cannot load `astro:` modules.
 */
export function writeReferenceSite(dir: string, casesDir: string): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'starlight-reference', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } })
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	site: '${previewOrigin}',
	integrations: [
		starlight({
			title: 'Reference',
			defaultLocale: 'zh-cn',
			locales: { 'zh-cn': { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English' } },
			sidebar: [{ label: 'Home', link: '/' }],
		}),
	],
});
`
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`
	);
	for (const locale of readdirSync(casesDir)) {
		const out = join(dir, 'src', 'content', 'docs', locale, 'cases');
		mkdirSync(out, { recursive: true });
		writeFileSync(join(dir, 'src', 'content', 'docs', locale, 'index.md'), `---\ntitle: Reference\n---\n\nReference home.\n`);
		for (const name of readdirSync(join(casesDir, locale))) {
			const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(casesDir, locale, name), 'utf8')) ?? [];
			const data = parse(frontmatter) as { title: string; description: string };
			writeFileSync(join(out, name.replace(/\.mdx$/, '.md')), `---\n${stringify({ title: data.title, description: data.description })}---\n${body}`);
		}
	}
}
