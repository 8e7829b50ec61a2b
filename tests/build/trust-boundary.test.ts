import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { allowedHtmlElements } from '../../src/lib/content/mdx-safety';
import { useSiteBuild } from '../support/build-site.ts';
import { readBuiltPage, textOf } from '../support/built-site.ts';
import { useSuiteTemporaries, type SuiteTemporaries } from '../support/temp-files.ts';

/** A synthetic corpus (the fallback fixture) plus the given case files, in a temporary content root. */
function makeCorpus(temporaries: SuiteTemporaries, files: Record<string, string>): string {
	const root = temporaries.makeDir('trust-boundary-');
	cpSync('tests/fixtures/corpora/fallback', root, { recursive: true });
	for (const [path, text] of Object.entries(files)) writeFileSync(join(root, 'cases', path), text);
	return root;
}

const checkContent = (root: string) => spawnSync('node_modules/.bin/node', ['scripts/check-content.ts', '--content', root], { encoding: 'utf8' });

const problemLines = (output: string) =>
	output
		.split('\n')
		.filter((line) => line.startsWith('✖'))
		.sort();

describe('every hostile body of issue #12, and SVG files beside the cases, in one corpus', () => {
	const dir = 'tests/fixtures/content/invalid';
	const hostile = readdirSync(dir).filter((name) => name.startsWith('body-'));
	const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>globalThis.pwned = 1</script></svg>';
	// The footnote payload writes pwned.txt into the working directory if anything ever evaluates it.
	const marker = 'pwned.txt';
	let check: SpawnSyncReturns<string>;
	const build = useSiteBuild(
		(temporaries) => {
			const root = makeCorpus(temporaries, {
				...Object.fromEntries(hostile.map((name) => [`en/${name}`, readFileSync(join(dir, name), 'utf8')])),
				'en/beside.svg': svg,
			});
			mkdirSync(join(root, 'cases/en/images'));
			writeFileSync(join(root, 'cases/en/images/chart.svg'), svg);
			rmSync(marker, { force: true });
			check = checkContent(root);
			return root;
		},
		{ expectFailure: true }
	);

	test('npm run check and the build refuse them with the same problems, all at once', () => {
		expect(check.status).toBe(1);
		expect(build.status).not.toBe(0);
		const checked = problemLines(check.stdout);
		expect(checked.length).toBeGreaterThanOrEqual(hostile.length);
		for (const name of [...hostile, 'beside.svg', 'images'])
			expect(
				checked.some((line) => line.includes(`/en/${name}:`) || line.includes(`/en/${name} `)),
				name
			).toBe(true);
		expect(problemLines(build.output)).toEqual(checked);
	});

	test('nothing of them ran', () => {
		expect(existsSync(marker)).toBe(false);
	});
});

describe('files that try the listing, the logs and the feed: dotfiles, symbolic links, control characters', () => {
	const english = readFileSync('tests/fixtures/corpora/fallback/cases/en/only-english.mdx', 'utf8');
	// What a link could pull into a public CI log: any readable file of the machine that parses as YAML.
	const secret = 'registry-token-that-must-never-be-printed';
	const injected = '::error title=Injected::';
	let check: SpawnSyncReturns<string>;
	const build = useSiteBuild(
		(temporaries) => {
			const secretFile = join(temporaries.makeDir('trust-boundary-secret-'), 'secret.yml');
			writeFileSync(secretFile, `token: ${secret}\n`);
			const root = makeCorpus(temporaries, {
				'en/.dot.mdx': english,
				'en/..mdx': english,
				[`en/x\n${injected}x.mdx`]: english,
				'en/control-characters.mdx': english.replace(/^title: .*$/m, 'title: "Bell\\a, escape\\e and a right-to-left override \\u202E in a title"'),
			});
			symlinkSync(secretFile, join(root, 'cases/en/linked.mdx'));
			symlinkSync(secretFile, join(root, 'taxonomy/linked.yml'));
			check = checkContent(root);
			return root;
		},
		{ expectFailure: true }
	);

	test('npm run check and the build refuse each of them with the same problems', () => {
		expect(check.status).toBe(1);
		const checked = problemLines(check.stdout);
		for (const file of ['/en/.dot.mdx ', '/en/..mdx ', '/en/linked.mdx ', '/taxonomy/linked.yml ', 'x\\u000a::error', '/en/control-characters.mdx:'])
			expect(
				checked.some((line) => line.includes(file)),
				file
			).toBe(true);
		expect(checked.find((line) => line.includes('control-characters'))).toContain('the invisible character U+0007');
		expect(problemLines(build.output)).toEqual(checked);
	});

	test('no linked file is read into the output, and no file name starts a line of its own', () => {
		for (const output of [check.stdout + check.stderr, build.output]) {
			expect(output).not.toContain(secret);
			expect(output.split('\n').filter((line) => line.startsWith(injected))).toEqual([]);
		}
	});
});

