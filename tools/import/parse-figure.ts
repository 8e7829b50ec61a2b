import type { MetricInput } from '../../src/schemas/metric.ts';
import type { CountUnit, Period, Qualifier, Subject, TimeUnit } from '../../src/lib/metrics/units.ts';
import { qualifierBeforePattern, qualifierOfWord, qualifierWordAt } from './qualifier-words.ts';

/** The figure part of a metric, as found in a sentence of a report. */
export type Figure = Omit<MetricInput, 'id' | 'label' | 'category' | 'note'>;

export interface ParsedFigure {
	figure: Figure;
	/** The words the figure was read from, e.g. "从3天缩短至1小时". */
	text: string;
	/** Where `text` starts in the (normalised) input. */
	index: number;
}

const timeUnitWords: [RegExp, TimeUnit][] = [
	[/^(分钟|mins?|minutes?)$/i, 'minute'],
	[/^(个?小时|h|hrs?|hours?)$/i, 'hour'],
	[/^(天|日|个?工作日|days?)$/i, 'day'],
	[/^(周|星期|个星期|weeks?)$/i, 'week'],
	[/^(个月|月|months?)$/i, 'month'],
	[/^(年|years?)$/i, 'year'],
];
const timeUnitPattern = '个?小时|分钟|个?工作日|个星期|星期|个月|天|日|周|月|年|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?';

const periodWords: [RegExp, Period][] = [
	[/^(每天|每日|a day|per day|daily)$/i, 'day'],
	[/^(每周|每星期|a week|per week|weekly)$/i, 'week'],
	[/^(每月|每个月|a month|per month|monthly)$/i, 'month'],
	[/^(每年|a year|per year|annually|yearly)$/i, 'year'],
];
const subjectWords: [RegExp, Subject][] = [
	[/客户|customer/i, 'customer'],
	[/员工|人|employee|person|staff/i, 'employee'],
	[/团队|team/i, 'team'],
	[/项目|project/i, 'project'],
];
const countWords: [RegExp, CountUnit][] = [
	[/^(个?国家?|countries|country)$/i, 'country'],
	[/^(种语言|种语种|languages?)$/i, 'language'],
	[/^(名员工|位员工|employees?)$/i, 'employee'],
	[/^(家客户|个客户|位客户|customers?)$/i, 'customer'],
	[/^(个系统|套系统|systems?)$/i, 'system'],
];
const currencyWords: [RegExp, string][] = [
	[/^(元|人民币|RMB|CNY|¥|￥)$/i, 'CNY'],
	[/^(美元|USD|US\$|\$)$/i, 'USD'],
	[/^(欧元|EUR|€)$/i, 'EUR'],
	[/^(港元|港币|HKD)$/i, 'HKD'],
];
const scales: Record<string, number> = {
	千: 1e3,
	万: 1e4,
	百万: 1e6,
	千万: 1e7,
	亿: 1e8,
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	million: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
};

function lookup<T>(table: [RegExp, T][], word: string): T | undefined {
	return table.find(([pattern]) => pattern.test(word.trim()))?.[1];
}

const chineseDigits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三 → 3, 十五 → 15, 二十 → 20, 一百二十 → 120 (what reports write before a unit). */
export function chineseNumeralToNumber(text: string): number | undefined {
	if (!/^[零一二两三四五六七八九十百千]+$/.test(text)) return undefined;
	let total = 0;
	let current = 0;
	for (const char of text) {
		if (char in chineseDigits) current = chineseDigits[char]!;
		else {
			const unit = char === '十' ? 10 : char === '百' ? 100 : 1000;
			total += (current || 1) * unit;
			current = 0;
		}
	}
	return total + current;
}

/**
 * Full-width digits and signs to ASCII (NFKC), Chinese numerals before a unit to digits, and
 * thousands separators removed, so that one set of patterns reads every spelling.
 */
