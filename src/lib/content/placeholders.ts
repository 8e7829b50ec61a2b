import { frontmatterPattern } from './frontmatter.ts';

/**
 * The marker `npm run new-case` and `npm run translate` leave wherever a contributor must write;
 * `npm run check` and the build refuse a case that still has one, so the check lives with the site.
 */
export const placeholderMarker = 'TODO';

/** Lines of a case file that still hold the scaffold's marker. */
export function findPlaceholders(source: string): number[] {
	const marker = new RegExp(`\\b${placeholderMarker}\\b|${placeholderMarker.toLowerCase()}-industry|example\\.com/${placeholderMarker.toLowerCase()}`);
	// The frontmatter's `# …` comments explain the fields and may name the marker; in the body, a
	// `## …` line is a heading, text to fill like any other (npm run translate marks headings too).
	const frontmatterLines =
		frontmatterPattern
			.exec(source)?.[0]
			.replace(/\r?\n$/, '')
			.split('\n').length ?? 0;
	return source.split('\n').flatMap((line, index) => (marker.test(line) && !(index < frontmatterLines && line.trimStart().startsWith('#')) ? [index + 1] : []));
}
