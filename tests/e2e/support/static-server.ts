import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on a free 127.0.0.1 port, like a static host (404.html for unknown paths). */
export async function startStaticServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server: Server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