export function normaliseFigureText(text: string): string {
	return (
		text
			.normalize('NFKC')
			// The look-behind starts a numeral only at the start of a run: without it, a run of n numerals
			// that is not followed by a unit is scanned from each of its n positions (quadratic).
			.replace(
				/(?<![零一二两三四五六七八九十百千])([零一二两三四五六七八九十百千]+)(?=\s*(?:个?小时|分钟|天|周|个?月|年|倍|个?国|种语言|名|位|家))/g,
				(match) => String(chineseNumeralToNumber(match) ?? match)
			)
			.replace(/(\d),(?=\d{3}\b)/g, '$1')
	);
}

function qualifierBefore(prefix: string): Qualifier | undefined {
	const word = qualifierBeforePattern.exec(prefix)?.[1];
	return word ? qualifierOfWord(word) : undefined;
}

function qualifierAfter(text: string, at: number): Qualifier | undefined {
	const word = qualifierWordAt(text, at);
	return word ? qualifierOfWord(word) : undefined;
}

interface Rule {
	pattern: RegExp;
	read: (match: RegExpExecArray) => Figure | undefined;
}

/**
 * A number. The look-behind lets a number start only where a run of digits starts: without it, a
 * run of n digits that no unit follows (80,000 digits in a paragraph) is matched from each of its n
 * positions, each scan running to the end of the run, which is quadratic.
 */
const num = '(?<!\\d)(\\d+(?:\\.\\d+)?)';
const rise = /^(↑|\+|提升|提高|增长|增加|上升|加快|increase[sd]?|rose|up|grew|improved?)/i;

