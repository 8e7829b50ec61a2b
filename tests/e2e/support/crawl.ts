import { readdirSync } from 'node:fs';
import { parse } from 'node-html-parser';

/** Fetches every page reachable from the roots over HTTP, like a crawler, and records broken links. */
export async function crawl(baseUrl: string, roots: string[]) {
	const pages = new Map<string, { status: number; ids: Set<string>; links: { href: string; from: string }[] }>();
	const assets = new Map<string, number>();
	const queue = [...roots];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (pages.has(path)) continue;
		const response = await fetch(baseUrl + path);
		const html = response.ok ? await response.text() : '';
		const dom = parse(html);
		const links = dom
			.querySelectorAll('a[href]')
			.map((a) => ({ href: new URL(a.getAttribute('href')!, baseUrl + path).href, from: path }))
			.filter((link) => link.href.startsWith(baseUrl));
		pages.set(path, { status: response.status, ids: new Set(dom.querySelectorAll('[id]').map((el) => el.id)), links });
		for (const link of links) {
			const url = new URL(link.href);
			if (!pages.has(url.pathname) && !queue.includes(url.pathname) && !/\.[a-z0-9]+$/i.test(url.pathname)) queue.push(url.pathname);
		}
		for (const el of dom.querySelectorAll('link[href], script[src], img[src]')) {
			const ref = new URL(el.getAttribute('href') ?? el.getAttribute('src')!, baseUrl + path);
			if (ref.origin + '/' === new URL(baseUrl).origin + '/' && !assets.has(ref.pathname)) {
				assets.set(ref.pathname, (await fetch(ref)).status);
			}
		}
	}
	return { pages, assets };
}

/** Every page in `dist/`, as URL paths: the crawl starts from all of them, not only from what is linked. */
export function listBuiltPages(dir = 'dist'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** Every broken internal link, anchor or asset of a crawl, one line each. */
export function findBrokenLinks({ pages, assets }: Awaited<ReturnType<typeof crawl>>): string[] {
	const broken: string[] = [];
	for (const [path, page] of pages) {
		if (page.status !== 200) broken.push(`${path} → HTTP ${page.status}`);
		for (const link of page.links) {
			const url = new URL(link.href);
			const target = pages.get(url.pathname);
			if (!target && /\.[a-z0-9]+$/i.test(url.pathname)) continue;
			if (target && target.status !== 200) broken.push(`${link.from}: ${link.href} → HTTP ${target.status}`);
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && target && !target.ids.has(anchor)) broken.push(`${link.from}: ${link.href} → no #${anchor}`);
		}
	}
	for (const [path, status] of assets) if (status !== 200) broken.push(`asset ${path} → HTTP ${status}`);
	return broken;
}
