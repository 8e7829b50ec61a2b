import { describe, expect, test } from 'vitest';
import { createPageCacheKeys } from '../../../src/lib/corpus/page-cache-keys';

const digests: Record<string, (string | undefined)[]> = { a: ['a-zh', 'a-en'], b: ['b-zh', undefined], c: ['c-zh', 'c-en'] };
const keysWith = (changes: Record<string, (string | undefined)[]> = {}, shared: unknown = { taxonomy: 1 }) =>
	createPageCacheKeys((slug) => ({ ...digests, ...changes })[slug] ?? [], shared);

describe('page cache keys', () => {
	test('are stable for the same data', () => {
		expect(keysWith().forCases(['a', 'b'])).toBe(keysWith().forCases(['a', 'b']));
	});

	test('change when a case the page shows changes, in either language', () => {
		const before = keysWith().forCases(['a', 'b']);
		expect(keysWith({ a: ['a-zh2', 'a-en'] }).forCases(['a', 'b'])).not.toBe(before);
		expect(keysWith({ b: ['b-zh', 'b-en'] }).forCases(['a', 'b'])).not.toBe(before);
	});

	test('do not change when a case the page does not show changes', () => {
		expect(keysWith({ c: ['c-zh2', 'c-en2'] }).forCases(['a', 'b'])).toBe(keysWith().forCases(['a', 'b']));
	});

	test('change with the shared data, the order of the cases and the extra facts', () => {
		const before = keysWith().forCases(['a', 'b'], 'tag', 2);
		expect(keysWith({}, { taxonomy: 2 }).forCases(['a', 'b'], 'tag', 2)).not.toBe(before);
		expect(keysWith().forCases(['b', 'a'], 'tag', 2)).not.toBe(before);
		expect(keysWith().forCases(['a', 'b'], 'tag', 3)).not.toBe(before);
	});
});
