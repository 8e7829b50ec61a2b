import { resolve } from 'node:path';
import { getFileDates } from '../lib/content/file-dates.ts';
import {
	countTranslationWork,
	getVersionStatus,
	selectTranslationTodo,
	translationStatusLabels,
	type TranslationStatus,
} from '../lib/content/translation-todo.ts';
import { getCasesDir, getContentRoot } from '../lib/content/content-root.ts';
import { defaultLocale, localeLabels, localeToLang, locales, type Locale } from '../lib/i18n/locales.ts';
import { uiText, type UiTextKey } from '../lib/i18n/ui-text.ts';
import { urls } from '../lib/urls.ts';
import { getCorpus } from './corpus.ts';

export interface TranslationRow {
	slug: string;
	company: string;
	/** Per locale: the file exists, its date, whether it is older than the source, and whether it is a draft (in `astro dev` only). */
	versions: { locale: Locale; exists: boolean; href: string; date?: string; outdated: boolean; draft: boolean; isSource: boolean; status: TranslationStatus }[];
}

/**
 * Every case with the languages it exists in and whether a translation is older than its source
 * (the default locale's file when there is one): the contributors' to-do list. In `astro dev` it
 * also has the drafts, as versions in review; a production build has none (the loader left them
 * out), so a draft version is a missing one there.
 */
async function getTranslationStatus(): Promise<TranslationRow[]> {
	const { entries, index } = await getCorpus();
	const base = import.meta.env.BASE_URL;
	const casesDir = getCasesDir(getContentRoot());
	const paths = [...entries.values()].map((entry) => resolve(entry.filePath!));
	const dates = getFileDates(casesDir, paths);
	return index.cases.map((item) => {
		const present = locales.filter((candidate) => entries.has(`${candidate}/${item.slug}`));
		const source = present.includes(defaultLocale) ? defaultLocale : present[0]!;
		const entryOf = (candidate: Locale) => entries.get(`${candidate}/${item.slug}`);
		const dateOf = (candidate: Locale) => dates.get(resolve(entryOf(candidate)?.filePath ?? ''));
		const sourceDate = dateOf(source);
		return {
			slug: item.slug,
			company: item.data.company.name,
			versions: locales.map((candidate) => {
				const date = present.includes(candidate) ? dateOf(candidate) : undefined;
				const version = {
					exists: present.includes(candidate),
					date: date?.toISOString().slice(0, 10),
					isSource: candidate === source,
					outdated: candidate !== source && date !== undefined && sourceDate !== undefined && date < sourceDate,
					draft: entryOf(candidate)?.data.draft ?? false,
				};
				return {
					...version,
					locale: candidate,
					href: urls.case(base, candidate, item.slug),
					status: getVersionStatus(version),
				};
			}),
		};
	});
}

/**
 * The translation status page in `locale`: the summary counts and its sentence, one column per
 * language, and the to-do list (bounded, see selectTranslationTodo) with each status in words.
 */
export async function getTranslationsPage(locale: Locale) {
	const say = (key: UiTextKey, values?: Record<string, number>) => uiText(locale, key, values);
	const rows = await getTranslationStatus();
	const work = countTranslationWork(rows);
	const todo = selectTranslationTodo(rows);
	return {
		frontmatter: { title: say('translations.title'), description: say('translations.description'), tableOfContents: false },
		summary: { ...work, text: say('translations.summary', { count: rows.length, missing: work.missing, outdated: work.outdated }) },
		allDone: todo.total === 0,
		languages: locales.map((candidate) => ({ locale: candidate, lang: localeToLang(candidate), label: localeLabels[candidate] })),
		rows: todo.shown.map((row) => ({
			...row,
			versions: row.versions.map((version) => ({ ...version, statusText: say(translationStatusLabels[version.status]) })),
		})),
		notShown: todo.notShown > 0 ? { count: todo.notShown, text: say('translations.notShown', { count: todo.notShown, limit: todo.shown.length }) } : undefined,
	};
}

export type TranslationsPage = Awaited<ReturnType<typeof getTranslationsPage>>;
