import { removeWhenDone } from '../../support/temp-files';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countPages, measureDirectory } from '../../../tools/bench/directory-size';
import { findDescendants, parseParentPid, parseResidentBytes, sampleProcessTreeMemory } from '../../../tools/bench/process-tree-memory';
import { measureFirstVisit } from '../../../tools/budgets/first-visit';
import { createDistReader } from '../../../tools/budgets/js-graph';

describe('process tree memory', () => {
	test('reads the parent pid even when the command has spaces and brackets', () => {
		expect(parseParentPid('4242 (node (worker) x) S 17 4242 17 0 -1')).toBe(17);
	});

	test('reads resident memory in bytes, 0 for a process that is gone', () => {
		expect(parseResidentBytes('Name:\tnode\nVmHWM:\t  900 kB\nVmRSS:\t  512 kB\n')).toBe(512 * 1024);
		expect(parseResidentBytes('')).toBe(0);
	});

	test('finds children and grandchildren, not siblings', () => {
		const parents = new Map([
			[10, 1],
			[11, 10],
			[12, 11],
			[13, 1],
		]);
		expect(findDescendants(10, parents).sort()).toEqual([11, 12]);
	});

	test.skipIf(process.platform !== 'linux')('counts memory a child process allocates', async () => {
		// A child named by its title holds ~200 MB until told to exit; it says when it holds it, and the
		// sampler takes its first sample as it starts, so the child is measured at that moment: no sleep.
		const holdMemory =
			"process.title = 'cs-memory-child'; const b = Buffer.alloc(200e6, 1); process.stdout.write('holding'); process.stdin.on('data', () => process.exit(b.length > 0 ? 0 : 1))";
		const child = spawn(process.execPath, ['-e', holdMemory], { stdio: ['pipe', 'pipe', 'inherit'] });
		const exited = new Promise((resolve) => child.on('close', resolve));
		await new Promise((resolve, reject) => {
			child.stdout.once('data', resolve);
			child.once('exit', (code) => reject(new Error(`the child exited (${code}) before it held its memory`)));
		});
		const sampler = sampleProcessTreeMemory(process.pid, 50);
		const peak = sampler.stop();
		child.stdin.end('exit');
		await exited;
		// The child's own figure, not the tree's: the test process alone may hold 200 MB, and a child
		// that was never sampled has no figure at all.
		const childPeak = peak.peakByCommand['cs-memory-child'];
		expect(childPeak, `the child was not measured: ${JSON.stringify(peak.peakByCommand)}`).toBeGreaterThan(200e6);
		// The tree's total is the child plus the test process itself.
		expect(peak.peakBytes).toBeGreaterThan(childPeak!);
	});
});

describe('built-site measures', () => {
	const dist = removeWhenDone(mkdtempSync(join(tmpdir(), 'measure-')));
	mkdirSync(join(dist, 'a'), { recursive: true });
	mkdirSync(join(dist, '_astro'));
	writeFileSync(
		join(dist, 'a', 'index.html'),
		'<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print"><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/entry.js"></script><script>inline()</script>'
	);
	writeFileSync(join(dist, '_astro', 'site.css'), 'p{color:red}');
	writeFileSync(join(dist, '_astro', 'print.css'), 'p{color:black}'.repeat(100));
	writeFileSync(join(dist, '_astro', 'entry.js'), 'import "./shared.js"; import("./lazy.js");');
	writeFileSync(join(dist, '_astro', 'shared.js'), 'export const x = 1;');
	writeFileSync(join(dist, '_astro', 'lazy.js'), 'export const big = "' + 'x'.repeat(5000) + '";');

	test('a first visit counts screen CSS, the static JS graph and inline scripts, not print CSS, JSON-LD or lazy chunks', () => {
		const visit = measureFirstVisit(dist, '/a/', createDistReader(dist));
		expect(visit.jsModules.sort()).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
		expect(visit.css.raw).toBe('p{color:red}'.length);
		const js = 'import "./shared.js"; import("./lazy.js");'.length + 'export const x = 1;'.length + 'inline()'.length;
		expect(visit.js.raw).toBe(js);
		expect(visit.html.gzip).toBeLessThan(visit.html.raw);
	});

	test('directory size and page count', () => {
		expect(countPages(dist)).toBe(1);
		expect(measureDirectory(dist).files).toBe(6);
	});
});
