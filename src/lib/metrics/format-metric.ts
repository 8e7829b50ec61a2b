import type { Metric } from '../../schemas/metric.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { formatDuration, notAFigure } from './format-duration.ts';
import type { CountUnit, Period, Qualifier, TimeUnit } from './units.ts';
import { numberFormat, pluralRules } from '../i18n/intl-cache.ts';
import { uiText } from '../i18n/ui-text.ts';

/** A figure ready to show: the big number, and the words around it, in one language. */
export interface FormattedMetric {
	/** The figure itself, e.g. "↑50%", "+50%", "3 天 → 1 小时". */
	value: string;
	/** Whether the figure reads as a rise, a fall, or neither (for the arrow and colour). */
	direction: 'up' | 'down' | 'none';
	/** The figure as one sentence for screen readers and plain text, e.g. "at least +80%". */
	text: string;
}

function formatNumber(value: number, locale: Locale): string {
	if (!Number.isFinite(value)) return notAFigure;
	return numberFormat(localeToLang(locale), { maximumFractionDigits: 2 }).format(value);
}

/** 50 → "50%" (the value in percent), or "—" for a number that is not finite. */
function formatPercent(value: number, locale: Locale, maximumFractionDigits: number): string {
	if (!Number.isFinite(value)) return notAFigure;
	return numberFormat(localeToLang(locale), { style: 'percent', maximumFractionDigits }).format(value / 100);
}

const countWords: Record<Locale, Record<CountUnit, [one: string, other: string]>> = {
	'zh-cn': {
		country: ['个国家', '个国家'],
		language: ['种语言', '种语言'],
		employee: ['名员工', '名员工'],
		customer: ['个客户', '个客户'],
		system: ['个系统', '个系统'],
		item: ['项', '项'],
	},
	en: {
		country: ['country', 'countries'],
		language: ['language', 'languages'],
		employee: ['employee', 'employees'],
		customer: ['customer', 'customers'],
		system: ['system', 'systems'],
		item: ['item', 'items'],
	},
};

function formatCount(value: number, unit: CountUnit, locale: Locale): string {
	const plural = pluralRules(localeToLang(locale)).select(value);
	const [one, other] = countWords[locale][unit];
	const word = plural === 'one' ? one : other;
	return `${formatNumber(value, locale)} ${word}`;
}

const periodWords: Record<Locale, Record<Period, string>> = {
	'zh-cn': { day: '每天', week: '每周', month: '每月', year: '每年' },
	en: { day: 'per day', week: 'per week', month: 'per month', year: 'per year' },
};
const currencyWords: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元', HKD: '港元', JPY: '日元', GBP: '英镑', SGD: '新加坡元' };

/**
 * Money with the scales readers use: "200 万元" (万, 亿) in Chinese, "CNY 2 million" in English.
 */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
	if (!Number.isFinite(amount)) return notAFigure;
	const lang = localeToLang(locale);
	const parts = numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).formatToParts(amount);
	const number = parts
		.filter((part) => part.type === 'integer' || part.type === 'group' || part.type === 'decimal' || part.type === 'fraction')
		.map((part) => part.value)
		.join('');
	const scale = parts.find((part) => part.type === 'compact')?.value;
	if (locale === 'zh-cn') return `${number} ${scale ?? ''}${currencyWords[currency] ?? ` ${currency}`}`.replace(/\s+/g, ' ').trim();
	return `${currency} ${number}${scale ? ` ${scale}` : ''}`;
}

/** Wraps a figure in its qualifier: 以上 / at least, 约 / about, 最多 / up to. */
function qualify(figure: string, qualifier: Qualifier, locale: Locale): string {
	if (qualifier === 'exact') return figure;
	if (locale === 'zh-cn') {
		return { 'at-least': `${figure} 以上`, about: `约 ${figure}`, 'up-to': `最多 ${figure}` }[qualifier];
	}
	return { 'at-least': `≥ ${figure}`, about: `≈ ${figure}`, 'up-to': `≤ ${figure}` }[qualifier];
}

function qualifierText(qualifier: Qualifier, locale: Locale): string {
	if (locale === 'zh-cn') return { exact: '', 'at-least': '以上', about: '约', 'up-to': '最多' }[qualifier];
	return { exact: '', 'at-least': 'at least', about: 'about', 'up-to': 'up to' }[qualifier];
}

/** Formats one metric for display in `locale` with `Intl`; see the unit tests for every kind. */
export function formatMetric(metric: Metric, locale: Locale): FormattedMetric {
	let value: string;
	let direction: FormattedMetric['direction'] = 'none';
	if (metric.change) {
		direction = metric.change.direction;
		const percent = formatPercent(metric.change.value, locale, 1);
		value = locale === 'zh-cn' ? `${direction === 'up' ? '↑' : '↓'}${percent}` : `${direction === 'up' ? '+' : '−'}${percent}`;
	} else if (metric.multiplier) {
		direction = metric.multiplier.direction;
		const factor = formatNumber(metric.multiplier.value, locale);
		value = locale === 'zh-cn' ? `${direction === 'up' ? '↑' : '↓'}${factor} 倍` : `${factor}×`;
	} else if (metric.before && metric.after) {
		value = `${formatDuration(metric.before.value, metric.before.unit, locale)} → ${formatDuration(metric.after.value, metric.after.unit, locale)}`;
	} else if (metric.saved) {
		const amount = formatDuration(metric.saved.value, metric.saved.unit, locale);
		const per = periodWords[locale][metric.saved.per];
		const each = metric.saved.each ? uiText(locale, `metrics.each.${metric.saved.each}`) : undefined;
		value = locale === 'zh-cn' ? `${each ?? ''}${per} ${amount}` : [amount, each, per].filter(Boolean).join(' ');
		direction = 'down';
		// 每月约 120 小时: in Chinese the qualifier sits next to the amount, after the period.
		if (locale === 'zh-cn' && metric.qualifier !== 'exact') {
			value = `${each ?? ''}${per}${qualify(amount, metric.qualifier, locale)}`;
			return { value, direction, text: `${metric.label}：${value}` };
		}
	} else if (metric.value) {
		const { value: number, unit } = metric.value;
		if (unit === 'percent') value = formatPercent(number, locale, 2);
		else if (unit in countWords[locale]) value = formatCount(number, unit as CountUnit, locale);
		else value = formatDuration(number, unit as TimeUnit, locale);
	} else if (metric.money) {
		value = formatMoney(metric.money.amount, metric.money.currency, locale);
		if (metric.money.per) value += locale === 'zh-cn' ? `/${periodWords[locale][metric.money.per].slice(1)}` : ` a ${metric.money.per}`;
	} else {
		throw new Error(`Metric "${metric.id}" has no figure`);
	}
	const qualified = qualify(value, metric.qualifier, locale);
	const words = qualifierText(metric.qualifier, locale);
	const text = locale === 'zh-cn' ? `${metric.label}：${qualified}` : `${metric.label}: ${words ? `${words} ` : ''}${value}`;
	return { value: qualified, direction, text };
}
