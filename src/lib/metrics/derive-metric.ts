import type { Metric } from '../../schemas/metric.ts';
import { localeToLang, type Locale } from '../i18n/locales.ts';
import { formatDuration, notAFigure } from './format-duration.ts';
import { periodsPerYear, toHours } from './units.ts';
import { numberFormat } from '../i18n/intl-cache.ts';
import { formatFactor } from './format-multiple.ts';
import { uiText } from '../i18n/ui-text.ts';

/** What a reader wants to know beyond the figure as written. */
export interface DerivedMetric {
	/** before → after: how many times faster (3 days → 1 hour: 72). */
	speedup?: number;
	/** The change of the measured quantity in percent (3 days → 1 hour: −98.6; 3×: +200). */
	percentChange?: number;
	/** Time saved over a year, in hours, for the metric's subject (1 hour a week: 52). */
	hoursPerYear?: number;
	/** Money over a year, in the metric's currency. */
	amountPerYear?: number;
}

/** `fields` without the ones that are not finite numbers (a figure that got past the schema). */
function finiteOnly(fields: DerivedMetric): DerivedMetric {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => Number.isFinite(value))) as DerivedMetric;
}

/**
 * The derived figures of a metric. Only finite numbers: a figure outside the schema's bounds
 * (1e308 days, a 0 in a division) gives no derived figure rather than Infinity or NaN.
 */
export function deriveMetric(metric: Metric): DerivedMetric {
	if (metric.before && metric.after) {
		const before = toHours(metric.before.value, metric.before.unit);
		const after = toHours(metric.after.value, metric.after.unit);
		if (!(before > 0 && after > 0)) return {};
		return finiteOnly({ speedup: before / after, percentChange: ((after - before) / before) * 100 });
	}
	if (metric.change) return finiteOnly({ percentChange: metric.change.direction === 'up' ? metric.change.value : -metric.change.value });
	if (metric.multiplier) {
		if (!(metric.multiplier.value > 0)) return {};
		const factor = metric.multiplier.direction === 'up' ? metric.multiplier.value : 1 / metric.multiplier.value;
		return finiteOnly({ percentChange: (factor - 1) * 100 });
	}
	if (metric.saved) return finiteOnly({ hoursPerYear: toHours(metric.saved.value, metric.saved.unit) * periodsPerYear[metric.saved.per] });
	if (metric.money?.per) return finiteOnly({ amountPerYear: metric.money.amount * periodsPerYear[metric.money.per] });
	return {};
}

/** "−98.6%" with a real minus sign, in the locale's digits. */
export function formatSignedPercent(value: number, locale: Locale): string {
	if (!Number.isFinite(value)) return notAFigure;
	return numberFormat(localeToLang(locale), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })
		.format(value / 100)
		.replace('-', '−');
}

/**
 * The derived figures in words, for the line under a key figure: "快 72 倍 · 用时 −98.6%" /
 * "72× faster · −98.6% time". Undefined when there is nothing to add to the figure itself.
 */
export function formatDerivedMetric(metric: Metric, locale: Locale): string | undefined {
	const derived = deriveMetric(metric);
	if (derived.speedup !== undefined && derived.percentChange !== undefined) {
		const percent = formatSignedPercent(derived.percentChange, locale);
		const factor = formatFactor(derived.speedup, locale);
		return uiText(locale, 'metrics.derived.speedup', { factor, percent });
	}
	if (derived.hoursPerYear !== undefined && metric.saved && metric.saved.per !== 'year') {
		// Working time reads in hours: "2.2 days" would suggest 24-hour days.
		const duration = formatDuration(Math.round(derived.hoursPerYear), 'hour', locale);
		const each = metric.saved.each;
		return each
			? uiText(locale, 'metrics.derived.yearlyEach', { duration, each: uiText(locale, `metrics.each.${each}`) })
			: uiText(locale, 'metrics.derived.yearly', { duration });
	}
	if (metric.multiplier && derived.percentChange !== undefined) return formatSignedPercent(derived.percentChange, locale);
	return undefined;
}
