import type { Tag } from '../../src/schemas/taxonomy.ts';

/**
 * Words of metric labels in English, for ids: the words around figures that the taxonomy does not
 * name (周期, 效率, 成本 …). Taxonomy labels and aliases add the product and outcome words (审批 →
 * approvals, 妙记 → minutes). The contributors' glossary lists the same words.
 */
export const metricWords: Readonly<Record<string, string>> = {
	审批: 'approval',
	报销: 'expense',
	采购: 'procurement',
	补货: 'replenishment',
	费用: 'expense',
	差旅: 'travel',
	纸张: 'paper',
	人力: 'labor',
	成本: 'cost',
	节省: 'saved',
	节约: 'saved',
	周期: 'cycle',
	效率: 'efficiency',
	速度: 'speed',
	时间: 'time',
	时长: 'time',
	响应: 'response',
	交接: 'handover',
	轮转: 'rotation',
	对齐: 'alignment',
	客户: 'customer',
	顾客: 'customer',
	投诉: 'complaint',
	需求: 'demand',
	风险: 'risk',
	推送: 'alert',
	信息: 'info',
	覆盖: 'coverage',
	翻译: 'translation',
	会议: 'meeting',
	排班: 'scheduling',
	巡检: 'inspection',
	门店: 'store',
	库存: 'inventory',
	订单: 'order',
	合同: 'contract',
	签署: 'signing',
	招聘: 'hiring',
	入职: 'onboarding',
	培训: 'training',
	数据: 'data',
	报表: 'report',
	准确率: 'accuracy',
	满意度: 'satisfaction',
	沟通: 'communication',
	协同: 'collaboration',
	文档: 'document',
	查询: 'lookup',
	处理: 'processing',
	上线: 'launch',
	开发: 'development',
	运维: 'ops',
	错误率: 'error-rate',
	差错: 'error',
	收入: 'revenue',
	营收: 'revenue',
	利润: 'profit',
	销售: 'sales',
	人均: 'per-capita',
	国家: 'country',
	语言: 'language',
	员工: 'employee',
	系统: 'system',
	流程: 'process',
	物流: 'logistics',
	配送: 'delivery',
	对账: 'reconciliation',
	设备: 'equipment',
	停机: 'downtime',
	工单: 'ticket',
	排产: 'production-planning',
	质检: 'quality-check',
	交付: 'delivery',
	调用: 'calls',
	次数: 'count',
	人数: 'headcount',
};

/** At most this many words make an id: the last ones, where a Chinese label puts its head noun. */
const maxIdWords = 3;

const slugWords = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);

/** Chinese names of the taxonomy's tags (labels and Han aliases) → the tag's English label as id words. */
function taxonomyWords(tags: Tag[]): Map<string, string> {
	const words = new Map<string, string>();
	// Outcome categories are not label words: 响应速度 is response-speed here, not responsiveness.
	for (const tag of tags.filter((candidate) => candidate.facet !== 'outcomes')) {
		const english = slugWords(tag.label.en).join('-');
		if (!english) continue;
		for (const name of [tag.label['zh-CN'], ...tag.aliases].filter((name) => /^\p{Script=Han}+$/u.test(name))) if (!words.has(name)) words.set(name, english);
	}
	return words;
}

/**
 * The English words of a label, in reading order: at each position the longest name of the
 * glossary or the taxonomy (the glossary first on a tie), Latin words as they are, other
 * characters skipped. Linear in the label's length times the longest name (a handful).
 */
export function labelToWords(label: string, tags: Tag[]): string[] {
	const dictionary = new Map([...taxonomyWords(tags), ...Object.entries(metricWords)]);
	const longest = Math.max(...[...dictionary.keys()].map((name) => name.length));
	const words: string[] = [];
	let at = 0;
	while (at < label.length) {
		const latin = /^[A-Za-z0-9]+/.exec(label.slice(at, at + 40))?.[0];
		if (latin) {
			words.push(...slugWords(latin));
			at += latin.length;
			continue;
		}
		let matched = 0;
		for (let length = Math.min(longest, label.length - at); length >= 2; length--) {
			const english = dictionary.get(label.slice(at, at + length));
			if (english) {
				words.push(english);
				matched = length;
				break;
			}
		}
		at += matched || 1;
	}
	return words.filter((word, index) => words.indexOf(word) === index);
}

/**
 * A stable English id for a metric (`expense-approval-cycle`, `cost-saved`): the last words of its
 * label through the glossary and the taxonomy, else its outcome category; `-2`, `-3` … when the
 * case already has it.
 */
export function metricIdFor(label: string, options: { category: string; tags: Tag[]; taken: ReadonlySet<string> }): { id: string; fromLabel: boolean } {
	const words = labelToWords(label, options.tags).flatMap((word) => word.split('-'));
	const fromLabel = words.length > 0;
	const base = (fromLabel ? words.slice(-maxIdWords) : [options.category]).join('-').slice(0, 60).replace(/-+$/, '');
	let id = base;
	for (let suffix = 2; options.taken.has(id); suffix++) id = `${base}-${suffix}`;
	return { id, fromLabel };
}
