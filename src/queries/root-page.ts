import { getSiteLocation } from './corpus.ts';
import { buildRootPage, type RootPage } from '../lib/i18n/root-page.ts';

/** The root page (`/`) of this build: its words in every language and where each language lives. */
export function getRootPage(): RootPage {
	const { site, base } = getSiteLocation();
	return buildRootPage(base, site);
}
