import { describe, expect, test } from 'vitest';
import { buildHeadersFile, collectInlineHashes, parseHeadersFile } from '../../../src/lib/sharing/headers';

describe('the _headers file', () => {
	const pages = ['<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style>', '<script>a()</script><script type="module">b()</script>'];

	test('hashes each distinct inline script and style, never external scripts or JSON-LD', () => {
		const hashes = collectInlineHashes(pages);
		expect(hashes.scripts).toHaveLength(2);
		expect(hashes.styles).toHaveLength(1);
		expect(hashes.scripts.every((hash) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(hash))).toBe(true);
	});

	test('gives pages a CSP and short caching, hashed assets long caching, embeds any frame ancestor', () => {
		const rules = parseHeadersFile(buildHeadersFile(collectInlineHashes(pages), '/cases-site/'));
		const headersOf = (path: string) => {
			const headers = new Map<string, string>();
			for (const rule of rules.filter((candidate) => candidate.pattern.test(path))) {
				for (const name of rule.remove) headers.delete(name);
				for (const [name, value] of rule.headers) headers.set(name, value);
			}
			return headers;
		};
		expect(headersOf('/cases-site/en/cases/payermax/').get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
		expect(headersOf('/cases-site/en/cases/payermax/').get('Content-Security-Policy')).toContain("frame-ancestors 'self'");
		expect(headersOf('/cases-site/_astro/page.abc123.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(headersOf('/cases-site/en/embed/payermax/').get('Content-Security-Policy')).toContain('frame-ancestors *');
		expect(headersOf('/cases-site/en/embed/payermax/').has('X-Frame-Options')).toBe(false);
	});
});
