import { stringify } from 'yaml';
import type { CaseInput } from '../../src/schemas/case.ts';
import type { MetricInput } from '../../src/schemas/metric.ts';
import type { Tag } from '../../src/schemas/taxonomy.ts';
import type { Facet } from '../../src/lib/taxonomy/facets.ts';
import { createRandom } from './random.ts';

/**
 * Synthetic cases for tests and benchmarks, never for `content/`: every title says it is synthetic,
 * every company is called "Synthetic …", and every source points at example.com.
 */
export interface SyntheticCase {
	slug: string;
	files: { 'zh-cn': string; en: string };
}

const companyWords = [
	'Alpha',
	'Beacon',
	'Cedar',
	'Delta',
	'Ember',
	'Fjord',
	'Granite',
	'Harbor',
	'Iris',
	'Juniper',
	'Kestrel',
	'Lumen',
	'Meridian',
	'Nimbus',
	'Orchid',
	'Pioneer',
	'Quartz',
	'Raven',
	'Summit',
	'Tidal',
];

const metricTemplates: { category: string; zh: string; en: string; figure: (r: ReturnType<typeof createRandom>) => Partial<MetricInput> }[] = [
	{
		category: 'responsiveness',
		zh: '客户需求响应速度',
		en: 'Response speed to customer requests',
		figure: (r) => ({ change: { direction: 'up', value: r.int(10, 90) } }),
	},
	{
		category: 'process-efficiency',
		zh: '审批周期',
		en: 'Approval cycle',
		figure: (r) => ({ before: { value: r.int(2, 10), unit: 'day' }, after: { value: r.int(1, 12), unit: 'hour' } }),
	},
	{ category: 'process-efficiency', zh: '流程处理效率', en: 'Process efficiency', figure: (r) => ({ multiplier: { value: r.int(2, 6) } }) },
	{
		category: 'time-saved',
		zh: '每周节省的会议时间',
		en: 'Meeting time saved',
		figure: (r) => ({ saved: { value: r.int(1, 8), unit: 'hour', per: 'week', each: 'employee' } }),
	},
	{
		category: 'information-flow',
		zh: '信息同步效率',
		en: 'Information sync efficiency',
		figure: (r) => ({ change: { direction: 'up', value: r.int(20, 95) }, qualifier: r.next() < 0.3 ? 'at-least' : 'exact' }),
	},
	{ category: 'global-reach', zh: '覆盖国家', en: 'Countries covered', figure: (r) => ({ value: { value: r.int(3, 40), unit: 'country' } }) },
];

/**
 * Sentences for report-length bodies (`paragraphs` > 1), varied so that the search index and the
 * pages weigh what real reports do. `{x}` is a capability, `{y}` a challenge.
 */
const sentences = {
	zh: [
		'团队过去依赖邮件和多个即时通讯工具沟通，信息分散在不同系统中，{y}的问题在业务扩张后愈发明显。',
		'引入{x}之后，跨部门的请求可以在同一个入口发起、流转和归档，负责人能随时看到进度。',
		'管理层希望在不增加人手的前提下支撑新的市场，因此把流程的标准化放在了首位。',
		'上线初期，项目组先在一个区域试点，收集一线员工的反馈，再逐步推广到其他团队。',
		'通过与现有业务系统对接，审批结果和关键数据会自动回写，减少了重复录入和人为差错。',
		'员工分布在多个时区，异步协作成为常态，文档中的评论和任务指派替代了大量会议。',
		'在{x}的帮助下，新人入职时可以直接查阅历史讨论和操作手册，交接所需的时间明显缩短。',
		'安全与合规团队关注权限的最小化，所有敏感操作都保留了可追溯的记录。',
		'报告指出，工具本身并不能解决全部问题，流程设计和组织习惯的改变同样关键。',
		'对于{y}，公司还在探索更深入的集成方式，希望未来把更多环节纳入统一的平台。',
	],
	en: [
		'The teams used to rely on email and several chat tools, so information was spread across systems, and {y} grew worse as the business expanded.',
		'With {x} in place, requests between departments start, move and close in one place, and the owner can see where each one stands.',
		'Management wanted to support new markets without adding headcount, so standardising the workflows came first.',
		'The project group first piloted the rollout in one region, gathered feedback from frontline staff, then extended it team by team.',
		'Connected to the existing business systems, approval results and key figures are written back automatically, which cuts double entry and mistakes.',
		'Staff work across several time zones, so asynchronous work is the norm, and comments and task assignments in documents replace many meetings.',
		'Thanks to {x}, newcomers can read earlier discussions and runbooks on their first day, and handovers take far less time.',
		'The security and compliance team keeps permissions to a minimum, and every sensitive action leaves a trail that can be audited.',
		'The report notes that the tools alone do not solve everything: the design of the processes and the habits of the organisation matter as much.',
		'For {y}, the company is still looking for deeper integrations and hopes to bring more steps onto the same platform.',
	],
};

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
 * above 1 adds a section of that many paragraphs of varied prose (benchmarks use 18: about the
 * length of the PayerMax report, 9 KB per file).
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
		templates.map(
			(template, position) =>
				({
					id: `metric-${position + 1}`,
					label: template[lang],
					category: template.category,
					...template.figure(createRandom(index * 31 + position)),
				}) as MetricInput
		);
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
	// Report-length text: varied sentences about the case's own capabilities and challenges.
	const prose = (lang: 'zh' | 'en', count: number) => {
		const pick = createRandom(index * 17 + count);
		const tagLang = lang === 'zh' ? 'zh-CN' : 'en';
		return Array.from({ length: count }, () =>
			Array.from({ length: 3 }, () =>
				pick
					.pick(sentences[lang])
					.replace('{x}', labelsOf(tags, [pick.pick(capabilities)], tagLang))
					.replace('{y}', labelsOf(tags, [pick.pick(challenges)], tagLang))
			).join(lang === 'zh' ? '' : ' ')
		).join('\n\n');
	};
	const extra = (lang: 'zh' | 'en', heading: string) => (paragraphs > 1 ? [`## ${heading}\n\n${prose(lang, paragraphs)}`] : []);
	const zhBody = [
		`## 公司概况\n\n${name} 是一家用于测试的合成公司，所属行业为${labelsOf(tags, industry, 'zh-CN')}。`,
		`## 使用的能力\n\n该公司使用了${labelsOf(tags, capabilities, 'zh-CN')}，以应对${labelsOf(tags, challenges, 'zh-CN')}等挑战。团队在各地区统一流程，减少系统切换，让信息在部门之间自动流转。`,
		...extra('zh', '过程与经验'),
		`## 尚未满足的需求\n\n${labelsOf(tags, gaps, 'zh-CN')}。`,
	].join('\n\n');
	const enBody = [
		`## Company profile\n\n${name} is a synthetic company made up for tests, in ${labelsOf(tags, industry, 'en')}.`,
		`## Capabilities in use\n\nThe company uses ${labelsOf(tags, capabilities, 'en')} to address ${labelsOf(tags, challenges, 'en')}. Teams in every region follow the same workflows, switch systems less often and let information flow between departments by itself.`,
		...extra('en', 'How it went'),
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
