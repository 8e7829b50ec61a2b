import { previewOrigin } from '../../src/lib/urls.ts';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { readChartTable } from '../../src/components/metrics/chart-table.ts';
import { locales, localeToLang, type Locale } from '../../src/lib/i18n/locales.ts';
import { useSiteBuild } from '../support/build-site.ts';
import { findLinksToMissingPages, readBuiltPage, readBuiltTexts, textOf } from '../support/built-site.ts';
import { findOpenDataMismatches, readCasesJson } from '../support/open-data-parity.ts';

describe('a case missing in one language', () => {
	const build = useSiteBuild(() => 'tests/fixtures/corpora/fallback');

	test('says loudly where its absolute links point without SITE_URL', () => {
		expect(build.output).toContain(`SITE_URL is not set: canonical links, og:image, RSS and copied links point at ${previewOrigin}.`);
	});

	test.each([
		{ locale: 'zh-cn', slug: 'only-english', notice: '本案例尚未翻译成简体中文，以下为English原文。', contentLang: 'en', title: 'Synthetic English-only case' },
		{
			locale: 'en',
			slug: 'only-chinese',
			notice: 'This case is not yet translated into English. Below is the original in 简体中文.',
			contentLang: 'zh-CN',
			title: '仅有中文的合成案例',
		},
	])('/$locale/cases/$slug/ shows the other language with a notice, out of the search index', ({ locale, slug, notice, contentLang, title }) => {
		const page = readBuiltPage(`/${locale}/cases/${slug}/`, build.outDir);
		expect(textOf(page.querySelector('.cs-fallback'))).toBe(notice);
		expect(textOf(page.querySelector('h1'))).toBe(title);
		expect(page.querySelector('.cs-report')?.getAttribute('lang')).toBe(contentLang);
		expect(page.querySelector('[data-pagefind-body]')).toBeNull();
	});

	test('<Metric> and <MetricChart> render figures of the case inside the report', () => {
		const page = readBuiltPage('/en/cases/only-english/', build.outDir);
		const reference = page.querySelector('.cs-report a.cs-metric-ref');
		expect(textOf(reference)).toBe('+40%');
		expect(reference?.getAttribute('href')).toBe('#metric-response-speed');
		const chart = page.querySelector('.cs-report figure#chart-review-cycle');
		expect(chart?.querySelectorAll('tbody th, tbody td').map(textOf)).toEqual(['Review cycle', '2 weeks', '2 days']);
		// What the chart draws, read from the table as the browser reads it.
		expect(readChartTable(chart!).rows[0]).toMatchObject({ beforeHours: 336, afterHours: 48 });
	});

	test.each(['zh-cn', 'en'])('an old slug (redirectFrom) keeps working in %s', (locale) => {
		const page = readBuiltPage(`/${locale}/cases/old-english/`, build.outDir);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${previewOrigin}/${locale}/cases/only-english/`);
		expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/${locale}/cases/only-english/`);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
	});

	// Each case of this corpus is written in one language: it is untranslated in the other's lists.
	const writtenIn: Record<string, Locale> = { 'only-chinese': 'zh-cn', 'only-english': 'en' };
	const badges = { 'zh-cn': { text: '尚未翻译，原文为 English', lang: 'en' }, en: { text: 'Not yet translated, written in 中文', lang: 'zh-CN' } };
	test.each([
		{ list: 'the cases list', paths: ['cases/'], items: '[data-static] .cs-card', text: '.cs-card__title' },
		{ list: "the home page's newest cases", paths: [''], items: '.cs-card-list .cs-card', text: '.cs-card__title' },
		{ list: "the home page's figures", paths: [''], items: '.cs-front__figures a', text: '.cs-front__label' },
		{ list: 'tag pages (a capability, an industry)', paths: ['tags/sso/', 'tags/fintech/'], items: '.cs-card-list .cs-card', text: '.cs-card__title' },
		{ list: 'related cases', paths: ['cases/only-english/', 'cases/only-chinese/'], items: '.cs-related li', text: '.cs-card__title' },
		{ list: "the insights page's unmet needs", paths: ['insights/'], items: 'tr[data-tag="financial-compliance"] td a', text: undefined },
	])('$list: an untranslated case carries a badge naming its language, in both languages; its text keeps its lang', ({ paths, items, text }) => {
		const seen: boolean[] = [];
		for (const locale of locales) {
			for (const path of paths) {
				for (const item of readBuiltPage(`/${locale}/${path}`, build.outDir).querySelectorAll(items)) {
					const slug = /\/cases\/([^/]+)\//.exec(item.getAttribute('href') ?? item.querySelector('a')?.getAttribute('href') ?? '')![1]!;
					// In the insights table the badge follows the company's link.
					const badge = item.querySelector('.cs-lang-badge') ?? (item.nextElementSibling?.classList.contains('cs-lang-badge') ? item.nextElementSibling : null);
					const untranslated = writtenIn[slug] !== locale;
					const where = `/${locale}/${path} ${slug}`;
					expect(badge && { text: textOf(badge), lang: badge.querySelector('[lang]')?.getAttribute('lang') }, where).toEqual(
						untranslated ? badges[locale] : null
					);
					const textLang = (text ? item.querySelector(text) : item)?.getAttribute('lang');
					expect(textLang ?? localeToLang(locale), where).toBe(localeToLang(writtenIn[slug]!));
					seen.push(untranslated);
				}
			}
		}
		// Each list showed an untranslated case somewhere, and a case in its own language.
		expect(new Set(seen)).toEqual(new Set([true, false]));
	});

	test('the translated pages stay in the index of their language', () => {
		const page = readBuiltPage('/en/cases/only-english/', build.outDir);
		expect(page.querySelector('.cs-fallback')).toBeNull();
		expect(page.querySelector('[data-pagefind-body]')).not.toBeNull();
	});
});

