/**
 * Writes the search-quality fixture (tools/synthetic/search-fixture-cases.ts) as a corpus in both languages
 * to tests/fixtures/corpora/search/, with the taxonomy of content/taxonomy. Synthetic; never content/.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { searchFixtureCases } from '../tools/synthetic/search-fixture-cases.ts';
import { readTaxonomy } from '../src/lib/taxonomy/read-taxonomy.ts';

const out = 'tests/fixtures/corpora/search';
const tags = new Map(readTaxonomy('content/taxonomy').map((tag) => [tag.id, tag]));
const label = (id: string, lang: 'zh-CN' | 'en') => tags.get(id)!.label[lang];

rmSync(out, { recursive: true, force: true });
cpSync('content/taxonomy', join(out, 'taxonomy'), { recursive: true });
searchFixtureCases.forEach((item, index) => {
	for (const [locale, lang, key] of [
		['zh-cn', 'zh-CN', 'zh'],
		['en', 'en', 'en'],
	] as const) {
		const industry = label(item.industry, lang);
		const capabilities = item.capabilities.map((id) => label(id, lang));
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
		const dir = join(out, 'cases', locale);
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, `${item.slug}.mdx`),
			`---\n# Synthetic case for the search-quality suite: not a real customer.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`
		);
	}
});
console.log(`✔ ${searchFixtureCases.length} synthetic cases × 2 languages in ${out}`);
