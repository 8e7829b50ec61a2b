import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCacheDirOf, getContentRootOf } from '../../../src/lib/content/content-root.ts';

describe('a CLI’s content root', () => {
	test('--content wins over CONTENT_DIR, which wins over content/; relative to the project root', () => {
		expect(getContentRootOf('fixtures/a', '/repo', { CONTENT_DIR: 'b' })).toBe(resolve('/repo', 'fixtures/a'));
		expect(getContentRootOf(undefined, '/repo', { CONTENT_DIR: 'b' })).toBe(resolve('/repo', 'b'));
		expect(getContentRootOf(undefined, '/repo', {})).toBe(resolve('/repo', 'content'));
		expect(getContentRootOf('/abs/root', '/repo', {})).toBe('/abs/root');
	});
});

test('another content root gets a content cache named after its path, relative or absolute', () => {
	expect(contentCacheDirOf('tests/fixtures/corpora/synthetic', '/repo')).toBe('./node_modules/.astro/content-tests-fixtures-corpora-synthetic');
	expect(contentCacheDirOf('/repo/tests/fixtures/corpora/synthetic', '/repo')).toBe('./node_modules/.astro/content-tests-fixtures-corpora-synthetic');
	expect(contentCacheDirOf('/tmp/dev-content-x1', '/repo')).toBe('./node_modules/.astro/content--tmp-dev-content-x1');
});
