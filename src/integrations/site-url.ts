import type { AstroIntegration } from 'astro';

/**
 * Canonical links, og:image, feeds and copied links are absolute URLs made from `SITE_URL`. Without
 * it they point at the local preview (`previewOrigin` in src/lib/urls.ts), which is right for `npm start` and
 * wrong anywhere else: a production build says so loudly, first and last.
 */
export function siteUrlWarning(site: string): AstroIntegration {
	const message = [
		`SITE_URL is not set: canonical links, og:image, RSS and copied links point at ${site}.`,
		'Fine for `npm start` on this machine; for a published site, build with SITE_URL=https://your.domain (and BASE_PATH=/sub-path under a sub-path),',
		'as .github/workflows/deploy.yml does.',
	].join('\n');
	return {
		name: 'case-reports-site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!process.env.SITE_URL) logger.warn(message);
			},
			'astro:build:done': ({ logger }) => {
				if (!process.env.SITE_URL) logger.warn(message);
			},
		},
	};
}
