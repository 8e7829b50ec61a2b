import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { isSearchablePage } from '../../src/lib/search/searchable-page';
import { contentCacheDirOf } from '../../src/lib/content/content-root.ts';
import { buildTimeout, runSiteBuild, type BuildResult } from '../support/build-site';
import { useSuiteTemporaries } from '../support/temp-files';

/** Each page a build wrote, and whether it was copied from the incremental cache instead of rendered. */
function pagesOf(output: string): Map<string, 'copied' | 'rendered'> {
	const pages = new Map<string, 'copied' | 'rendered'>();
	// Pages render four at a time and their log lines interleave; a copied page's "(restored)" or
	// "(cached)" always follows its path at once.
	for (const entry of output.split('├─ ').slice(1)) {
		const path = /^\/\S+?\.html/.exec(entry)?.[0];
		if (path) pages.set(path, /^\S+\s*\((restored|cached)\)/.test(entry) ? 'copied' : 'rendered');
	}
	return pages;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/**
 * A rebuild copies every page whose cases did not change (Astro's incremental build with our cache
 * keys) and renders the rest: a stale page would show a reader an old figure or title, silently.
 * The synthetic fixture corpus, built, one case's English title edited, built again.
 */
describe('a rebuild after editing one case', () => {
	const title = 'Synthetic edited title for the incremental build test';
	let first: BuildResult;
	let second: BuildResult;
	let related: string | undefined;
	let shown: string | undefined;
	let oldTitle = '';
	let pages = new Map<string, 'copied' | 'rendered'>();
	const temporaries = useSuiteTemporaries();
	beforeAll(
		async () => {
			const root = temporaries.makeDir('incremental-');
			temporaries.track(contentCacheDirOf(root));
			cpSync('tests/fixtures/corpora/synthetic', root, { recursive: true });
			first = await runSiteBuild(root, {}, temporaries.makeDir('case-site-'));
			if (first.status !== 0) throw new Error(`The first build exited with ${first.status}:\n${first.output.slice(-4000)}`);
			// The case to edit: one that another case shows as related, so that page must change too.
			related = readdirSync(join(first.outDir, 'en/cases'))
				.filter((slug) => slug.startsWith('synthetic-'))
				.find((slug) => /cs-related/.test(read(first.outDir, `en/cases/${slug}/index.html`)));
			shown = related
				? /<section[^>]*cs-related[\s\S]*?href="\/en\/cases\/([^/]+)\//.exec(read(first.outDir, `en/cases/${related}/index.html`))?.[1]
				: undefined;
			if (shown) {
				const file = join(root, 'cases/en', `${shown}.mdx`);
				const source = readFileSync(file, 'utf8');
				oldTitle = /^title: (.*)$/m.exec(source)![1]!;
				writeFileSync(file, source.replace(/^title: .*$/m, `title: ${title}`));
			}
			second = await runSiteBuild(root, {}, first.outDir);
			if (second.status !== 0) throw new Error(`The rebuild exited with ${second.status}:\n${second.output.slice(-4000)}`);
			pages = pagesOf(second.output);
		},
		2 * buildTimeout + 30_000
	);

	test('the edited case, its embed and the case that shows it as related are rendered again with the edit', () => {
		expect(shown, 'a case shown as related').toBeDefined();
		for (const path of [`/en/cases/${shown}/index.html`, `/en/embed/${shown}/index.html`, `/en/cases/${related}/index.html`]) {
			expect(pages.get(path), path).toBe('rendered');
			expect(read(second.outDir, path), path).toContain(title);
		}
	});

	test('no English page, rendered or copied, still shows the old title (case, embed, related, tag and list pages)', () => {
		expect(oldTitle).not.toBe('');
		const pagesWithOldTitle = readdirSync(join(second.outDir, 'en'), { recursive: true, encoding: 'utf8' }).filter(
			(file) => file.endsWith('.html') && read(second.outDir, join('en', file)).includes(oldTitle)
		);
		expect(pagesWithOldTitle).toEqual([]);
		const tagPages = [...pages].filter(([path]) => path.startsWith('/en/tags/') && read(second.outDir, path).includes(`href="/en/cases/${shown}/"`));
		expect(tagPages.length, 'tag pages that list the edited case').toBeGreaterThan(0);
	});

	test('pages that do not show the edited case are copied, not rendered', () => {
		const untouched = [...pages].filter(
			([path]) => /^\/(en|zh-cn)\/(cases|embed)\/synthetic-\d+\/index\.html$/.test(path) && !path.includes(`/${shown}/`) && !path.includes(`/${related}/`)
		);
		expect(untouched.length).toBeGreaterThan(80);
		// Rendered besides: the other cases that show the edited one as related, in either language
		// (a key holds both languages' files); nothing else.
		const rendered = untouched.filter(([, how]) => how === 'rendered').map(([path]) => path);
		for (const path of rendered)
			expect(read(second.outDir, path), `${path} was rendered but does not show the edited case`).toMatch(new RegExp(`href="/(en|zh-cn)/cases/${shown}/"`));
		expect(rendered.length).toBeLessThan(untouched.length / 4);
	});

	test('the search index holds exactly the reader pages marked for search, copied ones included', () => {
		const entry = JSON.parse(read(second.outDir, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		for (const locale of ['en', 'zh-cn']) {
			const marked = readdirSync(join(second.outDir, locale), { recursive: true, encoding: 'utf8' }).filter(
				(file) => file.endsWith('.html') && isSearchablePage(join(locale, file), read(second.outDir, join(locale, file)))
			);
			expect(entry.languages[locale]?.page_count, locale).toBe(marked.length);
			expect(
				marked.some((file) => file.startsWith('embed/')),
				'embeds are never indexed'
			).toBe(false);
		}
	});
});