describe('a file too large to parse safely', () => {
	// 600 KB of unclosed links took 44 s to parse; the bound refuses it before the parser sees it.
	const frontmatter = readFileSync('tests/fixtures/corpora/fallback/cases/en/only-english.mdx', 'utf8').split(/^---$/m).slice(0, 2).join('---') + '---\n';
	const temporaries = useSuiteTemporaries();
	let check: SpawnSyncReturns<string>;
	beforeAll(() => {
		check = checkContent(makeCorpus(temporaries, { 'en/too-large.mdx': `${frontmatter}${'[a](b '.repeat(100_000)}\n` }));
	});

	test('is refused by the check with the limit and the fix', () => {
		expect(check.status).toBe(1);
		expect(check.stdout).toContain('/en/too-large.mdx:1 (file) — the file has 600,');
		expect(check.stdout).toContain('more than the 100,000 a case may have — shorten the report');
	});
});

describe('a body that tries every harmless-looking trick the check lets through', () => {
	const source = readFileSync('tests/fixtures/corpora/fallback/cases/en/only-english.mdx', 'utf8').replace(
		/## Synthetic section[\s\S]*$/,
		[
			'## Synthetic tricks',
			'',
			'| code | text |',
			'| - | - |',
			'| `<script>globalThis.pwned = 1</script>` | a \\| b |',
			'',
			'Escaped braces \\{process.exit(1)\\} and &lt;script&gt;alert(1)&lt;/script&gt; stay text.',
			'',
			'A footnote[^n] and an autolink https://example.com/a?b="c".',
			'',
			'<abbr title={"x"} lang="en">SSO</abbr> and <abbr title="&quot;><img src=x onerror=alert(1)>">SSO</abbr>',
			'',
			'[^n]: A "quoted" note with `</p><script>x</script>` in code.',
			'',
			"<MetricChart ids={['review-cycle']} />",
			'',
		].join('\n')
	);
	const accepted = source.replace('<abbr title={"x"} lang="en">SSO</abbr> and ', '');
	let check: SpawnSyncReturns<string>;
	const build = useSiteBuild((temporaries) => {
		check = checkContent(makeCorpus(temporaries, { 'en/only-english.mdx': source }));
		return makeCorpus(temporaries, { 'en/only-english.mdx': accepted });
	});

	test('an expression as an attribute value is refused', () => {
		expect(check.status).toBe(1);
		expect(problemLines(check.stdout)).toEqual([expect.stringContaining('<abbr title> — "{"x"}": attribute values on HTML elements must be plain text')]);
	});

	test('the rest is published, and every text stays text', () => {
		const report = readBuiltPage('/en/cases/only-english/', build.outDir).querySelector('.cs-report')!;
		expect(report.querySelectorAll('script, img, style, iframe')).toEqual([]);
		expect(textOf(report.querySelector('td code'))).toBe('<script>globalThis.pwned = 1</script>');
		expect(textOf(report)).toContain('Escaped braces {process.exit(1)} and <script>alert(1)</script> stay text.');
		expect(report.querySelector('abbr')?.getAttribute('title')).toBe('"><img src=x onerror=alert(1)>');
		expect(textOf(report.querySelector('section[data-footnotes] li'))).toContain('A “quoted” note with </p><script>x</script> in code.');
		// Only the elements and attributes the allow-list names, besides what the renderer itself adds.
		const rendererAttributes = new Set([
			'id',
			'class',
			'href',
			'data-footnote-ref',
			'data-footnote-backref',
			'data-footnotes',
			'aria-describedby',
			'aria-label',
			'aria-hidden',
			'data-pagefind-ignore',
			'width',
			'height',
			'viewbox',
			'fill',
			'd',
			'lang',
			'dir',
			'title',
			'align',
		]);
		for (const element of report.querySelectorAll('*')) {
			if (element.closest('figure.cs-chart')) continue; // the chart component's own markup
			for (const name of Object.keys(element.attributes))
				expect(
					rendererAttributes.has(name.toLowerCase()) || (allowedHtmlElements.get(element.tagName.toLowerCase()) ?? []).includes(name),
					`${element.tagName} ${name}`
				).toBe(true);
		}
	});
});
