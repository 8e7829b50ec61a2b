import { buildRootPage, type RootPage } from '../lib/i18n/root-page.ts';

/** The root page (`/`) of this build: its words in every language and where each language lives. */
export function getRootPage(site: URL | undefined): RootPage {
	return buildRootPage(import.meta.env.BASE_URL, site);
}
