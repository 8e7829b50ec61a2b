import { previewOrigin } from '../../src/lib/urls.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageSize } from '../../src/lib/corpus/corpus';
import { getRelatedCases } from '../../src/lib/corpus/related';
import { locales, localeToLang } from '../../src/lib/i18n/locales.ts';
import { readBuiltPage, textOf } from '../support/built-site';
import { loadFixtureCorpus } from '../support/fixture-corpus';

const dir = 'dist-fixtures/synthetic';
const { index, tags, byLocale } = loadFixtureCorpus('tests/fixtures/corpora/synthetic');
const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
const slugOf = (href: string | undefined) => /\/cases\/([^/]+)\/$/.exec(href ?? '')?.[1];
const cardSlugs = (path: string) =>
	readBuiltPage(path, dir)
		.querySelectorAll('.cs-card-list .cs-card__title a')
		.map((a) => slugOf(a.getAttribute('href')));

describe.each(locales)('the synthetic corpus in %s', (locale) => {
	const lang = localeToLang(locale);

	test('every tag page lists exactly its cases, newest first, across its pages', () => {
		for (const [tagId, slugs] of index.tagIndex) {
			const pages = Math.ceil(slugs.length / pageSize);
			const listed = Array.from({ length: pages }, (_, page) => cardSlugs(`/${locale}/tags/${tagId}/${page > 0 ? `page/${page + 1}/` : ''}`)).flat();
			expect(listed, tagId).toEqual(slugs);
			const header = readBuiltPage(`/${locale}/tags/${tagId}/`, dir);
			expect(header.querySelector('.cs-tag-header__count')?.getAttribute('data-count'), tagId).toBe(String(slugs.length));
			expect(textOf(header.querySelector('h1')), tagId).toBe(tagsById.get(tagId)!.label[lang]);
		}
	});

	test('tag pages describe themselves as a CollectionPage of their cases', () => {
		const page = readBuiltPage(`/${locale}/tags/approvals/`, dir);
		const data = page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));
		const collection = data.find((item) => item['@type'] === 'CollectionPage');
		expect(collection).toMatchObject({ name: tagsById.get('approvals')!.label[lang], inLanguage: lang, url: `${previewOrigin}/${locale}/tags/approvals/` });
		expect(collection.mainEntity.itemListElement.map((item: { url: string }) => slugOf(new URL(item.url).pathname))).toEqual(index.tagIndex.get('approvals'));
	});

	test('tag pages paginate past 24 cases', () => {
		const all = index.tagIndex.get('feishu')!;
		expect(all.length).toBeGreaterThan(pageSize);
		expect(cardSlugs(`/${locale}/tags/feishu/`)).toHaveLength(pageSize);
		expect(cardSlugs(`/${locale}/tags/feishu/page/2/`)).toHaveLength(all.length - pageSize);
		const nav = readBuiltPage(`/${locale}/tags/feishu/`, dir).querySelector('nav.cs-pagination');
		expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/${locale}/tags/feishu/page/2/`);
	});

	test('the tags index shows every facet with its tags and counts', () => {
		const page = readBuiltPage(`/${locale}/tags/`, dir);
		for (const tag of tags) {
			const chip = page.querySelector(`.cs-facet li[data-tag="${tag.id}"]`);
			const count = index.tagIndex.get(tag.id)?.length ?? 0;
			expect(textOf(chip?.querySelector('.cs-chip__count')), tag.id).toBe(String(count));
			expect(chip?.querySelector('a')?.getAttribute('href') ?? null, tag.id).toBe(count > 0 ? `/${locale}/tags/${tag.id}/` : null);
		}
	});

	test('the cases list is a plain paginated list without JavaScript, with links to the tag pages', () => {
		const all = index.cases.map((item) => item.slug);
		expect([...cardSlugs(`/${locale}/cases/`), ...cardSlugs(`/${locale}/cases/page/2/`)]).toEqual(all);
		const page = readBuiltPage(`/${locale}/cases/`, dir);
		expect(page.querySelectorAll('.cs-by-tag a.cs-chip').length).toBeGreaterThan(20);
		expect(page.querySelector('.cs-by-tag a[href="/' + locale + '/tags/fintech/"]')).not.toBeNull();
	});

	test('each case page shows its three related cases with the reasons', () => {
		for (const { slug } of index.cases.slice(0, 6)) {
			const page = readBuiltPage(`/${locale}/cases/${slug}/`, dir);
			const expected = getRelatedCases(slug, index);
			const items = page.querySelectorAll('.cs-related li');
			expect(
				items.map((item) => slugOf(item.querySelector('.cs-card__title a')?.getAttribute('href'))),
				slug
			).toEqual(expected.map((item) => item.slug));
			const firstReason = expected[0]!.reasons[0]!;
			expect(textOf(items[0]?.querySelector('.cs-related__reasons')), slug).toContain(tagsById.get(firstReason.id)!.label[lang]);
		}
	});

	test('tag chips on case pages link to their tag pages', () => {
		const slug = index.cases[0]!.slug;
		const data = byLocale[locale].get(slug)!;
		const links = readBuiltPage(`/${locale}/cases/${slug}/`, dir)
			.querySelectorAll('.cs-tags a.cs-chip')
			.map((a) => a.getAttribute('href'));
		for (const id of [...data.capabilities, ...data.challenges, ...data.gaps]) expect(links).toContain(`/${locale}/tags/${id}/`);
	});

	test('insights count cases per industry and capability and list the gaps with their cases', () => {
		const page = readBuiltPage(`/${locale}/insights/`, dir);
		const tagOf = (href: string | undefined) => /\/tags\/([^/]+)\/$/.exec(href ?? '')?.[1];
		const industryRows = page
			.querySelectorAll('#insights-industries-chart tbody tr')
			.map((row) => [tagOf(row.querySelector('th a')?.getAttribute('href')), Number(row.querySelector('td')?.getAttribute('data-value'))]);
		expect(Object.fromEntries(industryRows)).toEqual(
			Object.fromEntries(
				tags.filter((tag) => tag.facet === 'industries' && index.tagIndex.has(tag.id)).map((tag) => [tag.id, index.tagIndex.get(tag.id)!.length])
			)
		);
		const gapRows = page.querySelectorAll('section[aria-labelledby="insights-gaps"] tbody tr');
		expect(gapRows.map((row) => row.getAttribute('data-tag')).sort()).toEqual(
			tags
				.filter((tag) => tag.facet === 'gaps' && index.tagIndex.has(tag.id))
				.map((tag) => tag.id)
				.sort()
		);
		for (const row of gapRows) {
			const id = row.getAttribute('data-tag')!;
			expect(Number(row.querySelector('td')?.getAttribute('data-value')), id).toBe(index.tagIndex.get(id)!.length);
		}
		expect(page.querySelectorAll('section[aria-labelledby="insights-spread"] tbody tr').length).toBeGreaterThan(3);
	});

	test('tag pages compare figures of one outcome across their cases', () => {
		const page = readBuiltPage(`/${locale}/tags/approvals/`, dir);
		const charts = page.querySelectorAll('section[aria-labelledby="tag-comparison"] figure');
		expect(charts.length).toBeGreaterThan(0);
		for (const chart of charts) expect(chart.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(2);
		const link = charts[0]!.querySelector('tbody th a')!.getAttribute('href')!;
		expect(link).toMatch(new RegExp(`^/${locale}/cases/synthetic-\\d{4}/#metric-metric-\\d$`));
	});
});

describe('the sitemap', () => {
	test('lists every case in both languages, each with its language alternates', () => {
		const xml = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
		const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((match) => ({
			loc: match[1]!,
			alternates: [...match[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => `${link[1]} ${link[2]}`),
		}));
		for (const { slug } of index.cases) {
			for (const locale of ['zh-cn', 'en']) {
				const entry = urls.find((url) => url.loc === `${previewOrigin}/${locale}/cases/${slug}/`);
				expect(entry, `${locale}/${slug}`).toBeDefined();
				expect(entry!.alternates).toEqual(expect.arrayContaining([`zh-CN ${previewOrigin}/zh-cn/cases/${slug}/`, `en ${previewOrigin}/en/cases/${slug}/`]));
			}
		}
	});
});
