import { removeWhenDone } from '../../support/temp-files';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getCodeVersion } from '../../../src/lib/content/code-version';

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
