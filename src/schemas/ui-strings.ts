import { z } from 'astro/zod';

/**
 * The project's own UI strings, added to Starlight's. Required: a key missing in either
 * `src/content/i18n/zh-CN.json` or `en.json` fails the build, so both languages stay complete.
 */
const uiString = (example: string) => z.string().min(1).describe(`UI string, e.g. "${example}".`);

export const uiStringsSchema = z.object({
	'nav.home': uiString('Home'),
	'nav.cases': uiString('Cases'),
	'case.companyFacts': uiString('Company facts'),
	'case.company': uiString('Company'),
	'case.industry': uiString('Industry'),
	'case.product': uiString('Product'),
	'case.business': uiString('Business'),
	'case.size': uiString('Size'),
	'case.regions': uiString('Regions'),
	'case.website': uiString('Website'),
	'case.keyFigures': uiString('Key figures'),
	'case.keyFiguresNone': uiString('This case reports no figures.'),
	'case.capabilities': uiString('Capabilities used'),
	'case.challenges': uiString('Challenges'),
	'case.gaps': uiString('Unmet needs'),
	'case.tags': uiString('Tags'),
	'case.source': uiString('Source'),
	'case.publisher': uiString('Publisher'),
	'case.basis': uiString('Based on'),
	'case.reportDate': uiString('Report date'),
	'case.fallbackNotice': uiString('This case is not yet translated into English. Below is the original in {{language}}.'),
	'cases.title': uiString('Customer cases'),
	'cases.description': uiString('Every customer case, newest report first.'),
	'cases.count_one': uiString('{{count}} case'),
	'cases.count_other': uiString('{{count}} cases'),
	'cases.sortNote': uiString('Newest report first.'),
	'metrics.charts': uiString('Charts'),
	'metrics.improvementChart': uiString('Improvements'),
	'metrics.timeChart': uiString('Time: before, after and saved'),
	'metrics.metric': uiString('Metric'),
	'metrics.change': uiString('Change'),
	'metrics.before': uiString('Before'),
	'metrics.after': uiString('After'),
	'metrics.saved': uiString('Saved'),
	'metrics.logScale': uiString('Logarithmic scale'),
	'metrics.chartNote': uiString('The chart shows the numbers in the table below.'),
	'root.title': uiString('Customer case reports'),
	'root.choose': uiString('Choose your language'),
});
