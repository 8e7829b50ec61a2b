/**
 * Builds the fixture corpora that browser and build-output tests read, each into
 * `dist-fixtures/<name>/`, through CONTENT_DIR: `npm run build:fixtures [-- name…]`.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const fixtureSites = ['synthetic', 'search', 'hostile-fields'];

const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
	console.log(`Usage: npm run build:fixtures [-- ${fixtureSites.join(' ')}]`);
	process.exit(0);
}
for (const name of positionals.length > 0 ? positionals : fixtureSites) {
	console.log(`Building tests/fixtures/corpora/${name} → dist-fixtures/${name}/`);
	const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', `dist-fixtures/${name}`], {
		env: { ...process.env, CONTENT_DIR: `tests/fixtures/corpora/${name}` },
		stdio: 'inherit',
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}
