/**
 * HTTP headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages and others):
 * long caching for hashed assets, short for HTML, and security headers, among them the site's
 * Content-Security-Policy (src/lib/sharing/csp.ts) with the `frame-ancestors` that a `<meta>`
 * policy cannot carry. GitHub Pages ignores this file: there the pages' `<meta>` policy applies alone.
 */

/** The `_headers` file: rules are matched top-down by path pattern; `base` is the site's sub-path. */
export function buildHeadersFile(contentSecurityPolicy: (frameAncestors: string) => string, base = '/'): string {
	const prefix = base.replace(/\/$/, '');
	const security = [
		'X-Content-Type-Options: nosniff',
		'Referrer-Policy: strict-origin-when-cross-origin',
		'Permissions-Policy: camera=(), microphone=(), geolocation=()',
	];
	const block = (pattern: string, lines: string[]) => `${prefix}${pattern}\n${lines.map((line) => `  ${line}`).join('\n')}`;
	return `${[
		block('/*', [
			...security,
			`Content-Security-Policy: ${contentSecurityPolicy("'self'")}`,
			'X-Frame-Options: SAMEORIGIN',
			'Cache-Control: public, max-age=0, must-revalidate',
		]),
		// Embeds are made to be framed by partners' pages. A host joins a header that several matching
		// rules set (`a, b`: two policies, the stricter wins), so each rule first detaches what it replaces.
		block('/*/embed/*', ['! X-Frame-Options', '! Content-Security-Policy', `Content-Security-Policy: ${contentSecurityPolicy('*')}`]),
		block('/_astro/*', ['! Cache-Control', 'Cache-Control: public, max-age=31536000, immutable']),
		block('/pagefind/*', ['! Cache-Control', 'Cache-Control: public, max-age=86400']),
	].join('\n\n')}\n`;
}

/** Reads a `_headers` file into rules (`headersForPath` applies them as a host does). */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][]; remove: string[] }[] {
	const rules: { pattern: RegExp; headers: [string, string][]; remove: string[] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [], remove: [] });
			continue;
		}
		const rule = rules.at(-1)!;
		const removal = /^\s*!\s*(.+)$/.exec(line);
		if (removal) rule.remove.push(removal[1]!.trim());
		else {
			const [name, ...value] = line.trim().split(':');
			rule.headers.push([name!.trim(), value.join(':').trim()]);
		}
	}
	return rules;
}

/**
 * The headers a host sends for `path`, as Cloudflare Pages and Netlify apply `_headers`: every
 * matching rule in order; `! Name` detaches what earlier rules set; a header set again is joined to
 * the earlier value with ", " (for a policy that means two policies, not a replacement).
 */
export function headersForPath(rules: ReturnType<typeof parseHeadersFile>, path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules.filter((candidate) => candidate.pattern.test(path))) {
		for (const name of rule.remove) headers.delete(name.toLowerCase());
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
		}
	}
	return headers;
}
