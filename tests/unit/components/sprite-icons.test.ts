import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { spriteIconIds, useSpriteIcons } from '../../../src/components/overrides/sprite-icons';
import { checkCaseFile } from '../../../src/lib/content/check-content';
import { renderCaseBody } from '../../../src/lib/content/render-case-body';
import { packageDir } from '../../../src/lib/sharing/csp';

const fixture = 'tests/fixtures/corpora/fallback/cases/en/only-english.mdx';

/** Starlight's icons (its package exports do not list the module, so it is loaded by path). */
async function loadStarlightIcons(): Promise<Record<string, string>> {
	const root = packageDir(process.cwd(), '@astrojs/starlight');
	return (await import(pathToFileURL(join(root, 'dist/components-internals/Icons.js')).href)).Icons;
}

/** What Starlight's `<Icon name class />` writes. */
const starlightIcon = (markup: string, className = 'icon label-icon astro-x') =>
	`<svg aria-hidden="true" class="${className}" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;">${markup}</svg>`;

describe('the icon sprite', () => {
	test("holds Starlight's own icons, path for path (regenerate icons.svg when Starlight changes one)", async () => {
		const icons = await loadStarlightIcons();
		expect(spriteIconIds).toEqual(['magnifier', 'laptop', 'sun', 'moon', 'translate', 'down-caret', 'right-caret', 'bars', 'close', 'anchor']);
		for (const id of spriteIconIds.filter((name) => name !== 'anchor'))
			expect(useSpriteIcons(starlightIcon(icons[id]!), '/s.svg'), id).toContain(`<use href="/s.svg#${id}"></use>`);
	});

	test("a case report's heading link icons come from the sprite (regenerate icons.svg when render-case-body.ts changes its icon)", () => {
		const checked = checkCaseFile('x.mdx', `${readFileSync(fixture, 'utf8').split(/^---$/m).slice(0, 2).join('---')}---\n\n## Tools\n\nText.`);
		const [part] = renderCaseBody(checked.tree!, { locale: 'en', metrics: checked.data!.metrics }).parts;
		const html = useSpriteIcons('html' in part! ? part.html : '', '/s.svg');
		expect(html).toContain(
			'<span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><use href="/s.svg#anchor"></use></svg></span>'
		);
		expect(html).not.toContain('<path');
	});

	test('an icon becomes a reference, its svg keeping every attribute; other svgs stay as they are', async () => {
		const icons = await loadStarlightIcons();
		const html = `<label>${starlightIcon(icons.translate!)}<select></select>${starlightIcon(icons['down-caret']!, 'icon caret')}</label><svg width="16" height="16" viewBox="0 0 24 24"><path d="M0 0h1"/></svg>`;
		expect(useSpriteIcons(html, '/_astro/icons.abc.svg')).toBe(
			'<label><svg aria-hidden="true" class="icon label-icon astro-x" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><use href="/_astro/icons.abc.svg#translate"></use></svg><select></select>' +
				'<svg aria-hidden="true" class="icon caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><use href="/_astro/icons.abc.svg#down-caret"></use></svg></label>' +
				'<svg width="16" height="16" viewBox="0 0 24 24"><path d="M0 0h1"/></svg>'
		);
	});
});
