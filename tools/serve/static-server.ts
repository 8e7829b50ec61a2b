import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../../src/lib/sharing/headers.ts';

/**
 * How a host answers a path it has no file for. `nearest` (Cloudflare Pages): the first 404.html
 * up the path's folders, ending with the root's. `root` (GitHub Pages, `astro preview`): the
 * root's 404.html for every path.
 */
export type NotFoundRule = 'nearest' | 'root';

/** The 404 pages a host tries for a missing path (relative to the site's root, base removed), in order. */
export function notFoundCandidates(path: string, rule: NotFoundRule = 'nearest'): string[] {
	if (rule === 'root') return ['404.html'];
	const pathname = path.split(/[?#]/)[0]!;
	// Segments stay as requested (percent-encoded): the site's folders are plain ASCII, and `..` never climbs out.
	const folders = pathname.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
	// A path without a trailing slash names a file: its own folder is the one it sits in.
	if (!pathname.endsWith('/')) folders.pop();
	return folders.map((_, i) => `${folders.slice(0, folders.length - i).join('/')}/404.html`).concat('404.html');
}

/**
 * Serves a built site on a free 127.0.0.1 port, like a static host. `onServed` hears the path and
 * bytes of every response (benchmarks count what a page downloads, workers included). With
 * `gzip`, files that have a `.gz` copy beside them are sent compressed, as hosts do. A missing path
 * gets the site's 404 page by `notFound` (default `nearest`), with status 404. With `headers: false`
 * the build's `_headers` file is ignored, as GitHub Pages does: only the pages' `<meta>` apply.
 */
export async function startStaticServer(
	dir: string,
	onServed?: (path: string, bytes: number) => void,
	basePath = '/',
	options: { gzip?: boolean; port?: number; notFound?: NotFoundRule; headers?: boolean } = {}
): Promise<{ url: string; close: () => Promise<void> }> {
	const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: options.gzip ?? false });
	const prefix = basePath.replace(/\/$/, '');
	// Like the static hosts that read it, send the headers of the build's _headers file (CSP included).
	const rules = options.headers !== false && existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0]!;
		for (const [name, value] of headersForPath(rules, path)) res.setHeader(name, value);
		// A site built with BASE_PATH lives under that path only, as on GitHub Pages.
		if (prefix) {
			if (!req.url?.startsWith(`${prefix}/`)) {
				res.statusCode = 404;
				res.end('Not found');
				return;
			}
			req.url = req.url.slice(prefix.length);
		}
		if (onServed) {
			let bytes = 0;
			const write = res.write.bind(res);
			res.write = ((chunk: Buffer | string, ...rest: never[]) => {
				bytes += Buffer.byteLength(chunk);
				return write(chunk, ...rest);
			}) as typeof res.write;
			res.on('finish', () => onServed(req.url ?? '', bytes));
		}
		serve(req, res, () => {
			res.statusCode = 404;
			const page = notFoundCandidates(req.url ?? '/', options.notFound).find((file) => existsSync(join(dir, file)));
			if (!page) return void res.end('Not found');
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(readFileSync(join(dir, page)));
		});
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				// A client's kept-alive connection would hold the close for seconds.
				server.closeAllConnections();
			}),
	};
}
