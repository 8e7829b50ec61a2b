import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/lib/i18n/locales';
import { uiPluralTemplates, uiStrings, uiText, type UiTextKey } from '../../../src/lib/i18n/ui-text';

/** Every TypeScript file of the houses that may call uiText (components use Astro.locals.t). */
function listSourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listSourceFiles(path);
		return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
	});
}

/** The keys the source passes to uiText: `'cases.count'` as written, `` `facet.${…}` `` as a pattern. */
function listUsedKeys(): { file: string; key: string; pattern: RegExp }[] {
	return ['src', 'tools', 'scripts'].flatMap(listSourceFiles).flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/\buiText\(\s*[^,()]+,\s*(['`])((?:(?!\1).)*)\1/g)].map((match) => {
			const key = match[2]!;
			const escaped = key.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
			return { file, key, pattern: new RegExp(`^${escaped.join('[\\w-]+')}(_(zero|one|two|few|many|other))?$`) };
		})
	);
}

describe('uiText', () => {
	const used = listUsedKeys();

	test('the scan finds the calls (of cards, feeds, tags and the derived figures)', () => {
		expect(used.map(({ key }) => key)).toEqual(expect.arrayContaining(['root.title', 'cases.count', 'metrics.derived.speedup', 'metrics.each.${each}']));
	});

	test.each(locales)('every key used outside components exists in %s', (locale) => {
		const keys = Object.keys(uiStrings[locale]);
		expect(used.filter(({ pattern }) => !keys.some((key) => pattern.test(key))).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
	});

	test('placeholders and plural forms, as Starlight reads them', () => {
		expect(uiText('en', 'cases.count', { count: 1 })).toBe('1 case');
		expect(uiText('en', 'cases.count', { count: 3 })).toBe('3 cases');
		expect(uiText('zh-cn', 'cases.count', { count: 1 })).toBe('1 个案例');
		expect(uiText('zh-cn', 'cases.count', { count: 10000 })).toBe('10000 个案例');
		expect(uiText('en', 'metrics.derived.yearly', { duration: '52 hours' })).toBe('≈ 52 hours a year');
		expect(uiText('zh-cn', 'metrics.derived.yearlyEach', { duration: '52 小时', each: uiText('zh-cn', 'metrics.each.customer') })).toBe('每客户每年约 52 小时');
	});

	test('a placeholder without a value stays visible, a missing key throws', () => {
		expect(uiText('en', 'metrics.derived.yearly')).toBe('≈ {{duration}} a year');
		expect(() => uiText('en', 'no.such.key' as UiTextKey)).toThrow('No UI string "no.such.key" for en in src/content/i18n');
	});

	test('the site card says the site and its tagline in both languages', () => {
		expect(uiText('zh-cn', 'siteCard.tagline')).toBe('企业如何使用协同套件，用数据说话');
		expect(uiText('en', 'siteCard.tagline')).toBe('How companies use collaboration suites, in figures');
	});
});

describe('uiPluralTemplates', () => {
	test('gives each plural form as a template with the placeholder, for a script to fill in', () => {
		expect(uiPluralTemplates('en', 'cases.count')).toEqual({ one: '{count} case', other: '{count} cases' });
		expect(uiPluralTemplates('zh-cn', 'cases.count', '#')).toEqual({ one: '# 个案例', other: '# 个案例' });
	});
});
