import type { Locale } from '../lib/i18n/locales.ts';
import { joinSentences, toSentence, uiText, type UiTextKey } from '../lib/i18n/ui-text.ts';
import { getTagsIndex } from './tags.ts';

/** The view model of the tag index page (TagIndexView). */
export type TagIndexPage = Awaited<ReturnType<typeof getTagIndexPage>>;

/** The tag index page: every facet as a section (its heading and id), with its tags and their number of cases. */
export async function getTagIndexPage(locale: Locale) {
	const say = (key: UiTextKey) => uiText(locale, key);
	const sections = (await getTagsIndex(locale)).map(({ facet, tags }) => ({ id: `facet-${facet}`, title: say(`facet.${facet}`), tags }));
	return {
		frontmatter: { title: say('tags.title'), description: say('tags.description') },
		headings: sections.map((section) => ({ depth: 2, slug: section.id, text: section.title })),
		intro: joinSentences([toSentence(say('tags.description'), locale), toSentence(say('tags.sortNote'), locale)], locale),
		sections,
	};
}
