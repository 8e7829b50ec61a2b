import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The two houses: `src/` (and the Astro config) is what the site runs; `tools/` is what CLIs and
 * tests share; `scripts/` are thin CLIs; `tests/` the tests. Undefined for any other path.
 */
export type House = 'site' | 'tools' | 'scripts' | 'tests';

/** Which house imports which may not: the site never reaches tooling, and nothing but tests imports tests. */
const forbiddenImports: Record<House, House[]> = {
	site: ['tools', 'scripts', 'tests'],
	scripts: ['tests'],
	tools: ['scripts', 'tests'],
	tests: [],
};

/** The house of a file, by its path from the repository's root (POSIX separators). */
export function houseOf(path: string): House | undefined {
	const top = posix.normalize(path).split('/')[0];
	if (top === 'src' || /^astro\.config\.[cm]?[jt]s$/.test(top ?? '')) return 'site';
	if (top === 'tools' || top === 'scripts' || top === 'tests') return top;
	return undefined;
}

/**
 * Every module specifier a source file names: static and dynamic imports, re-exports, `require()`,
 * and files resolved in a package (`require.resolve('axe-core/axe.min.js')`, `import.meta.resolve`);
 * in an `.astro` file those of its frontmatter and of its `<script>` elements.
 */
export function listImportSpecifiers(fileName: string, source: string): string[] {
	const parts = fileName.endsWith('.astro')
		? [/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '', ...[...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)]
		: [source];
	return parts.flatMap((part) => [
		...ts.preProcessFile(part, true, true).importedFiles.map((file) => file.fileName),
		// A template literal counts up to its first `${`: the package name comes before it.
		...[...part.matchAll(/(?:\brequire|\)|import\.meta)\.resolve\(\s*[`'"]([^`'"$]+)/g)].map((match) => match[1]!),
	]);
}

/** The import that crosses the houses the wrong way, as `from → specifier (house)`; undefined when allowed. */
export function findForbiddenImport(fromFile: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const fromHouse = houseOf(fromFile);
	const target = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
	const toHouse = houseOf(target);
	if (!fromHouse || !toHouse || !forbiddenImports[fromHouse].includes(toHouse)) return undefined;
	return `${fromFile} → ${specifier} (${fromHouse} may not import ${toHouse})`;
}

/**
 * The npm package a bare specifier names (`@scope/name` or `name`, subpaths and queries dropped);
 * undefined for relative paths, Node's built-ins and virtual modules (`astro:content`, `virtual:…`).
 */
export function packageNameOf(specifier: string): string | undefined {
	if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || /^(astro|virtual):/.test(specifier)) return undefined;
	const [first, second] = specifier.split(/[?#]/)[0]!.split('/');
	if (builtinModules.includes(first!)) return undefined;
	return first!.startsWith('@') ? `${first}/${second}` : first;
}

/**
 * Whether package.json declares a package, or its types for a package of types only (`mdast` →
 * `@types/mdast`; a value imported from such a name fails type checking anyway).
 */
export function isDeclaredPackage(name: string, declared: ReadonlySet<string>): boolean {
	const typesName = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
	return declared.has(name) || declared.has(typesName);
}