const rules: Rule[] = [
	// 从3天缩短至1小时 · 3天 → 1小时 · from 3 days to 1 hour
	{
		pattern: new RegExp(
			`(?:从|由|from\\s+)?${num}\\s*(${timeUnitPattern})\\s*(?:→|->|=>|到|至|缩短至|缩短到|缩短为|减少到|减少至|降至|降到|降低到|降低至|变为|to|down to)\\s*${num}\\s*(${timeUnitPattern})(?![a-z])`,
			'gi'
		),
		read: (m) => {
			const beforeUnit = lookup(timeUnitWords, m[2]!);
			const afterUnit = lookup(timeUnitWords, m[4]!);
			if (!beforeUnit || !afterUnit) return undefined;
			return { before: { value: Number(m[1]), unit: beforeUnit }, after: { value: Number(m[3]), unit: afterUnit } };
		},
	},
	// 单客户每周节省1小时 · 每客户每周 1 小时 · 每月约 120 小时 · saves 1 hour per customer per week
	{
		// Each filler word carries its own spaces: `\\s*(?:word)*\\s*` could split a run of spaces between the two \\s* in n ways.
		pattern: new RegExp(
			`(?:(?:每|单)(?:个|位|名)?(客户|员工|人|团队|项目))?(每天|每日|每周|每星期|每月|每个月|每年)\\s*(?:(?:约|大约|节省|节约|省下|减少)\\s*)*${num}\\s*(${timeUnitPattern})`,
			'gi'
		),
		read: (m) => {
			const unit = lookup(timeUnitWords, m[4]!);
			const per = lookup(periodWords, m[2]!);
			if (!unit || !per) return undefined;
			const each = m[1] ? lookup(subjectWords, m[1]) : undefined;
			const about = /约/.test(m[0]) ? { qualifier: 'about' as const } : {};
			return { saved: { value: Number(m[3]), unit, per, ...(each ? { each } : {}) }, ...about };
		},
	},
	{
		pattern: new RegExp(
			`(?:sav(?:es?|ed|ing)\\s+)?${num}\\s*(${timeUnitPattern})\\s+(?:saved\\s+)?(?:per|a|each)\\s+(customer|employee|person|team|project)\\s+(?:per|a|each)\\s+(day|week|month|year)`,
			'gi'
		),
		read: (m) => {
			const unit = lookup(timeUnitWords, m[2]!);
			const per = lookup(periodWords, `per ${m[4]}`);
			const each = lookup(subjectWords, m[3]!);
			if (!unit || !per) return undefined;
			return { saved: { value: Number(m[1]), unit, per, ...(each ? { each } : {}) } };
		},
	},
	// 约 200 万元/年 · 1.5亿元 · CNY 2 million a year · $3M
	{
		// The scale carries its own spaces: `\\s*(scale)?\\s*` could split a run of spaces between the two \\s* in n ways.
		pattern: new RegExp(`${num}\\s*(?:(千万|百万|千|万|亿)\\s*)?(元|人民币|美元|欧元|港元|港币)(?:\\s*(?:/|每)\\s*(年|月|天|周))?`, 'g'),
		read: (m) => {
			const currency = lookup(currencyWords, m[3]!);
			if (!currency) return undefined;
			const amount = Number(m[1]) * (m[2] ? scales[m[2]]! : 1);
			const per = m[4] ? lookup(periodWords, `每${m[4]}`) : undefined;
			return { money: { amount, currency, ...(per ? { per } : {}) } };
		},
	},
	{
		pattern: new RegExp(
			`(CNY|RMB|USD|EUR|HKD|US\\$|\\$|¥|€)\\s*${num}\\s*(k|m|bn|b|thousand|million|billion)?\\b(?:\\s*(?:a|per|/)\\s*(year|month|week|day))?`,
			'gi'
		),
		read: (m) => {
			const currency = lookup(currencyWords, m[1]!);
			if (!currency) return undefined;
			const amount = Number(m[2]) * (m[3] ? scales[m[3].toLowerCase()]! : 1);
			const per = m[4] ? lookup(periodWords, `per ${m[4]}`) : undefined;
			return { money: { amount, currency, ...(per ? { per } : {}) } };
		},
	},
	// ↑3倍 · 提升2倍 · 2× · 3x faster
	{
		// The spaces belong to the optional word: a leading `\\s*` would scan a run of spaces from each of its positions.
		pattern: new RegExp(`(?:(↑|↓|提升|提高|增长|增加|降低|减少|下降)\\s*)?${num}\\s*(?:倍|×|x(?=\\s|$|[^a-z]))`, 'gi'),
		read: (m) => ({ multiplier: { value: Number(m[2]), direction: m[1] && !rise.test(m[1]) ? 'down' : 'up' } }),
	},
	// ↑50% · 提升50% · 降低35% · +50% · -35% · increased by 50%
	{
		pattern: new RegExp(
			`(↑|↓|\\+|-|−|提升了?|提高了?|增长了?|增加了?|上升了?|加快了?|降低了?|减少了?|下降了?|缩短了?|节省了?|increased by|decreased by|reduced by|rose by|fell by|up|down)\\s*${num}\\s*%`,
			'gi'
		),
		read: (m) => ({ change: { direction: rise.test(m[1]!) ? 'up' : 'down', value: Number(m[2]) } }),
	},
	// 覆盖15国 · 15 countries · 8种语言
	{
		pattern: new RegExp(
			`${num}\\s*(个国家|个国|国家|国|countries|country|种语言|种语种|languages?|名员工|位员工|employees?|家客户|个客户|位客户|customers?|个系统|套系统|systems?)(?![a-z])`,
			'gi'
		),
		read: (m) => {
			const unit = lookup(countWords, m[2]!);
			return unit ? { value: { value: Number(m[1]), unit } } : undefined;
		},
	},
	// 准确率 99.5% (a share without a direction)
	{
		pattern: new RegExp(`${num}\\s*%`, 'g'),
		read: (m) => ({ value: { value: Number(m[1]), unit: 'percent' } }),
	},
];

/** The clause before a figure: back to the last punctuation, at most 24 characters ("每位班组长" in "每位班组长每天约30分钟"). */
function clauseBefore(text: string, start: number): string {
	const window = text.slice(Math.max(0, start - 24), start);
	return window.slice(Math.max(...['，', ',', '。', '；', ';', '：', ':', '、'].map((mark) => window.lastIndexOf(mark))) + 1);
}

