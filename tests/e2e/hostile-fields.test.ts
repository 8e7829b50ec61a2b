/**
 * Every text a contributor writes is text in every output. The fixture corpus `hostile-fields`
 * (synthetic) puts script, event-handler and tag-breaking payloads in every text field of a case in
 * both languages (title, description, company, metric labels and notes, source) and in the labels,
 * descriptions and aliases of a tag of every facet. Each page type is opened in Chromium in both
 * languages: no payload runs, no element is injected, and the payload reads as the characters its
 * author typed. The site's CSP is bypassed on purpose: it would hide a hole in the escaping.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { loadFixtureCorpus } from '../support/fixture-corpus';
import { siteTest } from './support/site-test.ts';

const test = siteTest({ dir: 'dist-fixtures/hostile-fields' });
test.override('pageOptions', { bypassCSP: true, reducedMotion: 'reduce' });
const { byLocale, tags, index } = loadFixtureCorpus('tests/fixtures/corpora/hostile-fields');
const hostileTags = tags.filter((tag) => tag.id.startsWith('hostile-'));
const untranslated = 'untranslated';

const languages = [
	{ locale: 'zh-cn', lang: 'zh-CN', siteTitle: '客户案例报告', searchButton: '搜索' },
	{ locale: 'en', lang: 'en', siteTitle: 'Customer case reports', searchButton: 'Search' },
] as const;

/** Whitespace collapsed, as a reader sees it. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
function recordDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return dialogs;
}

/** Opens a path, lets lazy parts (charts) run, and returns everything that betrays an injection. */
async function visit(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += 700) {
			window.scrollTo(0, y);
			await new Promise((resolve) => requestAnimationFrame(resolve));
		}
	});
	await page.waitForFunction(() => [...document.querySelectorAll('cs-metric-chart')].every((chart) => chart.hasAttribute('data-drawn')));
}

