import { describe, expect, test } from 'vitest';
import { loadCaseFile } from '../../support/case-file.ts';
import { getCaseRoutes } from '../../../src/lib/cases/case-routes';
import { toCaseView } from '../../../src/lib/cases/case-view';
import type { Locale } from '../../../src/lib/i18n/locales';
import { feedChannelData, feedItemLimit, selectFeedCases, toFeedItem, toFeedText } from '../../../src/lib/sharing/feed';
import { readTaxonomy } from '../../../src/lib/taxonomy/read-taxonomy';
import type { CaseData } from '../../../src/schemas/case';
import type { MetricInput } from '../../../src/schemas/metric';

const tags = readTaxonomy('tests/fixtures/corpora/fallback/taxonomy');

const english = loadCaseFile('tests/fixtures/corpora/fallback', 'en', 'only-english').data;
const chinese = loadCaseFile('tests/fixtures/corpora/fallback', 'zh-cn', 'only-chinese').data;

/** A view of a fixture case written in `locale` with `changes`, as the feed's query gives it. */
function viewOf(data: CaseData, locale: Locale, changes: Partial<CaseData> = {}) {
	return toCaseView({ slug: 'acme', locale, contentLocale: locale, data: { ...data, ...changes }, tags });
}

const approvalCycle = (label: string) =>
	({
		id: 'expense-approval-cycle',
		label,
		category: 'responsiveness',
		qualifier: 'exact',
		kind: 'before-after',
		before: { value: 5, unit: 'day' },
		after: { value: 1, unit: 'day' },
	}) as MetricInput as CaseData['metrics'][number];

describe('which cases a language feed carries', () => {
	test('only cases written or translated in the language: an untranslated case stays out of the other feed', () => {
		const routes = getCaseRoutes(['zh-cn/both', 'en/both', 'zh-cn/only-zh', 'en/only-en']);
		const candidates = (locale: Locale) => routes.filter((route) => route.locale === locale).map((route) => ({ ...route, reportDate: '2025-01-01' }));
		expect(selectFeedCases(candidates('en'), 'en').map((item) => item.slug)).toEqual(['both', 'only-en']);
		expect(selectFeedCases(candidates('zh-cn'), 'zh-cn').map((item) => item.slug)).toEqual(['both', 'only-zh']);
	});

	test(`the newest ${feedItemLimit}, by report date and then slug`, () => {
		const candidates = Array.from({ length: 60 }, (_, index) => ({
			slug: `case-${String(index).padStart(2, '0')}`,
			contentLocale: 'en' as const,
			reportDate: `2025-01-${String((index % 28) + 1).padStart(2, '0')}`,
		}));
		const selected = selectFeedCases(candidates, 'en');
		expect(selected).toHaveLength(50);
		// Two cases share each of the newest dates: the slug decides.
		expect(selected.slice(0, 4).map((item) => `${item.reportDate} ${item.slug}`)).toEqual([
			'2025-01-28 case-27',
			'2025-01-28 case-55',
			'2025-01-27 case-26',
			'2025-01-27 case-54',
		]);
		const dates = selected.map((item) => item.reportDate);
		expect(dates).toEqual([...dates].sort().reverse());
		// The oldest date left out is no newer than the oldest kept.
		expect(candidates.filter((item) => !selected.includes(item)).every((item) => item.reportDate <= dates.at(-1)!)).toBe(true);
	});
});

describe('the text of a feed item', () => {
	test('English: the description, then the headline figure as a sentence of its own', () => {
		const view = viewOf(english, 'en', { description: 'Approvals moved into one tool and got faster.', metrics: [approvalCycle('Expense approval cycle')] });
		expect(toFeedText(view)).toBe('Approvals moved into one tool and got faster. Expense approval cycle: 5 days → 1 day.');
	});

	test('Chinese: full-width stops, no space between sentences, Chinese number words', () => {
		const view = viewOf(chinese, 'zh-cn', { description: '审批集中到一个工具后明显提速。', metrics: [approvalCycle('费用审批周期')] });
		expect(toFeedText(view)).toBe('审批集中到一个工具后明显提速。费用审批周期：5 天 → 1 天。');
	});

	test('a description without a final stop gets one; a qualifier reads as words; no figure, no second sentence', () => {
		const metrics = [{ ...approvalCycle('Expense approval cycle'), qualifier: 'at-least' as const }];
		expect(toFeedText(viewOf(english, 'en', { description: 'Approvals moved into one tool', metrics }))).toBe(
			'Approvals moved into one tool. Expense approval cycle: at least 5 days → 1 day.'
		);
		expect(
			toFeedText(viewOf(chinese, 'zh-cn', { description: '审批集中到 Feishu', metrics: [{ ...approvalCycle('费用审批周期'), qualifier: 'about' as const }] }))
		).toBe('审批集中到 Feishu。费用审批周期：约 5 天 → 1 天。');
		expect(toFeedText(viewOf(english, 'en', { description: 'No figures here!', metrics: [] }))).toBe('No figures here!');
	});

	test('an item: plain-text title and categories, HTML-escaped description, the report date', () => {
		const view = viewOf(english, 'en', {
			title: 'A <b>bold</b> case',
			description: 'Uses <img src=x onerror=alert(1)> & more.',
			metrics: [approvalCycle('Cycle "A"')],
		});
		expect(toFeedItem(view, 'https://example.com/en/cases/acme/')).toEqual({
			title: 'A <b>bold</b> case',
			link: 'https://example.com/en/cases/acme/',
			pubDate: new Date(`${english.reportDate}T00:00:00Z`),
			description: 'Uses &lt;img src=x onerror=alert(1)&gt; &amp; more. Cycle &quot;A&quot;: 5 days → 1 day.',
			categories: ['Fintech'],
		});
	});
});

describe('the feed channel', () => {
	test('its language and its own absolute address as atom:link rel="self", escaped for XML', () => {
		expect(feedChannelData({ lang: 'zh-CN', selfUrl: 'https://example.com/docs/zh-cn/rss.xml' })).toBe(
			'<language>zh-CN</language><atom:link href="https://example.com/docs/zh-cn/rss.xml" rel="self" type="application/rss+xml"/>'
		);
		expect(feedChannelData({ lang: 'en', selfUrl: 'https://example.com/a?b=1&c="2"' })).toContain('href="https://example.com/a?b=1&amp;c=&quot;2&quot;"');
	});
});
