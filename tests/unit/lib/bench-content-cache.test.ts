import { removeWhenDone } from '../../support/temp-files';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { removeContentCaches } from '../../../tools/bench/content-cache';

test('removes the content caches of one temporary folder, no other', () => {
	const caches = removeWhenDone(mkdtempSync(join(tmpdir(), 'caches-')));
	for (const name of ['content--tmp-case-bench-AbC123-content', 'content--tmp-case-bench-XyZ789-content', 'cards', 'content-content'])
		mkdirSync(join(caches, name));
	expect(removeContentCaches('/tmp/case-bench-AbC123', caches)).toEqual(['content--tmp-case-bench-AbC123-content']);
	expect(readdirSync(caches).sort()).toEqual(['cards', 'content--tmp-case-bench-XyZ789-content', 'content-content']);
});

test('no cache folder: nothing to do', () => {
	const missing = join(tmpdir(), 'no-such-cache-folder');
	expect(existsSync(missing)).toBe(false);
	expect(removeContentCaches('/tmp/case-bench-AbC123', missing)).toEqual([]);
});