/** What a payload would leave behind if any of it ran or became markup. */
function injectionReport(page: Page) {
	return page.evaluate(() => ({
		pwned: (window as { __pwned?: unknown }).__pwned ?? null,
		injected: [
			...document.querySelectorAll('x-pwned, img[src="x"], iframe[srcdoc], svg[onload], [onerror], [onload], [onmouseover], a[href^="javascript:"]'),
		].map((element) => element.outerHTML.slice(0, 100)),
		scripts: [...document.scripts]
			.filter((script) => script.type !== 'application/ld+json' && /__pwned|alert\(/.test(script.text))
			.map((script) => script.outerHTML.slice(0, 100)),
		brokenJsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
			.filter((script) => {
				try {
					JSON.parse(script.textContent ?? '');
					return false;
				} catch {
					return true;
				}
			})
			.map((script) => (script.textContent ?? '').slice(0, 100)),
		titles: document.querySelectorAll('head title').length,
	}));
}

async function expectInert(page: Page, dialogs: string[], where: string) {
	expect(await injectionReport(page), where).toEqual({ pwned: null, injected: [], scripts: [], brokenJsonLd: [], titles: 1 });
	expect(dialogs, where).toEqual([]);
}

const meta = (page: Page, selector: string) => page.locator(`head ${selector}`).getAttribute('content');
const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map(squash);
const pageText = async (page: Page) => squash(await page.locator('body').textContent());
const jsonLd = async (page: Page) =>
	(await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);

describe.each(languages)('hostile text in $locale', ({ locale, lang, siteTitle, searchButton }) => {
	const hostile = byLocale[locale === 'zh-cn' ? 'zh-cn' : 'en'].get('hostile-fields')!;
	const label = (id: string) => tags.find((tag) => tag.id === id)!.label[lang];
	const caseTagIds = [
		hostile.product,
		hostile.company.size,
		...hostile.company.regions,
		...hostile.industries,
		...hostile.capabilities,
		...hostile.challenges,
		...hostile.gaps,
	];

	test('the case page: title, meta, JSON-LD, facts, figures, tags and source are text', async ({ page, site }) => {
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/cases/hostile-fields/`);
		await expectInert(page, dialogs, 'case page');
		expect(await page.title()).toBe(`${hostile.title} | ${siteTitle}`);
		expect(await texts(page, 'h1')).toEqual([hostile.title]);
		expect(await meta(page, 'meta[name="description"]')).toBe(hostile.description);
		expect(await meta(page, 'meta[property="og:title"]')).toBe(hostile.title);
		expect(await meta(page, 'meta[property="og:description"]')).toBe(hostile.description);
		expect(await meta(page, 'meta[property="og:image:alt"]')).toContain(hostile.company.name);
		const [article, breadcrumbs] = await jsonLd(page);
		expect(article).toMatchObject({
			headline: hostile.title,
			description: hostile.description,
			about: { name: hostile.company.name, description: hostile.company.business },
		});
		expect((article!.mentions as { name: string }[]).map((mention) => mention.name)).toEqual(hostile.metrics.map((metric) => metric.label));
		expect(JSON.stringify(breadcrumbs)).toContain(JSON.stringify(hostile.company.name));
		const text = await pageText(page);
		const written = [
			hostile.description,
			hostile.company.name,
			hostile.company.business,
			hostile.company.sizeNote!,
			hostile.source.publisher,
			hostile.source.basis!,
			...hostile.metrics.flatMap((metric) => [metric.label, metric.note!]),
		];
		for (const expected of [...written, ...caseTagIds.map(label)]) expect(text, expected).toContain(expected);
	});

	test('a related case lists it with its reasons, the tag labels as written', async ({ page, site }) => {
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/cases/companion/`);
		await expectInert(page, dialogs, 'related cases');
		expect(await texts(page, '.cs-related .cs-card__title')).toContain(hostile.title);
		expect(await texts(page, '.cs-related .cs-card__company')).toContain(hostile.company.name);
		const reasons = (await texts(page, '.cs-related__reasons')).join(' ');
		for (const id of ['hostile-industry', 'hostile-capability']) expect(reasons).toContain(label(id));
	});

	test('the embed widget', async ({ page, site }) => {
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/embed/hostile-fields/`);
		await expectInert(page, dialogs, 'embed');
		expect((await page.title()).startsWith(`${hostile.company.name} · `)).toBe(true);
		expect(await texts(page, 'h1')).toEqual([hostile.title]);
		const text = await pageText(page);
		for (const expected of [hostile.company.name, hostile.source.publisher, ...hostile.metrics.map((metric) => metric.label)])
			expect(text, expected).toContain(expected);
	});

	test('the cases list and the cases browser, filtered by the hostile industry', async ({ page, caseBrowser, site }) => {
		const dialogs = recordDialogs(page);
		await caseBrowser.goto(site, locale);
		await expectInert(page, dialogs, 'cases list');
		expect(await texts(page, '[data-static] .cs-card__title')).toContain(hostile.title);
		expect(await texts(page, '[data-filters] label span:first-of-type')).toEqual(
			expect.arrayContaining([label('hostile-industry'), label('hostile-capability'), label('hostile-region'), label('hostile-size')])
		);
		await caseBrowser.toggle(label('hostile-industry'));
		expect(await caseBrowser.visibleSlugs()).toEqual(['hostile-fields', 'companion']);
		expect(await texts(page, '[data-result-list] .cs-card__title')).toContain(hostile.title);
		expect(await texts(page, '[data-result-list] [data-field="company"]')).toContain(hostile.company.name);
		expect(await texts(page, '[data-result-list] [data-field="figureLabel"]')).toContain(hostile.metrics[0]!.label);
		await expectInert(page, dialogs, 'cases browser results');
	});

	test('the search dialog: results, facts and filters are text', async ({ page, searchModal, site }) => {
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/`);
		await searchModal.open(searchButton);
		await searchModal.search('zqpwn');
		expect(await searchModal.resultTitles()).toContain(hostile.title);
		expect(squash(await searchModal.firstResultFacts())).toContain(hostile.company.name);
		await searchModal.search('zqaliasindustries');
		expect(await searchModal.resultTitles()).toContain(hostile.title);
		const filters = page.locator('dialog[open] details[data-filters]');
		await filters.locator('summary').click();
		await filters.locator('fieldset').first().waitFor();
		expect(squash(await filters.textContent())).toContain(label('hostile-industry'));
		await expectInert(page, dialogs, 'search dialog');
	});

	test.for(hostileTags.map((tag) => tag.id))('the tag page of %s: title, meta, description and JSON-LD are text', async (id, { page, site }) => {
		const tag = tags.find((candidate) => candidate.id === id)!;
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/tags/${id}/`);
		await expectInert(page, dialogs, `tag ${id}`);
		// "<label> — 2 cases · Customer case reports": the label as written, as text.
		const total = index.tagIndex.get(id)!.length;
		const shareTitle = locale === 'en' ? `${tag.label[lang]} — ${total} ${total === 1 ? 'case' : 'cases'}` : `${tag.label[lang]}：${total} 个案例`;
		expect(await page.title()).toBe(`${shareTitle} · ${siteTitle}`);
		expect(await meta(page, 'meta[property="og:title"]')).toBe(shareTitle);
		expect(await meta(page, 'meta[property="og:image:alt"]')).toContain(tag.label[lang]);
		expect(await texts(page, 'h1')).toEqual([tag.label[lang]]);
		expect((await meta(page, 'meta[name="description"]'))!.startsWith(tag.description![lang])).toBe(true);
		expect(await texts(page, '.cs-tag-header__description')).toContain(tag.description![lang]);
		expect(await texts(page, '.cs-card__title')).toContain(hostile.title);
		const [collection, breadcrumbs] = await jsonLd(page);
		expect(collection).toMatchObject({ name: tag.label[lang], description: tag.description![lang] });
		expect(JSON.stringify(breadcrumbs)).toContain(JSON.stringify(tag.label[lang]));
	});

	test('the listing pages: tags index, home, insights, industries', async ({ page, site }) => {
		const dialogs = recordDialogs(page);
		const expectations: [string, string[]][] = [
			['tags/', hostileTags.map((tag) => tag.label[lang])],
			['', [hostile.title, hostile.company.name, label('hostile-industry'), label('hostile-capability'), label('hostile-outcome'), hostile.metrics[0]!.label]],
			['insights/', [label('hostile-industry'), label('hostile-capability'), label('hostile-gap'), label('hostile-outcome'), hostile.company.name]],
			['industries/', [label('hostile-industry')]],
		];
		for (const [path, expected] of expectations) {
			await visit(page, `${site}/${locale}/${path}`);
			await expectInert(page, dialogs, path || 'home');
			const text = await pageText(page);
			for (const item of expected) expect(text, `${path || 'home'}: ${item}`).toContain(item);
		}
	});

	test('the contributor pages: glossary and translations', async ({ page, site }) => {
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/contribute/`);
		await expectInert(page, dialogs, 'contribute');
		const glossary = await texts(page, '.cs-glossary td');
		for (const id of ['hostile-product', 'hostile-capability', 'hostile-outcome']) {
			const tag = tags.find((candidate) => candidate.id === id)!;
			expect(glossary).toEqual(expect.arrayContaining([tag.label['zh-CN'], tag.label.en]));
		}
		await visit(page, `${site}/${locale}/contribute/translations/`);
		await expectInert(page, dialogs, 'translations');
		expect(await texts(page, '.cs-tr tbody th')).toContain(byLocale.en.get(untranslated)!.company.name);
	});

	test("an English-only case, in its language and as the other language's fallback", async ({ page, site }) => {
		const other = byLocale.en.get(untranslated)!;
		const dialogs = recordDialogs(page);
		await visit(page, `${site}/${locale}/cases/${untranslated}/`);
		await expectInert(page, dialogs, 'fallback case page');
		expect(await page.title()).toBe(`${other.title} | ${siteTitle}`);
		expect(await texts(page, 'h1')).toEqual([other.title]);
	});

	test('the RSS feed: well-formed, titles as text, descriptions as HTML that shows the text', async ({ page, site }) => {
		const dialogs = recordDialogs(page);
		await page.goto(`${site}/${locale}/rss.xml`);
		await expectFeedInert(page, dialogs);
		// Read as a feed reader does: the XML, then each description as HTML.
		const feed = await page.evaluate(async (url) => {
			const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
			return {
				errors: xml.getElementsByTagName('parsererror').length,
				items: [...xml.querySelectorAll('item')].map((item) => {
					const description = new DOMParser().parseFromString(item.querySelector('description')?.textContent ?? '', 'text/html');
					return {
						title: item.querySelector('title')?.textContent,
						description: description.body.textContent,
						elements: description.body.querySelectorAll('*').length,
						categories: [...item.querySelectorAll('category')].map((category) => category.textContent),
					};
				}),
			};
		}, `${site}/${locale}/rss.xml`);
		expect(feed.errors).toBe(0);
		const item = feed.items.find((candidate) => candidate.title === hostile.title);
		expect(item).toBeDefined();
		expect(item!.description).toContain(hostile.description);
		expect(item!.description).toContain(hostile.metrics[0]!.label);
		expect(item!.elements).toBe(0);
		expect(item!.categories).toContain(label('hostile-industry'));
	});
});

/** The feed opened as a page: Chromium shows XML as a tree; nothing in it may run. */
async function expectFeedInert(page: Page, dialogs: string[]) {
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
	expect(dialogs).toEqual([]);
}
