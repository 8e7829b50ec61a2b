import type { CaseView } from '../cases/case-view.ts';

/** Structured data (schema.org, JSON-LD) for search engines and link previews. Pure: URLs come in absolute. */

export interface Crumb {
	name: string;
	url: string;
}

export function breadcrumbJsonLd(crumbs: Crumb[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
	};
}

/** A case: an Article about the Organization, based on its source, with every figure. */
export function caseJsonLd(view: CaseView, options: { url: string; siteName: string; siteUrl: string }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: view.title,
		description: view.description,
		inLanguage: view.contentLang,
		url: options.url,
		mainEntityOfPage: options.url,
		datePublished: view.reportDate.iso,
		isBasedOn: view.source.url,
		publisher: { '@type': 'Organization', name: options.siteName, url: options.siteUrl },
		about: {
			'@type': 'Organization',
			name: view.company.name,
			...(view.company.website ? { url: view.company.website } : {}),
			description: view.company.business,
		},
		keywords: [...view.industries, ...view.capabilities].map((tag) => tag.label).join(', '),
		mentions: view.metrics.map((metric) => ({
			'@type': 'PropertyValue',
			name: metric.label,
			value: metric.value,
			url: `${options.url}#${metric.anchor}`,
		})),
	};
}

/** A tag page: a CollectionPage listing its cases. */
export function tagPageJsonLd(options: { name: string; description?: string; url: string; lang: string; cases: { name: string; url: string }[] }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'CollectionPage',
		name: options.name,
		...(options.description ? { description: options.description } : {}),
		inLanguage: options.lang,
		url: options.url,
		mainEntity: {
			'@type': 'ItemList',
			itemListElement: options.cases.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
		},
	};
}

/**
 * JSON for the inside of a `<script>` element: `<`, `>` and `&` become `\u003c`, `\u003e` and
 * `\u0026` (still the same JSON), so no string in it, such as a title `</script><script>…` or
 * `<!--`, can end the element or change how the browser reads it; U+2028 and U+2029 are escaped
 * too, so the text is also a valid JavaScript literal.
 */
export function serializeJsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A `<script type="application/ld+json">` for Starlight's `head` frontmatter, its JSON safe inside the element. */
export function jsonLdHead(data: object) {
	return { tag: 'script' as const, attrs: { type: 'application/ld+json' }, content: serializeJsonForScript(data) };
}
