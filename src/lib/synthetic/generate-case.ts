import { stringify } from 'yaml';
import type { CaseInput } from '../../schemas/case.ts';
import type { MetricInput } from '../../schemas/metric.ts';
import type { Tag } from '../../schemas/taxonomy.ts';
import type { Facet } from '../taxonomy/facets.ts';
import { createRandom } from './random.ts';

/**
 * Synthetic cases for tests and benchmarks, never for `content/`: every title says it is synthetic,
 * every company is called "Synthetic …", and every source points at example.com.
 */
export interface SyntheticCase {
	slug: string;
	files: { 'zh-cn': string; en: string };
}

const companyWords = ['Alpha', 'Beacon', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchid', 'Pioneer', 'Quartz', 'Raven', 'Summit', 'Tidal'];

const metricTemplates: { category: string; zh: string; en: string; figure: (r: ReturnType<typeof createRandom>) => Partial<MetricInput> }[] = [
	{ category: 'responsiveness', zh: '客户需求响应速度', en: 'Response speed to customer requests', figure: (r) => ({ change: { direction: 'up', value: r.int(10, 90) } }) },
	{ category: 'process-efficiency', zh: '审批周期', en: 'Approval cycle', figure: (r) => ({ before: { value: r.int(2, 10), unit: 'day' }, after: { value: r.int(1, 12), unit: 'hour' } }) },
	{ category: 'process-efficiency', zh: '流程处理效率', en: 'Process efficiency', figure: (r) => ({ multiplier: { value: r.int(2, 6) } }) },
	{ category: 'time-saved', zh: '每周节省的会议时间', en: 'Meeting time saved', figure: (r) => ({ saved: { value: r.int(1, 8), unit: 'hour', per: 'week', each: 'employee' } }) },
	{ category: 'information-flow', zh: '信息同步效率', en: 'Information sync efficiency', figure: (r) => ({ change: { direction: 'up', value: r.int(20, 95) }, qualifier: r.next() < 0.3 ? 'at-least' : 'exact' }) },
	{ category: 'global-reach', zh: '覆盖国家', en: 'Countries covered', figure: (r) => ({ value: { value: r.int(3, 40), unit: 'country' } }) },
];

function idsOf(tags: Tag[], facet: Facet): string[] {
	return tags.filter((tag) => tag.facet === facet).map((tag) => tag.id);
}

function labelsOf(tags: Tag[], ids: string[], lang: 'zh-CN' | 'en'): string {
	return ids.map((id) => tags.find((tag) => tag.id === id)?.label[lang] ?? id).join(lang === 'zh-CN' ? '、' : ', ');
}

function toMdx(frontmatter: CaseInput, body: string): string {
	return `---\n# Synthetic case generated for tests and benchmarks: not a real customer.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

/**
 * One synthetic case in both languages. `index` makes it unique and deterministic; `paragraphs`
 * sets the length of the report (benchmarks use report-length text).
 */
export function generateSyntheticCase(index: number, tags: Tag[], options: { paragraphs?: number; seed?: number } = {}): SyntheticCase {
	const r = createRandom((options.seed ?? 1) * 100_003 + index);
	const number = String(index + 1).padStart(4, '0');
	const name = `Synthetic ${companyWords[index % companyWords.length]} ${number}`;
	const slug = `synthetic-${number}`;
	const industries = idsOf(tags, 'industries');
	const industry = [industries[index % industries.length]!];
	const capabilities = r.sample(idsOf(tags, 'capabilities'), r.int(2, 5));
	const challenges = r.sample(idsOf(tags, 'challenges'), r.int(1, 3));
	const gaps = r.sample(idsOf(tags, 'gaps'), r.int(1, 4));
	const regions = r.sample(idsOf(tags, 'regions'), r.int(1, 2));
	const size = r.pick(idsOf(tags, 'sizes'));
	const templates = r.sample(metricTemplates, r.int(2, 4));
	const metrics = (lang: 'zh' | 'en') =>
		templates.map((template, position) => ({ id: `metric-${position + 1}`, label: template[lang], category: template.category, ...template.figure(createRandom(index * 31 + position)) }) as MetricInput);
	const month = String((index % 12) + 1).padStart(2, '0');
	const day = String((index % 27) + 1).padStart(2, '0');
	const reportDate = `${2024 + (index % 2)}-${month}-${day}`;
	const paragraphs = options.paragraphs ?? 1;

	const base = {
		product: 'feishu',
		industries: industry,
		capabilities,
		challenges,
		gaps,
		reportDate,
	};
	const zhBody = [
		`## 公司概况\n\n${name} 是一家用于测试的合成公司，所属行业为${labelsOf(tags, industry, 'zh-CN')}。`,
		`## 使用的能力\n\n${Array.from({ length: paragraphs }, () => `该公司使用了${labelsOf(tags, capabilities, 'zh-CN')}，以应对${labelsOf(tags, challenges, 'zh-CN')}等挑战。团队在各地区统一流程，减少系统切换，让信息在部门之间自动流转。`).join('\n\n')}`,
		`## 尚未满足的需求\n\n${labelsOf(tags, gaps, 'zh-CN')}。`,
	].join('\n\n');
	const enBody = [
		`## Company profile\n\n${name} is a synthetic company made up for tests, in ${labelsOf(tags, industry, 'en')}.`,
		`## Capabilities in use\n\n${Array.from({ length: paragraphs }, () => `The company uses ${labelsOf(tags, capabilities, 'en')} to address ${labelsOf(tags, challenges, 'en')}. Teams in every region follow the same workflows, switch systems less often and let information flow between departments by itself.`).join('\n\n')}`,
		`## Unmet needs\n\n${labelsOf(tags, gaps, 'en')}.`,
	].join('\n\n');
	const zh: CaseInput = {
		title: `${name}（合成测试案例）`,
		description: `用于测试与基准的合成案例，并非真实客户：${name} 使用飞书的${labelsOf(tags, capabilities.slice(0, 2), 'zh-CN')}。`,
		company: { name, business: '用于测试的合成业务。', size, regions },
		...base,
		metrics: metrics('zh'),
		source: { url: `https://example.com/synthetic/${slug}`, publisher: '合成数据' },
	};
	const en: CaseInput = {
		title: `${name} (synthetic test case)`,
		description: `A synthetic case for tests and benchmarks, not a real customer: ${name} uses Feishu for ${labelsOf(tags, capabilities.slice(0, 2), 'en')}.`,
		company: { name, business: 'A synthetic business for tests.', size, regions },
		...base,
		metrics: metrics('en'),
		source: { url: `https://example.com/synthetic/${slug}`, publisher: 'Synthetic data' },
	};
	return { slug, files: { 'zh-cn': toMdx(zh, zhBody), en: toMdx(en, enBody) } };
}
