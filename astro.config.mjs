// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentSecurityPolicyHead, securityHeaders } from './src/integrations/security-headers.ts';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { socialCardHead } from './src/lib/sharing/social-card-head.ts';
import { previewHost, previewOrigin, previewPort, urls } from './src/lib/urls.ts';
import { contentCacheDirOf, getContentRoot } from './src/lib/content/content-root.ts';
import { defaultLocale, localeLabels, localeToLang, locales } from './src/lib/i18n/locales.ts';
import zhStrings from './src/content/i18n/zh-CN.json' with { type: 'json' };
import enStrings from './src/content/i18n/en.json' with { type: 'json' };

/** A sidebar link labelled from the UI strings, so the words live in one place. */
const navLink = (/** @type {keyof typeof enStrings} */ key, /** @type {string} */ link) => ({
	label: zhStrings[key],
	translations: { en: enStrings[key] },
	link,
});

/** Absolute site URL, for canonical and hreflang links. Deployments set SITE_URL. */
const site = process.env.SITE_URL || previewOrigin;
/** Sub-path the site is served from (GitHub Pages: /<repo>). */
const base = process.env.BASE_PATH || '/';

/** Another content root (fixtures, benchmarks) gets its own content cache, so corpora never mix. */
const cacheDir = process.env.CONTENT_DIR ? contentCacheDirOf(getContentRoot()) : undefined;

export default defineConfig({
	site,
	cacheDir,
	base,
	trailingSlash: 'always',
	// Pages render while others wait on file writes: 15 % faster page generation at 1,000 cases.
	build: { concurrency: 4 },
	// A rebuild copies every page whose cacheKey and code are unchanged (src/queries/page-cache-keys.ts).
	experimental: { incrementalBuild: true },
	server: { host: previewHost, port: previewPort },
	integrations: [
		starlight({
			title: { 'zh-CN': zhStrings['root.title'], en: enStrings['root.title'] },
			description: '飞书等协同套件的客户案例分析：关键数据、能力与未满足的需求，简体中文与英文。',
			defaultLocale,
			locales: Object.fromEntries(locales.map((locale) => [locale, { label: localeLabels[locale], lang: localeToLang(locale) }])),
			// Sections only, never one link per case: a per-case sidebar makes every page grow with
			// the corpus (docs/architecture.md, Scale: no page that grows with the corpus).
			sidebar: [
				navLink('nav.home', '/'),
				navLink('nav.cases', '/cases/'),
				navLink('nav.industries', '/industries/'),
				navLink('nav.tags', '/tags/'),
				navLink('nav.insights', '/insights/'),
				navLink('nav.contribute', '/contribute/'),
			],
			customCss: ['./src/styles/case-reports.css'],
			// Head: Starlight writes head entries with set:html; ours keeps a case title or tag label text.
			// ThemeProvider … MobileTableOfContents: Starlight's own, their icons references into one
			// cached sprite instead of inline SVG in every page (src/components/overrides/SpriteIcons.astro).
			components: {
				Head: './src/components/overrides/Head.astro',
				Search: './src/components/search/SiteSearch.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
				MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
			},
			head: [
				// The Content-Security-Policy, first in <head>: only the site's own scripts run (GitHub Pages sends no headers).
				...contentSecurityPolicyHead(),
				// Feed discovery on every page: the newest cases of each language.
				...locales.map((locale) => ({
					tag: /** @type {const} */ ('link'),
					attrs: { rel: 'alternate', type: 'application/rss+xml', title: `${localeLabels[locale]} RSS`, href: urls.feed(base, locale) },
				})),
				// The site's social card; case pages replace it with their own.
				...socialCardHead(new URL(urls.siteCard(base), site).href),
			],
			lastUpdated: false,
			pagination: false,
			// The search index is built by our own integration, from the marked pages only (search-index.ts).
			pagefind: false,
			// Ours speak the language of the path: src/pages/404.astro and src/pages/[locale]/404.astro.
			disable404Route: true,
		}),
		// Starlight adds mdx({ optimize: true }) only when no @astrojs/mdx is listed, so ours keeps that option. It must come
		// after starlight(): Expressive Code, which Starlight inserts right after itself, refuses to follow mdx().
		mdx({ optimize: true }),
		searchIndex(),
		socialCards(),
		siteUrlWarning(site),
		// Before securityHeaders, which checks every page it copies.
		notFoundPages(),
		securityHeaders(),
	],
});
