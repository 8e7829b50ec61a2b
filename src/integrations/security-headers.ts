import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, collectInlineHashes } from '../lib/sharing/headers.ts';

/** After the build, writes `dist/_headers` with caching and a CSP that hashes the inline scripts and styles actually emitted. */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'case-reports-security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
				// One page in memory at a time.
				const hashes = collectInlineHashes((function* () {
					for (const file of files) yield readFileSync(join(root, file), 'utf8');
				})());
				writeFileSync(join(root, '_headers'), buildHeadersFile(hashes, base));
				logger.info(`_headers written: ${hashes.scripts.length} inline script and ${hashes.styles.length} inline style hashes in the CSP`);
			},
		},
	};
}
