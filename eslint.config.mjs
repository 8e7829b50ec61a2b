// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// The same paths as .prettierignore: output, caches, generated files, byte-exact fixtures, contributors' content.
	globalIgnores(['dist*/', '.astro/', '.bench/', 'test-results/', 'screenshots/', 'schemas/*.json', 'tests/fixtures/', 'content/']),
	js.configs.recommended,
	// Not the type-checked set: lint stays fast, and `astro check` already runs the type checker.
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		rules: {
			// TypeScript (`astro check`) resolves every name, including the DOM's, Node's and Astro's globals.
			'no-undef': 'off',
			// The house way to drop keys is destructuring them (renamed `_label`) beside a rest object.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// The content checks refuse control characters in URLs and MDX on purpose (mdx-safety.ts, safe-mdx.ts).
			'no-control-regex': 'off',
		},
	}
);