/** 每年 / 每月 / 年均 … in the clause of a money figure: "每年节省…约120万元" is CNY 1.2 million a year. */
function periodBefore(clause: string): Period | undefined {
	const word = /(每|\/)(年|月|周|天|日)|年均|全年|年化|月均/u.exec(clause)?.[0];
	if (!word) return undefined;
	if (/年/u.test(word)) return 'year';
	if (/月/u.test(word)) return 'month';
	return /周/u.test(word) ? 'week' : 'day';
}

/**
 * Whom a saving counts for, from the clause before it: 每位班组长 / 每名司机 (person classifiers)
 * → employee, 每个客户 → customer, 每个团队 / 班组 → team, 每个项目 → project.
 */
function subjectBefore(clause: string): { each: Subject; phrase: string } | undefined {
	const match = /(?:每|单)(位|名|个|家)?(\p{Script=Han}{1,6})$/u.exec(clause);
	if (!match) return undefined;
	const each = subjectOf(match);
	return each ? { each, phrase: match[0] } : undefined;
}

function subjectOf(match: RegExpExecArray): Subject | undefined {
	const noun = match[2]!;
	if (/客户|顾客|用户/u.test(noun)) return 'customer';
	if (/团队|班组|小组|部门/u.test(noun) && !/长$/u.test(noun)) return 'team';
	if (/项目/u.test(noun)) return 'project';
	if (match[1] === '位' || match[1] === '名' || /员工|人|长|员|师|经理|司机/u.test(noun)) return 'employee';
	return undefined;
}

/**
 * What the words before a figure add to it: the period of an amount, the subject of a saving (whose
 * words then belong to the figure's text: "每位班组长每天约30分钟" is one figure).
 */
function withContext(figure: Figure, clause: string): { figure: Figure; prefix: string } {
	if (figure.money && !figure.money.per) {
		const per = periodBefore(clause);
		if (per) return { figure: { ...figure, money: { ...figure.money, per } }, prefix: '' };
	}
	if (figure.saved && !figure.saved.each) {
		const subject = subjectBefore(clause);
		if (subject) return { figure: { ...figure, saved: { ...figure.saved, each: subject.each } }, prefix: subject.phrase };
	}
	return { figure, prefix: '' };
}

/** A figure without its qualifier, as a key: "↑80%" and "提升80%以上" are the same figure. */
function figureKey({ qualifier: _q, ...rest }: Figure): string {
	return JSON.stringify(rest);
}

/**
 * Every figure in a sentence of a report, in reading order. A figure written twice ("↑80%: …提升80%以上")
 * is returned once, with the most specific qualifier. Text that holds no figure gives `[]`: the
 * caller reports what it could not read.
 *
 * Linear in the length of the text: every pattern starts a number only where a run of digits
 * starts, the characters taken by earlier rules are marked in an array (not compared with every
 * earlier match), and duplicates are found by key.
 */
export function parseFigures(input: string): ParsedFigure[] {
	const text = normaliseFigureText(input);
	const taken = new Uint8Array(text.length);
	const found: ParsedFigure[] = [];
	for (const rule of rules) {
		rule.pattern.lastIndex = 0;
		for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
			const start = match.index;
			const end = start + match[0].length;
			// Matches of one rule never overlap, so each character is looked at once per rule.
			if (taken.subarray(start, end).includes(1)) continue;
			const read = rule.read(match);
			if (!read) continue;
			const { figure, prefix } = withContext(read, clauseBefore(text, start));
			const qualifier = qualifierAfter(text, end) ?? qualifierBefore(text.slice(Math.max(0, start - 12), start));
			taken.fill(1, start, end);
			found.push({
				figure: qualifier && !figure.qualifier ? { ...figure, qualifier } : figure,
				text: `${prefix}${match[0].trim()}`,
				index: start - prefix.length,
			});
		}
	}
	found.sort((a, b) => a.index - b.index);
	const unique = new Map<string, ParsedFigure>();
	for (const item of found) {
		const key = figureKey(item.figure);
		const twin = unique.get(key);
		if (!twin) unique.set(key, item);
		else if (!twin.figure.qualifier && item.figure.qualifier) twin.figure = item.figure;
	}
	return [...unique.values()];
}
