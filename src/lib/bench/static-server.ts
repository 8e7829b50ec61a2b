import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile } from '../sharing/headers.ts';

/**
 * Serves a built site on a free 127.0.0.1 port, like a static host. `onServed` hears the path and
 * bytes of every response (benchmarks count what a page downloads, workers included). With
 * `gzip`, files that have a `.gz` copy beside them are sent compressed, as hosts do.
 */
export async function startStaticServer(
	dir: string,
	onServed?: (path: string, bytes: number) => void,
	basePath = '/',
	options: { gzip?: boolean; port?: number } = {}
): Promise<{ url: string; close: () => Promise<void> }> {
	const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: options.gzip ?? false });
	const prefix = basePath.replace(/\/$/, '');
	// Like the static hosts that read it, send the headers of the build's _headers file (CSP included).
	const rules = existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0]!;
		const headers = new Map<string, string>();
		for (const rule of rules.filter((candidate) => candidate.pattern.test(path))) {
			for (const name of rule.remove) headers.delete(name.toLowerCase());
			for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
		}
		for (const [name, value] of headers) res.setHeader(name, value);
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
			res.end('Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
