import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** A route declares its paths and renders a view; a longer one is doing a query's or a component's work. */
const maxRouteLines = 60;

const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
	.map((file) => join('src/pages', file).replaceAll('\\', '/'))
	.filter((file) => /\.(astro|ts|js|mjs|md|mdx)$/.test(file))
	.map((file) => ({ file, text: readFileSync(file, 'utf8') }));

test(`every route under src/pages has at most ${maxRouteLines} lines`, () => {
	expect(routes.length).toBeGreaterThan(10);
	const lineCount = (text: string) => text.replace(/\n$/, '').split('\n').length;
	expect(routes.filter(({ text }) => lineCount(text) > maxRouteLines).map(({ file, text }) => `${file}: ${lineCount(text)} lines`)).toEqual([]);
});

test('no route spells out the locale paths: each per-locale route takes them, typed, from localePaths()', () => {
	expect(routes.filter(({ text }) => /locales\.map\(/.test(text)).map(({ file }) => file)).toEqual([]);
});

test('no route casts its params or props: their types come from getStaticPaths', () => {
	const cast = /\bas (?!const\b)[A-Z{\w]|params(\.\w+)?!/;
	expect(routes.filter(({ text }) => cast.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))).map(({ file }) => file)).toEqual([]);
});
