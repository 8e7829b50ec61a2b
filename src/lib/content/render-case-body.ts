import GithubSlugger, { slug as toSlug } from 'github-slugger';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { Metric } from '../../schemas/metric.ts';
import { type Locale } from '../i18n/locales.ts';
import { uiText } from '../i18n/ui-text.ts';
import { formatMetric } from '../metrics/format-metric.ts';
import { urls } from '../urls.ts';
import { allowedHtmlElements, readComponentProps } from './mdx-safety.ts';

/**
 * Renders a checked case body to HTML, from the very tree the checks read (parse-case-body.ts):
 * nothing of a case is compiled to JavaScript, and every text is escaped by hast-util-to-html.
 * `<Metric>` becomes a link to its key figure; `<MetricChart>` a slot the page fills with the
 * chart component, so the body is a list of HTML parts and charts.
 */

export type CaseBodyPart = { html: string } | { chart: string[] };

export interface RenderedCaseBody {
	parts: CaseBodyPart[];
	/** h2–h6 of the report, for the page's table of contents. */
	headings: { depth: number; slug: string; text: string }[];
}

/** Starlight's "link-alt" icon, as its heading links show it (rehype-heading-links in @astrojs/starlight). */
const anchorIconPath =
	'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';

const chartSlot = 'cs-chart-slot';

/** Ids the case page itself uses: a heading never takes them, so no link or script finds the wrong element. */
const pageSectionIds = ['key-figures', 'metric-charts', 'company-facts', 'case-tags', 'related-cases', 'case-source', 'footnote-label', '_top'];
const pageIdPrefixes = /^(?:starlight__|sl-|metric-|chart-|user-content-)/;

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
	return { type: 'element', tagName, properties, children };
}

/** Starlight's heading markup: the heading and a link to it, labelled for screen readers. */
function headingWithLink(heading: Element, slug: string, text: string, locale: Locale): Element {
	const label = uiText(locale, 'heading.anchorLabel', { title: text });
	const icon = element('span', { ariaHidden: 'true', className: ['sl-anchor-icon'] }, [
		element('svg', { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'currentColor' }, [element('path', { d: anchorIconPath })]),
	]);
	const link = element('a', { className: ['sl-anchor-link'], href: `#${slug}` }, [
		icon,
		element('span', { className: ['sr-only'], dataPagefindIgnore: true }, [{ type: 'text', value: label }]),
	]);
	return element('div', { className: [`sl-heading-wrapper`, `level-${heading.tagName}`] }, [heading, link]);
}

export function renderCaseBody(tree: Root, options: { locale: Locale; metrics: Metric[] }): RenderedCaseBody {
	const { locale, metrics } = options;
	const slugger = new GithubSlugger();
	for (const id of pageSectionIds) slugger.slug(id);
	const headings: RenderedCaseBody['headings'] = [];

	const jsxElement = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | ElementContent[] | undefined => {
		const name = node.name ?? '';
		if (name === 'Metric') {
			const id = readComponentProps(node.attributes).id;
			const metric = metrics.find((candidate) => candidate.id === id);
			if (!metric) return undefined;
			const shown = formatMetric(metric, locale);
			return element('a', { className: ['cs-metric-ref'], href: `#${urls.metricAnchor(metric.id)}`, title: shown.text, dataDirection: shown.direction }, [
				{ type: 'text', value: shown.value },
			]);
		}
		if (name === 'MetricChart') {
			const ids = readComponentProps(node.attributes).ids;
			return element(chartSlot, { dataIds: JSON.stringify(Array.isArray(ids) ? ids : []) });
		}
		const allowed = allowedHtmlElements.get(name);
		if (!allowed) return undefined;
		// Only the attributes the safety check allows, as plain text (it refused everything else).
		const properties: Properties = {};
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
		}
		return element(name, properties, state.all(node));
	};

	const handlers: Record<string, Handler> = {
		mdxJsxFlowElement: jsxElement as Handler,
		mdxJsxTextElement: jsxElement as Handler,
		// Only comments ({/* … */}) get past the check: they show nothing.
		mdxFlowExpression: () => undefined,
		mdxTextExpression: () => undefined,
		mdxjsEsm: () => undefined,
		heading(state, node) {
			const text = toString(node);
			const slug = slugger.slug(pageIdPrefixes.test(toSlug(text)) ? `section-${text}` : text);
			const heading = element(`h${node.depth}`, { id: slug }, state.all(node));
			if (node.depth === 1) return heading;
			headings.push({ depth: node.depth, slug, text });
			return headingWithLink(heading, slug, text, locale);
		},
	};

	const hast = toHast(tree, {
		handlers,
		footnoteLabel: uiText(locale, 'case.footnotes'),
		footnoteBackLabel: (index, rereference) => `${uiText(locale, 'case.footnoteBack')} ${index + 1}${rereference > 1 ? `-${rereference}` : ''}`,
	}) as HastRoot;

	// Split at the chart slots: the page renders the chart component there.
	const parts: CaseBodyPart[] = [];
	let pending: HastRoot['children'] = [];
	const flush = () => {
		const html = toHtml({ type: 'root', children: pending });
		if (html.trim()) parts.push({ html });
		pending = [];
	};
	for (const child of hast.children) {
		if (child.type === 'element' && child.tagName === chartSlot) {
			flush();
			parts.push({ chart: JSON.parse(String(child.properties.dataIds)) as string[] });
		} else pending.push(child);
	}
	flush();
	return { parts, headings };
}
