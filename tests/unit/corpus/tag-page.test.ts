import { describe, expect, test } from 'vitest';
import { toPagedTitle } from '../../../src/lib/i18n/paged-title';
import { buildTagComparisonCharts, buildTagHead, buildTagHeadings, type TagComparison } from '../../../src/lib/corpus/tag-page';
import { summarizeTag } from '../../../src/lib/corpus/tag-summary';
import { getTagShareText } from '../../../src/lib/sharing/tag-sharing';
import type { Metric } from '../../../src/schemas/metric';
import { loadFixtureCorpus } from '../../support/fixture-corpus';

const { tags } = loadFixtureCorpus('tests/fixtures/corpora/synthetic');
const approvals = tags.find((tag) => tag.id === 'approvals')!;
const times = (id: string, value: number): Metric =>
	({ id, label: `${id} label`, category: 'process-efficiency', qualifier: 'exact', kind: 'multiplier', multiplier: { direction: 'up', value } }) as Metric;

describe('tag page', () => {
	const comparison: TagComparison = {
		category: 'process-efficiency',
		kind: 'multiplier',
		title: 'Process efficiency',
		entries: [
			{ slug: 'acme', company: 'Acme', metric: times('speed', 5) },
			{ slug: 'beta', company: 'Beta', metric: times('cycle', 3) },
		],
	};

	test('a comparison chart has a row per case, labelled with its company and linked to that figure on its page', () => {
		const [chart] = buildTagComparisonCharts([comparison], 'en', '/sub/');
		expect(chart).toMatchObject({ id: 'compare-process-efficiency-multiplier', kind: 'multiplier', title: 'Process efficiency' });
		expect(chart?.subtitle).toBe('The first figure of each case in this category.');
		expect(chart?.rows.map((row) => [row.id, row.label, row.href, row.factor])).toEqual([
			['acme-speed', 'Acme · speed label', '/sub/en/cases/acme/#metric-speed', 5],
			['beta-cycle', 'Beta · cycle label', '/sub/en/cases/beta/#metric-cycle', 3],
		]);
		expect(buildTagComparisonCharts([comparison], 'zh-cn', '/')[0]?.subtitle).toBe('每个案例取该类别中的第一项数据。');
	});

	test('later pages say which page they are', () => {
		expect(toPagedTitle('Approvals', 'en', 1, 3)).toBe('Approvals');
		expect(toPagedTitle('Approvals', 'en', 2, 3)).toBe('Approvals · Page 2 of 3');
		expect(toPagedTitle('审批', 'zh-cn', 2, 3)).toBe('审批 · 第 2 页，共 3 页');
	});

	test('head: CollectionPage of this page with absolute case URLs, breadcrumb to the first page, and the tag card', () => {
		const share = getTagShareText(approvals, summarizeTag(approvals, []), 'en', (id) => id);
		const head = buildTagHead(
			{ id: 'approvals', label: 'Approvals', description: undefined, share, cases: [{ title: 'Acme', href: '/sub/en/cases/acme/' }] },
			{ site: 'https://cases.example', base: '/sub/', locale: 'en', page: 2, pages: 3 }
		);
		const [page, breadcrumb] = head.filter((entry) => entry.tag === 'script').map((entry) => JSON.parse(String(entry.content)) as Record<string, unknown>);
		expect(page).toMatchObject({
			'@type': 'CollectionPage',
			url: 'https://cases.example/sub/en/tags/approvals/page/2/',
			mainEntity: { itemListElement: [{ name: 'Acme', url: 'https://cases.example/sub/en/cases/acme/' }] },
		});
		expect(page).not.toHaveProperty('description');
		expect((breadcrumb as { itemListElement: { item: string }[] }).itemListElement.map((crumb) => crumb.item)).toEqual([
			'https://cases.example/sub/en/',
			'https://cases.example/sub/en/tags/',
			'https://cases.example/sub/en/tags/approvals/',
		]);
		expect(head.find((entry) => entry.tag === 'title')?.content).toBe(`${share.title} · Page 2 of 3 · Customer case reports`);
		expect(head.find((entry) => entry.tag === 'meta' && entry.attrs.property === 'og:image')).toMatchObject({
			attrs: { content: 'https://cases.example/sub/en/cards/tags/approvals.png' },
		});
	});

	test('the table of contents lists the comparison and related tags only when the page has them', () => {
		expect(buildTagHeadings('en', { hasComparison: false, hasRelatedTags: true }).map((heading) => heading.slug)).toEqual(['tag-cases', 'related-tags']);
		expect(buildTagHeadings('zh-cn', { hasComparison: true, hasRelatedTags: false }).map((heading) => heading.text)).toEqual(['案例', '跨案例对比']);
	});
});
