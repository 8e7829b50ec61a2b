import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { getReaderPageKind, isSearchablePage } from '../lib/search/searchable-page.ts';
import { outputFileOf } from '../lib/search/output-file.ts';

/** Pages read from disk and handed to Pagefind at a time: bounds the memory of a large site. */
const batchSize = 64;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * The search index, built with Pagefind's Node API from exactly the pages readers should find: case,
 * tag, industries and insights pages (`readerPageKinds`) whose layout marks `data-pagefind-body`
 * (not an untranslated fallback, not a later tag page). Each page is
 * handed to Pagefind (a process of its own) as soon as Astro renders it, so indexing runs beside
 * page generation; pages the incremental build copied instead of rendering are read from disk at
 * the end. Starlight's own run (`pagefind: false` in its config) walked the whole output folder and
 * parsed every embed, paginated list and redirect only to find them unmarked.
 */
export function searchIndex(): AstroIntegration {
	let base = '/';
	let index: Promise<PagefindIndex> | undefined;
	/** Output files already handed to Pagefind, and the pending additions. */
	const indexed = new Set<string>();
	/** Output files Astro rendered in this build (the rest were copied from the incremental build's cache). */
	const rendered = new Set<string>();
	const pending: Promise<void>[] = [];
	let indexedWhileRendering = 0;

	const getIndex = () =>
		(index ??= pagefind.createIndex({}).then(({ index: created, errors }) => {
			if (!created) throw new Error(errors.join('\n'));
			return created;
		}));
	/** What Pagefind refused, reported together when the build ends (a rejection left pending would end the process unexplained). */
	const failures: string[] = [];
	const add = (file: string, content: string) => {
		indexed.add(file);
		pending.push(
			getIndex()
				.then((created) => created.addHTMLFile({ sourcePath: file, content }))
				.then(
					(response) => {
						if (response.errors.length > 0) failures.push(`${file}: ${response.errors.join('; ')}`);
					},
					(error: unknown) => void failures.push(`${file}: ${(error as Error).message}`)
				)
		);
	};

	return {
		name: 'case-reports-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((prerenderer: AstroPrerenderer): AstroPrerenderer => ({
					...prerenderer,
					setup: () => prerenderer.setup?.() ?? Promise.resolve(),
					getStaticPaths: () => prerenderer.getStaticPaths(),
					teardown: () => prerenderer.teardown?.() ?? Promise.resolve(),
					collectStaticImages: prerenderer.collectStaticImages && (() => prerenderer.collectStaticImages!()),
					render: async (request, options) => {
						const result = await prerenderer.render(request, options);
						const response = result instanceof Response ? result : result.response;
						const file = outputFileOf(new URL(request.url).pathname, base);
						if (file) rendered.add(file);
						// The kind comes from the URL: the HTML of other pages is never read.
						if (response.status === 200 && file && getReaderPageKind(file) && response.headers.get('content-type')?.startsWith('text/html') !== false) {
							const html = await response.clone().text();
							if (isSearchablePage(file, html)) {
								add(file, html);
								indexedWhileRendering++;
							}
						}
						return result;
					},
				}));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				try {
					// Pages copied from the incremental build's cache were never rendered: read them now.
					const files = (await readdir(root, { recursive: true, encoding: 'utf8' }))
						.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
						.sort();
					const unseen = files.filter((file) => !rendered.has(file.split('\\').join('/')) && getReaderPageKind(file));
					for (let at = 0; at < unseen.length; at += batchSize) {
						const batch = await Promise.all(
							unseen.slice(at, at + batchSize).map(async (file) => ({ file, content: await readFile(join(root, file), 'utf8') }))
						);
						for (const page of batch) if (isSearchablePage(page.file, page.content)) add(page.file.split('\\').join('/'), page.content);
					}
					await Promise.all(pending);
					if (failures.length > 0) throw new Error(failures.join('\n'));
					const written = await (await getIndex()).writeFiles({ outputPath: join(root, 'pagefind') });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					const seconds = ((performance.now() - started) / 1000).toFixed(1);
					logger.info(
						`${indexed.size} of ${files.length} pages indexed for search, ${indexedWhileRendering} of them while pages were generated; ${seconds} s after the last page`
					);
				} catch (cause) {
					throw new Error('Pagefind could not build the search index', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
