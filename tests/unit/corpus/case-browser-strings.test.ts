import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getCaseBrowserStrings } from '../../../src/lib/corpus/case-browser-strings';

const script = readFileSync('src/components/corpus/case-browser.client.ts', 'utf8');

describe('getCaseBrowserStrings', () => {
	test('carries exactly the words the cases browser script writes (each page carries them in data-strings)', () => {
		const read = new Set([...script.matchAll(/#strings\.(\w+)/g)].map(([, key]) => key));
		expect(Object.keys(getCaseBrowserStrings('en')).sort()).toEqual([...read].sort());
	});

	test('zh-CN: the count as its plural template and the toggle with its placeholder', () => {
		const strings = getCaseBrowserStrings('zh-cn');
		expect(strings.count_other).toContain('{count}');
		expect(strings.toggle).toContain('{active}');
	});
});
