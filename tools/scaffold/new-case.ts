import { placeholderMarker } from '../../src/lib/content/placeholders.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { uiText } from '../../src/lib/i18n/ui-text.ts';

/**
 * Guidance for the contributor, written into the file as YAML comments and TODOs in its language:
 * the scaffold's own words, not the site's. What the site itself says (the section headings) comes
 * from the UI strings through uiText, so a scaffold and an import head their sections alike.
 */
const comments: Record<Locale, Record<string, string>> = {
	'zh-cn': {
		head: '新案例：把每个 TODO 换成报告里的内容，npm run check 会逐条提示。示例见 content/cases/zh-cn/payermax.mdx。',
		title: '页面标题，≤ 90 字',
		description: '一句话摘要，≤ 160 字，用于卡片、搜索结果和分享',
		company: '公司概况',
		size: 'content/taxonomy/sizes.yml 中的 id；报告没写时用 unknown，并在 sizeNote 里说明',
		regions: 'content/taxonomy/regions.yml 中的 id',
		product: 'content/taxonomy/products.yml 中的 id',
		industries: 'content/taxonomy/industries.yml 中的 id，主行业在前',
		capabilities: '用到的产品能力：content/taxonomy/capabilities.yml',
		challenges: '原有痛点：content/taxonomy/challenges.yml',
		gaps: '未满足的需求：content/taxonomy/gaps.yml',
		metrics: '报告里的每个数字都写成一条数据；id 用英文，作为 #metric-… 锚点，两种语言相同',
		kinds:
			'其他写法：multiplier: { value: 3 }（3 倍）· before: { value: 3, unit: day } + after: { value: 1, unit: hour } · saved: { value: 1, unit: hour, per: week, each: customer } · value: { value: 15, unit: country } · money: { amount: 2000000, currency: CNY, per: year }；qualifier: at-least（以上）/ about（约）',
		source: '数据来源：公开页面的网址与发布方',
		reportDate: '报告日期 YYYY-MM-DD',
		body: 'TODO：用自己的话写，按报告的章节组织（使用的能力、痛点与解决方案、成效、尚未满足的需求、战略洞察）。在正文里用 <Metric id="metric-id" /> 引用数据。',
	},
	en: {
		head: "New case: replace every TODO with the report's content; npm run check lists what is left. The model is content/cases/en/payermax.mdx.",
		title: 'Page title, ≤ 90 characters',
		description: 'One-sentence summary, ≤ 160 characters, for cards, search results and sharing',
		company: 'Company facts',
		size: 'An id of content/taxonomy/sizes.yml; unknown when the report does not say, explained in sizeNote',
		regions: 'Ids of content/taxonomy/regions.yml',
		product: 'An id of content/taxonomy/products.yml',
		industries: 'Ids of content/taxonomy/industries.yml, the main industry first',
		capabilities: 'Product capabilities used: content/taxonomy/capabilities.yml',
		challenges: 'Pain points before: content/taxonomy/challenges.yml',
		gaps: 'Needs the product did not meet: content/taxonomy/gaps.yml',
		metrics: 'Every figure of the report as data; ids in English, the #metric-… anchors, the same in both languages',
		kinds:
			'Other kinds: multiplier: { value: 3 } (3×) · before: { value: 3, unit: day } + after: { value: 1, unit: hour } · saved: { value: 1, unit: hour, per: week, each: customer } · value: { value: 15, unit: country } · money: { amount: 2000000, currency: CNY, per: year }; qualifier: at-least / about',
		source: 'Where the facts come from: the public page and its publisher',
		reportDate: 'Date of the report, YYYY-MM-DD',
		body: 'TODO: write in your own words, in the report\'s sections (capabilities in use, pain points and solutions, results, unmet needs, strategic insights). Cite figures with <Metric id="metric-id" />.',
	},
};

/** The scaffold of a case in one language: every field present, explained, and marked TODO where it needs content. */
export function scaffoldCase(locale: Locale, options: { company: string; date: string }): string {
	const c = comments[locale];
	const todo = (text: string) => `"${placeholderMarker}: ${text}"`;
	return `---
# ${c.head}
# ${c.title}
title: ${todo(locale === 'zh-cn' ? '标题' : 'title')}
# ${c.description}
description: ${todo(locale === 'zh-cn' ? '摘要' : 'summary')}
# ${c.company}
company:
  name: ${JSON.stringify(options.company)}
  business: ${todo(locale === 'zh-cn' ? '主营业务' : 'what the company does')}
  positioning: ${todo(locale === 'zh-cn' ? '公司定位（可删除）' : 'how it positions itself (optional)')}
  # ${c.size}
  size: unknown
  sizeNote: ${todo(locale === 'zh-cn' ? '报告对规模的说法（可删除）' : 'what the report says about size (optional)')}
  # ${c.regions}
  regions: [global]
# ${c.product}
product: feishu
# ${c.industries}
industries: [${placeholderMarker.toLowerCase()}-industry]
# ${c.capabilities}
capabilities: []
# ${c.challenges}
challenges: []
# ${c.gaps}
gaps: []
# ${c.metrics}
metrics:
  - id: metric-id
    label: ${todo(locale === 'zh-cn' ? '指标名称' : 'what is measured')}
    category: responsiveness
    change: { direction: up, value: 1 }
  # ${c.kinds}
# ${c.source}
source:
  url: https://example.com/${placeholderMarker.toLowerCase()}
  publisher: ${todo(locale === 'zh-cn' ? '发布方' : 'publisher')}
# ${c.reportDate}
reportDate: ${options.date}
---

## ${uiText(locale, 'case.section.profile')}

${c.body}
`;
}
