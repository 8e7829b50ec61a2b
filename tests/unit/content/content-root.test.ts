import { expect, test } from 'vitest';
import { contentCacheDirOf } from '../../../src/lib/content/content-root.ts';

test('another content root gets a content cache named after its path, relative or absolute', () => {
	expect(contentCacheDirOf('tests/fixtures/corpora/synthetic', '/repo')).toBe('./node_modules/.astro/content-tests-fixtures-corpora-synthetic');
	expect(contentCacheDirOf('/repo/tests/fixtures/corpora/synthetic', '/repo')).toBe('./node_modules/.astro/content-tests-fixtures-corpora-synthetic');
	expect(contentCacheDirOf('/tmp/dev-content-x1', '/repo')).toBe('./node_modules/.astro/content--tmp-dev-content-x1');
});
