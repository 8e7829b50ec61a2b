/**
 * The file a page of the site is written to, relative to the output folder, from the pathname it
 * was requested at (`build.format: 'directory'`, `trailingSlash: 'always'`): `/base/en/cases/x/` →
 * `en/cases/x/index.html`. Undefined for paths outside `base` and for files with an extension
 * (feeds, cards), which are never pages to index.
 */
export function outputFileOf(pathname: string, base: string): string | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = `${pathname.replace(/\/?$/, '/') === prefix ? prefix : pathname}`;
	if (!path.startsWith(prefix)) return undefined;
	const inside = decodeURI(path.slice(prefix.length));
	if (inside === '') return 'index.html';
	if (inside.endsWith('/')) return `${inside}index.html`;
	return /\.[a-z0-9]+$/i.test(inside.split('/').pop()!) ? undefined : `${inside}.html`;
}
