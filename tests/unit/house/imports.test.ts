import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findForbiddenImport, houseOf, isDeclaredPackage, listImportSpecifiers, packageNameOf } from '../../support/house-imports.ts';

/** Every source file of the repository's houses and its root configs, with the specifiers it imports. */
function readSourceImports(): { file: string; specifiers: string[] }[] {
	const files = ['src', 'scripts', 'tools', 'tests'].flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file).replaceAll('\\', '/'))
	);
	return [...files, 'astro.config.mjs', 'vitest.config.ts', 'eslint.config.mjs']
		.filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file) && existsSync(file))
		.map((file) => ({ file, specifiers: listImportSpecifiers(file, readFileSync(file, 'utf8')) }));
}

describe('import directions', () => {
	test('src never imports tools, scripts or tests; scripts and tools never import tests', () => {
		expect(findForbiddenImport('src/lib/content/check-content.ts', '../../../tools/scaffold/new-case.ts')).toBe(
			'src/lib/content/check-content.ts → ../../../tools/scaffold/new-case.ts (site may not import tools)'
		);
		expect(findForbiddenImport('src/pages/index.astro', '../../scripts/check-content.ts')).toMatch(/site may not import scripts/);
		expect(findForbiddenImport('astro.config.mjs', './tests/support/csv.ts')).toMatch(/site may not import tests/);
		expect(findForbiddenImport('scripts/lighthouse.ts', '../tests/e2e/support/browser.ts')).toMatch(/scripts may not import tests/);
		expect(findForbiddenImport('tools/synthetic/write-corpus.ts', '../../tests/fixtures/search/spec')).toMatch(/tools may not import tests/);
	});

	test('tools use the site’s pure lib; tests and scripts use tools', () => {
		expect(findForbiddenImport('tools/scaffold/new-case.ts', '../../src/lib/content/placeholders.ts')).toBeUndefined();
		expect(findForbiddenImport('scripts/bench.ts', '../tools/bench/targets.ts')).toBeUndefined();
		expect(findForbiddenImport('tests/e2e/support/site-test.ts', '../../../tools/serve/static-server.ts')).toBeUndefined();
		expect(findForbiddenImport('src/lib/content/check-content.ts', './placeholders.ts')).toBeUndefined();
	});

	test('reads imports from TypeScript and from an .astro file’s frontmatter and scripts', () => {
		expect(listImportSpecifiers('a.ts', "import type { Root } from 'mdast';\nexport * from './b.ts';\nconst chart = await import('chart.js/auto');")).toEqual([
			'mdast',
			'./b.ts',
			'chart.js/auto',
		]);
		expect(
			listImportSpecifiers(
				'a.ts',
				"const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');\nrequire.resolve(`@fonts/sc/${name}`);\nresolve(process.cwd(), 'dist');"
			)
		).toEqual(['axe-core/axe.min.js', '@fonts/sc/']);
		const astro =
			"---\nimport Card from '../../tools/card.ts';\n---\n<p>import x from 'not-code'</p>\n<script>\n\timport { run } from './run.client.ts';\n</script>";
		expect(listImportSpecifiers('Page.astro', astro)).toEqual(['../../tools/card.ts', './run.client.ts']);
	});

	test('every module in tools/ serves a CLI: a script imports it, directly or through other tools (what only tests use lives in tests/support)', () => {
		const imports = new Map(readSourceImports().map(({ file, specifiers }) => [file, specifiers]));
		const resolveIn = (file: string, specifier: string) =>
			specifier.startsWith('.') ? posix.join(posix.dirname(file), specifier).replace(/(?<!\.ts)$/, '.ts') : undefined;
		const reached = new Set<string>();
		const stack = [...imports.keys()].filter((file) => file.startsWith('scripts/'));
		while (stack.length > 0) {
			const file = stack.pop()!;
			for (const target of (imports.get(file) ?? []).flatMap((specifier) => resolveIn(file, specifier) ?? []))
				if (target.startsWith('tools/') && !reached.has(target)) {
					reached.add(target);
					stack.push(target);
				}
		}
		expect([...imports.keys()].filter((file) => file.startsWith('tools/') && !reached.has(file))).toEqual([]);
	});

	test('no file in the repository crosses the houses the wrong way', () => {
		const forbidden = readSourceImports().flatMap(({ file, specifiers }) => specifiers.flatMap((specifier) => findForbiddenImport(file, specifier) ?? []));
		expect(forbidden).toEqual([]);
	});
});

describe('declared dependencies', () => {
	const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
	const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);

	test('a bare specifier names its package; built-ins, virtual modules and paths name none', () => {
		expect(['chart.js/auto', '@astrojs/starlight/components', 'astro/zod', 'sirv?url'].map(packageNameOf)).toEqual([
			'chart.js',
			'@astrojs/starlight',
			'astro',
			'sirv',
		]);
		expect(['node:fs', 'fs/promises', 'astro:content', 'virtual:starlight/user-config', './x.ts', '../y'].map(packageNameOf)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		expect(isDeclaredPackage('mdast', new Set(['@types/mdast']))).toBe(true);
		expect(isDeclaredPackage('chrome-launcher', new Set(['lighthouse']))).toBe(false);
	});

	test('every package that src, scripts, tools and tests import is declared in package.json', () => {
		const undeclared = readSourceImports().flatMap(({ file, specifiers }) =>
			specifiers.flatMap((specifier) => {
				const name = packageNameOf(specifier);
				return name && !isDeclaredPackage(name, declared) ? [`${file}: ${name}`] : [];
			})
		);
		expect(undeclared).toEqual([]);
	});

	test('dependencies hold what the site imports; what only tools, scripts and tests import is a devDependency', () => {
		const siteImports = new Set(
			readSourceImports().flatMap(({ file, specifiers }) => (houseOf(file) === 'site' ? specifiers.flatMap((specifier) => packageNameOf(specifier) ?? []) : []))
		);
		expect(Object.keys(manifest.dependencies).filter((name) => !siteImports.has(name))).toEqual([]);
	});

	test('every declared package is imported somewhere (or is a tool run by name)', () => {
		// Packages used without an import: the Node binary npm scripts run on and `astro check`'s checker.
		// Run by name (npm scripts) or named in a config file (.prettierrc.json's plugins).
		const usedByName = new Set(['node', '@astrojs/check', 'eslint', 'prettier', 'prettier-plugin-astro']);
		const imported = new Set(readSourceImports().flatMap(({ specifiers }) => specifiers.flatMap((specifier) => packageNameOf(specifier) ?? [])));
		const unused = [...declared].filter(
			(name) =>
				!usedByName.has(name) && !name.startsWith('@types/') && !imported.has(name) && ![...imported].some((used) => isDeclaredPackage(used, new Set([name])))
		);
		expect(unused).toEqual([]);
	});
});
