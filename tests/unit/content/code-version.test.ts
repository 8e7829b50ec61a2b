import { removeWhenDone } from '../../support/temp-files';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getCodeVersion, getSiteCodeVersion } from '../../../src/lib/content/code-version';

describe('getCodeVersion', () => {
	test('changes when a source under src/lib, a schema or the lockfile changes, not otherwise', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'code-version-')));
		mkdirSync(join(root, 'src/lib/content'), { recursive: true });
		mkdirSync(join(root, 'src/schemas'), { recursive: true });
		writeFileSync(join(root, 'src/lib/content/check.ts'), 'export const rule = 1;');
		writeFileSync(join(root, 'src/schemas/case.ts'), 'export const schema = 1;');
		writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
		const first = getCodeVersion(root);
		expect(getCodeVersion(root)).toBe(first);
		writeFileSync(join(root, 'README.md'), 'not code');
		expect(getCodeVersion(root)).toBe(first);
		writeFileSync(join(root, 'src/lib/content/check.ts'), 'export const rule = 2;');
		const second = getCodeVersion(root);
		expect(second).not.toBe(first);
		writeFileSync(join(root, 'src/schemas/case.ts'), 'export const schema = 2;');
		expect(getCodeVersion(root)).not.toBe(second);
		const third = getCodeVersion(root);
		writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
		expect(getCodeVersion(root)).not.toBe(third);
	});
});

describe('getSiteCodeVersion', () => {
	test('changes when any file of the site changes (a component, a stylesheet, the config), not otherwise', () => {
		const root = removeWhenDone(mkdtempSync(join(tmpdir(), 'site-code-version-')));
		mkdirSync(join(root, 'src/components'), { recursive: true });
		mkdirSync(join(root, 'src/styles'), { recursive: true });
		writeFileSync(join(root, 'src/components/Card.astro'), '<div class="cs-card" />');
		writeFileSync(join(root, 'src/styles/corpus.css'), '.cs-card { gap: 1rem; }');
		writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
		const first = getSiteCodeVersion(root);
		writeFileSync(join(root, 'README.md'), 'not the site');
		expect(getSiteCodeVersion(root)).toBe(first);
		writeFileSync(join(root, 'src/styles/corpus.css'), '.cs-card { gap: 2rem; }');
		const second = getSiteCodeVersion(root);
		expect(second).not.toBe(first);
		writeFileSync(join(root, 'src/components/Card.astro'), '<div class="cs-card cs-card--wide" />');
		const third = getSiteCodeVersion(root);
		expect(third).not.toBe(second);
		writeFileSync(join(root, 'astro.config.mjs'), 'export default { build: {} };');
		expect(getSiteCodeVersion(root)).not.toBe(third);
	});
});
