import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Every run fails if its tests leave temporary files behind (each project's run included).
		globalSetup: ['tests/support/temp-dir-check.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// One browser at a time on a 2-core machine.
					fileParallelism: false,
				},
			},
		],
	},
});
