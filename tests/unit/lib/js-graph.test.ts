import { describe, expect, test } from 'vitest';
import { getStaticClosure, listImports } from '../../../tools/budgets/js-graph';

const modules: Record<string, string> = {
	'/_astro/page.js': 'import{a}from"./shared.js";import"./side.js";const c=()=>import("./chart.js");',
	'/_astro/shared.js': 'export const a=1;',
	'/_astro/side.js': 'import{a}from"./shared.js";',
	'/_astro/chart.js': 'import{a}from"./shared.js";import{b}from"./vendor.js";',
	'/_astro/vendor.js': 'export const b=2;',
};

describe('the JS module graph of a built page', () => {
	test('static and dynamic imports are told apart', () => {
		expect(listImports(modules['/_astro/page.js']!, '/_astro/page.js')).toEqual({
			static: ['/_astro/shared.js', '/_astro/side.js'],
			dynamic: ['/_astro/chart.js'],
		});
	});

	test('what loads at once follows static imports only', () => {
		expect(getStaticClosure(['/_astro/page.js'], (path) => modules[path]!).sort()).toEqual(['/_astro/page.js', '/_astro/shared.js', '/_astro/side.js']);
		expect(getStaticClosure(['/_astro/chart.js'], (path) => modules[path]!).sort()).toEqual(['/_astro/chart.js', '/_astro/shared.js', '/_astro/vendor.js']);
	});
});
