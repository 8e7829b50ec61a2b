import type { Metric } from '../../schemas/metric.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { formatDuration, notAFigure } from './format-duration.ts';
import { formatMultiple } from './format-multiple.ts';
import { countUnits, type CountUnit, type Qualifier, type TimeUnit } from './units.ts';
import { numberFormat } from '../i18n/intl-cache.ts';
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

const isCountUnit = (unit: string): unit is CountUnit => (countUnits as readonly string[]).includes(unit);

function formatCount(value: number, unit: CountUnit, locale: Locale): string {
	return uiText(locale, `metrics.count.${unit}`, { count: value, number: formatNumber(value, locale) });
}

/** Currency names as Chinese writes them after an amount (200 万元); English writes the ISO code, as any code not listed here. */
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
	return qualifier === 'exact' ? figure : uiText(locale, `metrics.qualified.${qualifier}`, { figure });
}

/**
 * A percent change as key figures write it, from a signed value: "↑50%" / "+50%", "↓35%" / "−35%",
 * "0%". Spreads of changes (insights, tag pages, tag cards) use it too, so a figure reads the same
 * wherever it appears.
 */
export function formatPercentChange(value: number, locale: Locale): string {
	if (!Number.isFinite(value)) return notAFigure;
	const percent = formatPercent(Math.abs(value), locale, 1);
	return value === 0 ? percent : uiText(locale, `metrics.changeFigure.${value > 0 ? 'up' : 'down'}`, { percent });
}

/** Formats one metric for display in `locale` with `Intl`; see the unit tests for every kind. */
export function formatMetric(metric: Metric, locale: Locale): FormattedMetric {
	let value: string;
	let direction: FormattedMetric['direction'] = 'none';
	if (metric.change) {
		direction = metric.change.direction;
		value = formatPercentChange(direction === 'down' ? -metric.change.value : metric.change.value, locale);
	} else if (metric.multiplier) {
		direction = metric.multiplier.direction;
		// The case's exact figure (two decimals: 3.25×), written as every multiple is.
		value = uiText(locale, `metrics.multipleFigure.${direction}`, { multiple: formatMultiple(metric.multiplier.value, locale, 2) });
	} else if (metric.before && metric.after) {
		value = `${formatDuration(metric.before.value, metric.before.unit, locale)} → ${formatDuration(metric.after.value, metric.after.unit, locale)}`;
	} else if (metric.saved) {
		const amount = formatDuration(metric.saved.value, metric.saved.unit, locale);
		const per = uiText(locale, `metrics.per.${metric.saved.per}`);
		const each = metric.saved.each ? uiText(locale, `metrics.each.${metric.saved.each}`) : undefined;
		value = each ? uiText(locale, 'metrics.savedFigureEach', { amount, each, per }) : uiText(locale, 'metrics.savedFigure', { amount, per });
		direction = 'down';
		// 每月约 120 小时: in Chinese the qualifier sits next to the amount, after the period.
		if (locale === 'zh-cn' && metric.qualifier !== 'exact') {
			value = `${each ?? ''}${per}${qualify(amount, metric.qualifier, locale)}`;
			return { value, direction, text: uiText(locale, 'metrics.figureText', { label: metric.label, figure: value }) };
		}
	} else if (metric.value) {
		const { value: number, unit } = metric.value;
		if (unit === 'percent') value = formatPercent(number, locale, 2);
		else if (isCountUnit(unit)) value = formatCount(number, unit, locale);
		else value = formatDuration(number, unit as TimeUnit, locale);
	} else if (metric.money) {
		value = formatMoney(metric.money.amount, metric.money.currency, locale);
		if (metric.money.per) value = uiText(locale, `metrics.moneyPer.${metric.money.per}`, { amount: value });
	} else {
		throw new Error(`Metric "${metric.id}" has no figure`);
	}
	const qualified = qualify(value, metric.qualifier, locale);
	// English says the qualifier in words ("at least +80%"); Chinese reads the qualified figure (↑80% 以上).
	const spoken = metric.qualifier === 'exact' ? value : `${uiText(locale, `metrics.qualifierWords.${metric.qualifier}`)} ${value}`;
	const text = uiText(locale, 'metrics.figureText', { label: metric.label, figure: qualified, spoken });
	return { value: qualified, direction, text };
}
