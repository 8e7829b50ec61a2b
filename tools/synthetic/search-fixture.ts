import { stringify } from 'yaml';
import { locales, localeToLang } from '../../src/lib/i18n/locales.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { Tag } from '../../src/schemas/taxonomy.ts';
import type { SyntheticCase } from './generate-case.ts';
import { searchFixtureCases } from './search-fixture-cases.ts';

/** Where the search-quality corpus lives; its own `taxonomy/` is the frozen vocabulary it is written with. */
export const searchFixtureDir = 'tests/fixtures/corpora/search';

/** Which of a fixture case's texts each locale shows (typed by locale: a new locale must be added here). */
const textKey: Record<Locale, 'zh' | 'en'> = { 'zh-cn': 'zh', en: 'en' };

/** The search-quality cases ({@link searchFixtureCases}) as MDX files in every locale, labelled from `tags`. */
export function renderSearchFixtureCases(tags: Tag[]): SyntheticCase[] {
	const byId = new Map(tags.map((tag) => [tag.id, tag]));
	const label = (id: string, locale: Locale) => {
		const tag = byId.get(id);
		if (!tag) throw new Error(`search fixture: tag "${id}" is not in the taxonomy`);
		return tag.label[localeToLang(locale)];
	};
	return searchFixtureCases.map((item, index) => {
		const files = Object.fromEntries(
			locales.map((locale) => {
				const key = textKey[locale];
				const industry = label(item.industry, locale);
				const capabilities = item.capabilities.map((id) => label(id, locale));
				const frontmatter = {
					title: key === 'zh' ? `${item.company}（合成搜索测试案例）` : `${item.company} (synthetic search test case)`,
					description: key === 'zh' ? `用于搜索质量测试的合成案例，并非真实客户。` : `A synthetic case for search-quality tests, not a real customer.`,
					company: { name: item.company, business: key === 'zh' ? `${industry}（合成）。` : `${industry} (synthetic).`, size: 'unknown', regions: ['global'] },
					product: 'feishu',
					industries: [item.industry],
					capabilities: item.capabilities,
					challenges: item.challenges,
					metrics: [{ id: 'headline', label: item.metric.label[key], category: item.metric.category, ...item.metric.figure }],
					source: { url: `https://example.com/synthetic/${item.slug}`, publisher: key === 'zh' ? '合成数据' : 'Synthetic data' },
					reportDate: `2025-${String((index % 12) + 1).padStart(2, '0')}-15`,
				};
				const body =
					key === 'zh'
						? `## 公司概况\n\n${item.company} 是一家${industry}企业（合成）。\n\n## 使用的能力\n\n${item.story.zh}\n\n主要能力：${capabilities.join('、')}。\n\n## 成效\n\n${item.metric.label.zh}有明显改善。`
						: `## Company profile\n\n${item.company} is a company in ${industry} (synthetic).\n\n## Capabilities in use\n\n${item.story.en}\n\nMain capabilities: ${capabilities.join(', ')}.\n\n## Results\n\n${item.metric.label.en} improved.`;
				const text = `---\n# Synthetic case for the search-quality suite: not a real customer.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
				return [locale, text];
			})
		) as SyntheticCase['files'];
		return { slug: item.slug, files };
	});
}