describe('an MDX component naming a metric the case lacks', () => {
	const build = useSiteBuild(() => 'tests/fixtures/corpora/bad-metric-ref', { expectFailure: true });

	test('fails the build with the file, the component, the id and the ids that exist', () => {
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			'✖ tests/fixtures/corpora/bad-metric-ref/cases/en/only-english.mdx:31 <Metric> — no metric "response-sped" in this case — use one of: response-speed, review-cycle'
		);
	});
});

/** What a reviewer does once every review item is resolved: `draft: true` and the `review:` list removed. */
function publishDrafts(casesDir: string): void {
	for (const name of readdirSync(casesDir)) {
		const [, frontmatter, body] = /^---\n([^]*?)\n---\n([^]*)$/u.exec(readFileSync(join(casesDir, name), 'utf8'))!;
		const { draft: _draft, review: _review, ...data } = parse(frontmatter!) as Record<string, unknown>;
		writeFileSync(join(casesDir, name), `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
	}
}

describe('imported reports, published once reviewed', () => {
	const seed = '../shared/seeds/000_386aae597534c6c5.txt';
	// A folder of reports (tests/fixtures/import/batch: Chinese-only names, money, per-person savings, regions, headcounts) and single files.
	const inputs = [
		'tests/fixtures/import/batch',
		...['full', 'renamed-sections', 'figure-forms', 'hostile'].map((name) => `tests/fixtures/import/${name}/input.md`),
	];
	let imported: SpawnSyncReturns<string>;
	// The published site's taxonomy: the seed report imports into the PayerMax case with its tags.
	const build = useSiteBuild(({ makeDir }) => {
		const root = makeDir('imported-');
		cpSync('content/taxonomy', join(root, 'taxonomy'), { recursive: true });
		imported = spawnSync('node', ['scripts/import-report.ts', ...inputs, ...(existsSync(seed) ? [seed] : []), '--content', root], { encoding: 'utf8' });
		publishDrafts(join(root, 'cases/zh-cn'));
		return root;
	});
	const root = () => build.contentDir;

	test('import without errors, and every imported case gets its page', () => {
		expect(imported.status, imported.stdout).toBe(0);
		expect(imported.stdout).toContain(`${inputs.length + 1 + (existsSync(seed) ? 1 : 0)} imported, 0 failed.`);
		for (const slug of ['synthetic-nova', 'synthetic-orbit', 'synthetic-quanta', 'synthetic-hostile', 'yun-fan-wu-liu', 'xing-he-ling-shou'])
			expect(existsSync(join(build.outDir, 'zh-cn/cases', slug, 'index.html')), slug).toBe(true);
	});

	test('removing draft and review publishes a case with all its figures, in its key figures and where its text cites them', () => {
		const page = readBuiltPage('/zh-cn/cases/yun-fan-wu-liu/', build.outDir);
		expect(page.querySelectorAll('.cs-figure').map((figure) => textOf(figure.querySelector('.cs-figure__value')))).toEqual([
			'约 120 万元/年',
			'每人每天约 30 分钟',
			'5 天 → 1 天',
		]);
		expect(page.querySelectorAll('.cs-report a[href^="#metric-"]').map((link) => link.getAttribute('href'))).toEqual([
			'#metric-travel-cost-saved',
			'#metric-scheduling-time',
			'#metric-expense-approval-cycle',
		]);
		expect(page.querySelector('.cs-draft')).toBeNull();
	});

	test.runIf(existsSync(seed))('the seed report becomes a PayerMax page with all its figures', () => {
		const page = readBuiltPage('/zh-cn/cases/payermax/', build.outDir);
		expect(page.querySelectorAll('.cs-figure').map((figure) => textOf(figure.querySelector('.cs-figure__value')))).toEqual([
			'15 个国家',
			'↑50%',
			'↑98%',
			'↑80% 以上',
			'每客户每周 1 小时',
			'3 天 → 1 小时',
		]);
	});

	test('a report refused by the importer does not stop the others, and the exit status says so', () => {
		const run = spawnSync(
			'node',
			['scripts/import-report.ts', 'tests/fixtures/import/not-http/input.md', 'tests/fixtures/import/full/input.md', '--dry-run', '--content', root()],
			{ encoding: 'utf8' }
		);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('[1/2] ✖ tests/fixtures/import/not-http/input.md: the source "ftp://example.com/nova" is not an http(s) URL');
		expect(run.stdout).toContain('[2/2] ✔ tests/fixtures/import/full/input.md');
		expect(run.stdout).toContain('1 imported, 1 failed.');
	});

	test('an existing case is not overwritten without --force', () => {
		const run = spawnSync('node', ['scripts/import-report.ts', 'tests/fixtures/import/full/input.md', '--content', root()], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('synthetic-nova.mdx exists: add --force to overwrite it');
	});
});

describe('cases in progress: outdated, missing and draft versions', () => {
	const build = useSiteBuild(({ makeDir }) => {
		const root = makeDir('translations-');
		cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
		// Drafts: a draft source with a published translation, a draft translation of a published
		// source, and a case that is only a draft, with a tag and an old slug of its own.
		cpSync('tests/fixtures/corpora/drafts', root, { recursive: true });
		// A case in both languages whose source changed after its translation (outside git: file times count).
		const both = readFileSync('tests/fixtures/corpora/fallback/cases/en/only-english.mdx', 'utf8').replace(/^redirectFrom:.*\n/m, '');
		writeFileSync(join(root, 'cases/en/both.mdx'), both);
		writeFileSync(join(root, 'cases/zh-cn/both.mdx'), both);
		utimesSync(join(root, 'cases/en/both.mdx'), new Date('2025-01-01'), new Date('2025-01-01'));
		utimesSync(join(root, 'cases/zh-cn/both.mdx'), new Date('2025-06-01'), new Date('2025-06-01'));
		return root;
	});
	const caseFile = (locale: string, slug: string) => relative(process.cwd(), join(build.contentDir, 'cases', locale, `${slug}.mdx`));

	test.each(['zh-cn', 'en'])(
		'in %s the translation status page lists each case, its languages, outdated translations, and a draft version as missing',
		(locale) => {
			const page = readBuiltPage(`/${locale}/contribute/translations/`, build.outDir);
			const status = (slug: string) =>
				Object.fromEntries(
					page.querySelectorAll(`tr[data-slug="${slug}"] td`).map((cell) => [cell.getAttribute('data-locale'), cell.getAttribute('data-status')])
				);
			expect(status('both')).toEqual({ 'zh-cn': 'source', en: 'outdated' });
			expect(status('only-english')).toEqual({ 'zh-cn': 'missing', en: 'source' });
			expect(status('only-chinese')).toEqual({ 'zh-cn': 'source', en: 'missing' });
			// A production build knows no drafts ("in review" is for astro dev).
			expect(status('source-in-review')).toEqual({ 'zh-cn': 'missing', en: 'source' });
			expect(status('translation-in-review')).toEqual({ 'zh-cn': 'source', en: 'missing' });
			expect(status('unpublished')).toEqual({});
			expect(page.querySelector('.cs-tr-summary')?.getAttribute('data-missing')).toBe('4');
			expect(page.querySelector('.cs-tr-summary')?.getAttribute('data-outdated')).toBe('1');
			expect(page.querySelector('.cs-tr-summary')?.getAttribute('data-in-review')).toBe('0');
		}
	);

	test('the build names the drafts it left out', () => {
		expect(build.output).toContain(
			`3 draft cases left out of the build: ${caseFile('en', 'translation-in-review')}, ${caseFile('zh-cn', 'source-in-review')}, ${caseFile('zh-cn', 'unpublished')}`
		);
	});

	test('a case that is only a draft has no page, embed, card, redirect or tag page in either language', () => {
		const paths = ['cases/unpublished/', 'embed/unpublished/', 'cards/unpublished.png', 'cases/old-unpublished/', 'tags/approvals/'].flatMap((path) =>
			['zh-cn', 'en'].map((locale) => `${locale}/${path}`)
		);
		expect(paths.filter((path) => existsSync(join(build.outDir, path, path.endsWith('/') ? 'index.html' : '')))).toEqual([]);
		// Its tag is listed with no case, as any unused tag.
		expect(readBuiltPage('/en/tags/', build.outDir).querySelector('[data-tag="approvals"] .cs-chip__count')?.textContent).toBe('0');
	});

	test('no built file has a word of a draft version: pages, feeds, sitemap, search index', () => {
		const texts = readBuiltTexts(build.outDir);
		const published = ['Synthetic case whose source is in review', '译文仍在审阅的合成案例'];
		const drafts = [
			'Unpublished Draft Co',
			'尚未发布的合成草稿',
			'原文仍在审阅的合成案例',
			'Draft translation under review',
			'This draft translation is not published yet',
		];
		// The published versions are where a draft would show: the feeds, the sitemap and the search index have them
		// (each language's feed the version written in it: a draft translation leaves the case out of its language's feed).
		expect(texts.get('en/rss.xml')).toContain(published[0]);
		expect(texts.get('zh-cn/rss.xml')).toContain(published[1]);
		expect(texts.get('zh-cn/rss.xml')).not.toContain(published[0]);
		expect(texts.get('sitemap-0.xml')).toContain('/en/cases/source-in-review/');
		expect([...texts].some(([file, text]) => file.startsWith('pagefind/fragment/') && text.includes(published[1]!))).toBe(true);
		expect([...texts].flatMap(([file, text]) => drafts.filter((words) => text.includes(words)).map((words) => `${file}: ${words}`))).toEqual([]);
	});

	test.each([
		{ slug: 'source-in-review', published: 'en', title: 'Synthetic case whose source is in review', fallback: 'zh-cn' },
		{ slug: 'translation-in-review', published: 'zh-cn', title: '译文仍在审阅的合成案例', fallback: 'en' },
	])('$slug: the published $published version stands alone, and the $fallback page falls back to it', ({ slug, published, title, fallback }) => {
		const own = readBuiltPage(`/${published}/cases/${slug}/`, build.outDir);
		expect(textOf(own.querySelector('h1'))).toBe(title);
		expect(own.querySelector('.cs-fallback')).toBeNull();
		expect(own.querySelector('[data-pagefind-body]')).not.toBeNull();
		const other = readBuiltPage(`/${fallback}/cases/${slug}/`, build.outDir);
		expect(textOf(other.querySelector('h1'))).toBe(title);
		expect(other.querySelector('.cs-fallback')).not.toBeNull();
		expect(other.querySelector('[data-pagefind-body]')).toBeNull();
	});

	test('every link between pages and languages leads to a page that was built', () => {
		expect(findLinksToMissingPages(build.outDir)).toEqual([]);
	});

	test('the open data has the published version of each case only, and agrees with the pages', () => {
		const data = readCasesJson(build.outDir);
		expect(data.cases.map((entry) => `${entry.locale}/${entry.slug}`)).toEqual([
			'zh-cn/both',
			'en/both',
			'zh-cn/only-chinese',
			'en/only-english',
			'en/source-in-review',
			'zh-cn/translation-in-review',
		]);
		expect(data.cases.find((entry) => entry.slug === 'source-in-review')?.locales).toEqual(['en']);
		expect(findOpenDataMismatches(build.outDir)).toEqual([]);
	});
});

describe('a hostile MDX case', () => {
	let marker = '';
	const build = useSiteBuild(
		({ makeDir }) => {
			marker = join(makeDir('mdx-safety-'), 'pwned');
			return { contentDir: 'tests/fixtures/corpora/hostile', env: { PWNED_MARKER: marker } };
		},
		{ expectFailure: true }
	);
	const file = 'tests/fixtures/corpora/hostile/cases/en/hostile.mdx';

	test('fails the build before any of its code runs', () => {
		expect(build.status).not.toBe(0);
		expect(existsSync(marker)).toBe(false);
	});

	test('is reported line by line', () => {
		const lines = build.output.split('\n').filter((line) => line.startsWith('✖'));
		expect(lines.map((line) => line.split(' — ')[0])).toEqual([`✖ ${file}:23 (body)`, `✖ ${file}:26 (body)`, `✖ ${file}:28 <img>`]);
	});
});

describe('invalid content', () => {
	const build = useSiteBuild(() => 'tests/fixtures/corpora/invalid', { expectFailure: true });
	const root = 'tests/fixtures/corpora/invalid/cases';

	test('fails the build', () => {
		expect(build.status).not.toBe(0);
	});

	test('reports every problem at once with file, line, field and fix', () => {
		const lines = build.output.split('\n').filter((line) => line.startsWith('✖'));
		expect(lines).toEqual([
			`✖ ${root}/en/notes.md (file name) — only .mdx files become cases — rename it to notes.mdx, or prefix it with _ to keep it unpublished`,
			`✖ ${root}/en/broken.mdx:21 reportDate — expected a real calendar date, such as 2025-10-17, got "2025-13-01" — Date of the report, YYYY-MM-DD, not later than today, e.g. 2025-10-17.`,
			expect.stringMatching(
				new RegExp(
					`^✖ ${root}/en/future\\.mdx:21 reportDate — a report date in the future \\(today is \\d{4}-\\d{2}-\\d{2} at the latest, in UTC\\+14\\), got "2999-01-01" — write the date the report was made`
				)
			),
			`✖ ${root}/zh-cn/mismatch.mdx:12 capabilities[0] — unknown capabilities tag "approval" — use an id from tests/fixtures/corpora/invalid/taxonomy/capabilities.yml, or add "approval" there with zh-CN and en labels`,
			`✖ ${root}/en/mismatch.mdx:12 capabilities[0] — differs from ${root}/zh-cn/mismatch.mdx: "sso" here, "approval" there — language-neutral facts (ids, numbers, units, URLs, dates) must be the same in every translation: make them equal`,
			`✖ ${root}/en/mismatch.mdx:17 metrics[0].change.value — differs from ${root}/zh-cn/mismatch.mdx: 40 here, 45 there — language-neutral facts (ids, numbers, units, URLs, dates) must be the same in every translation: make them equal`,
		]);
	});
});
