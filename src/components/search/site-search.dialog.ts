/**
 * The search behind `<cs-site-search>` (site-search.client.ts), loaded on its first open or first
 * search: builds the dialog, loads Pagefind, runs queries with the precision check and typo
 * correction, and renders the results. See SiteSearch.astro for what it adds over Pagefind's own
 * UI; the query logic is in src/lib/search. Its words are the few UI strings it needs in the
 * page's language (src/lib/search/search-strings.ts), which site-search.client.ts fetches beside
 * this module, so no page carries them.
 *
 * Keys follow the WAI-ARIA combobox pattern: focus stays in the field while ↓/↑ move the active
 * result (`aria-activedescendant`), Enter opens it, Escape closes the dialog and focus goes back to
 * where it was. Each result is a link with the option role, so a click, a middle click or
 * "open in new tab" work as on any link.
 */
import { correctQuery, listCorrectableWords } from '../../lib/search/correct-query.ts';
import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { getLatinStems, getPhraseTerms, getQueryTerms, matchesLatinStems, matchesQuery, stemLatinWord } from '../../lib/search/query.ts';
import { pagefindRanking } from '../../lib/search/ranking.ts';
import { formatCount, loadPagefind, readCaseMeta, type CaseMeta, type Pagefind, type PagefindData, type PagefindResult } from './pagefind.ts';
import type { SearchStrings } from '../../lib/search/search-strings.ts';
import type { SearchVocabulary } from '../../lib/search/vocabulary.ts';

/** One result as the dialog shows it. */
export interface SearchHit {
	url: string;
	title: string;
	excerpt: ExcerptPart[];
	company?: string;
	industry?: string;
	figure?: string;
	lang?: string;
	/** What the hit was matched against (page text and tag names): for the precision check in tests. */
	text: string;
}

export interface SearchOptions {
	filters?: Record<string, { any: string[] }>;
	limit?: number;
	/** Search a corrected query when this one finds nothing or Pagefind had to drop a word of it (default true). */
	correct?: boolean;
}

/** What a search found, and for which query: `typed` is set when the query was corrected. */
export interface SearchOutcome {
	hits: SearchHit[];
	query: string;
	typed?: string;
}

/** One query's results, checked as far as they were shown ("load more" goes on from here). */
interface QueryState {
	query: string;
	results: PagefindResult[];
	checked: number;
	hits: SearchHit[];
}

/** Results checked per round; Chinese queries check each result's text before showing it. */
const batch = 10;
const listId = 'cs-search-results';

/** An element with attributes (`true` for an empty one, `false` for none), text and children. */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | boolean> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== false) element.setAttribute(name, value === true ? '' : value);
	element.append(...children);
	return element;
}

/** What a result is matched against: its title, text and search terms (tag names, aliases). */
const textOf = (data: PagefindData, meta: CaseMeta = readCaseMeta(data)) => `${meta.title ?? ''} ${data.content} ${meta.terms ?? ''}`;

/** A UI string with its placeholder filled by an element (the term in bold). */
function fill(template: string, placeholder: string, value: Node): (Node | string)[] {
	const [before = '', after = ''] = template.split(placeholder);
	return [before, value, after];
}

/**
 * The search of one `<cs-site-search>` (`host`): its dialog, appended to the host on first open,
 * and the state of the current query.
 */
export class SiteSearch {
	readonly host: HTMLElement;
	#pagefind: Promise<Pagefind> | undefined;
	#vocabulary: Promise<SearchVocabulary | undefined> | undefined;
	/** The filter lists, rendered once when the reader first opens them. */
	#filtersShown = false;
	#state: QueryState = { query: '', results: [], checked: 0, hits: [] };
	#request = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** The index of the active result (↑/↓), -1 for none. */
	#active = -1;
	/** Where focus goes back when the dialog closes. */
	#returnFocus: Element | null = null;

	#dialogElement: HTMLDialogElement | undefined;
	readonly #strings: SearchStrings;
	readonly #lang: string;

	constructor(host: HTMLElement, strings: SearchStrings) {
		this.host = host;
		this.#lang = host.dataset.lang ?? 'en';
		this.#strings = strings;
	}

	get #dialog() {
		return (this.#dialogElement ??= this.#buildDialog());
	}
	get #input() {
		return this.#dialog.querySelector<HTMLInputElement>('[data-input]')!;
	}
	get #list() {
		return this.#dialog.querySelector<HTMLOListElement>('[data-results]')!;
	}
	get #openButton() {
		return this.host.querySelector<HTMLButtonElement>('[data-open]')!;
	}

	get isOpen(): boolean {
		return this.#dialogElement?.open ?? false;
	}

	close() {
		this.#dialogElement?.close();
	}

	/**
	 * The dialog, built once on first open: the search field (a combobox, with the button's
	 * magnifier), cancel, the filters Pagefind reports, the status line with any correction, the
	 * results (a listbox) and "load more".
	 */
	#buildDialog(): HTMLDialogElement {
		const strings = this.#strings;
		const icon = this.#openButton.querySelector('svg')?.cloneNode(true) as SVGElement | undefined;
		icon?.classList.add('cs-search__icon');
		// The one word of Starlight's own (search.cancelLabel), from the page.
		const cancel = this.host.dataset.cancel ?? '';
		const input = h('input', {
			type: 'search',
			role: 'combobox',
			'aria-expanded': 'false',
			'aria-controls': listId,
			'aria-autocomplete': 'list',
			'data-input': true,
			'aria-label': strings.input,
			placeholder: strings.placeholder,
			autocomplete: 'off',
			spellcheck: 'false',
			enterkeyhint: 'search',
		});
		const close = h('button', { type: 'button', class: 'cs-search__close', 'data-close': true }, cancel);
		const groups = h('div', { class: 'cs-search__groups', 'data-filter-groups': true });
		const instead = h('button', { type: 'button', class: 'cs-search__instead', 'data-search-instead': true });
		const more = h('button', { type: 'button', class: 'cs-button cs-search__more', 'data-more': true, hidden: true }, strings.more);
		const dialog = h(
			'dialog',
			{ class: 'cs-search', 'aria-label': this.#openButton.querySelector('span')?.textContent ?? '' },
			h(
				'div',
				{ class: 'cs-search__frame' },
				h('div', { class: 'cs-search__bar', role: 'search' }, ...(icon ? [icon] : []), input, close),
				h('details', { class: 'cs-search__filters', 'data-filters': true, hidden: true }, h('summary', {}, strings.filters), groups),
				// One live region: a correction is announced with the count it led to.
				h(
					'div',
					{ class: 'cs-search__status', role: 'status' },
					h(
						'p',
						{ class: 'cs-search__correction', 'data-correction': true, hidden: true },
						h('span', { 'data-showing-for': true }),
						h('span', { 'aria-hidden': 'true' }, ' · '),
						instead
					),
					h('p', { 'data-status': true })
				),
				h('ol', { class: 'cs-search__results', id: listId, role: 'listbox', 'aria-label': strings.results, 'data-results': true, hidden: true }),
				more
			)
		);
		close.addEventListener('click', () => dialog.close());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			this.#restoreFocus();
		});
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#run(), 150);
		});
		// Not while an input method composes: its Enter, arrows and Escape belong to the composition.
		input.addEventListener('keydown', (event) => {
			if (event.isComposing) return;
			if (event.key === 'Escape') {
				// Closes at once, as in any dialog: left to the search field, a first Escape only cleared the query.
				event.preventDefault();
				dialog.close();
			} else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
				event.preventDefault();
				this.#setActive(event.key === 'ArrowDown' ? Math.min(this.#active + 1, this.#options().length - 1) : Math.max(this.#active - 1, -1));
			} else if (event.key === 'Enter' && this.#active >= 0) {
				event.preventDefault();
				// A click on the link itself, with the keys held (Ctrl/⌘+Enter opens it in a new tab).
				this.#options()[this.#active]?.dispatchEvent(
					new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey })
				);
			}
		});
		instead.addEventListener('click', () => {
			// The button goes away with the correction: focus stays in the field.
			input.focus();
			void this.#run({ correct: false });
		});
		groups.addEventListener('change', () => void this.#run());
		// Pagefind's filter lists load when the reader opens them, not with every first search.
		const filters = dialog.querySelector<HTMLDetailsElement>('[data-filters]')!;
		filters.addEventListener('toggle', () => {
			if (!filters.open || this.#filtersShown) return;
			this.#filtersShown = true;
			this.#renderFilters().catch(() => this.#setStatus(this.#strings.unavailable));
		});
		more.addEventListener('click', () => void this.#showMore());
		this.host.append(dialog);
		return dialog;
	}

	/** Opens the dialog; `opener` (what had focus) gets focus back when it closes, else the search button. */
	open(opener: Element | null = document.activeElement) {
		const dialog = this.#dialog;
		this.#returnFocus = opener && opener !== document.body && !dialog.contains(opener) ? opener : this.#openButton;
		dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		// Reopened, the last results are still there, none of them active: ↓ starts from the top again.
		this.#setActive(-1);
		this.#input.focus();
		void this.#loadPagefind()
			.then(() => (this.host.querySelector<HTMLElement>('[data-filters]')!.hidden = false))
			.catch(() => this.#setStatus(this.#strings.unavailable));
	}

	#restoreFocus() {
		const target =
			this.#returnFocus instanceof HTMLElement && this.#returnFocus.isConnected && (this.#returnFocus.checkVisibility?.() ?? true)
				? this.#returnFocus
				: this.#openButton;
		target.focus();
	}

	#loadPagefind(): Promise<Pagefind> {
		this.#pagefind ??= loadPagefind(this.host.dataset.base!, { ranking: pagefindRanking });
		return this.#pagefind;
	}

	/** The words queries are corrected to, fetched the first time a query needs them; none when unavailable. */
	#loadVocabulary(): Promise<SearchVocabulary | undefined> {
		const url = this.host.dataset.vocabulary;
		this.#vocabulary ??= url
			? fetch(url)
					.then((response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : undefined))
					.catch(() => undefined)
			: Promise.resolve(undefined);
		return this.#vocabulary;
	}

	async #renderFilters() {
		const container = this.host.querySelector('[data-filter-groups]')!;
		const filters = await (await this.#loadPagefind()).filters();
		for (const [name, values] of Object.entries(filters)) {
			const fieldset = document.createElement('fieldset');
			fieldset.dataset.filter = name;
			const legend = document.createElement('legend');
			legend.textContent = name;
			fieldset.append(legend);
			for (const [value, count] of Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
				const label = document.createElement('label');
				const box = document.createElement('input');
				box.type = 'checkbox';
				box.value = value;
				label.append(box, ` ${value} (${formatCount(count, this.#lang)})`);
				fieldset.append(label);
			}
			container.append(fieldset);
		}
		// A site without filters (no case yet) has nothing to open.
		this.host.querySelector<HTMLElement>('[data-filters]')!.hidden = container.childElementCount === 0;
	}

	#selectedFilters(): Record<string, { any: string[] }> {
		const filters: Record<string, { any: string[] }> = {};
		for (const fieldset of this.host.querySelectorAll<HTMLFieldSetElement>('[data-filter-groups] fieldset')) {
			const values = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
			if (values.length > 0) filters[fieldset.dataset.filter!] = { any: values };
		}
		return filters;
	}

	#setStatus(text: string) {
		this.host.querySelector('[data-status]')!.textContent = text;
	}

	#message(count: number) {
		const template = count === 0 ? this.#strings.none : count === 1 ? this.#strings.one : this.#strings.many;
		return (template ?? '').replace('[SEARCH_TERM]', this.#state.query).replace('[COUNT]', formatCount(count, this.#lang));
	}

	/**
	 * Searches and returns the hits that pass the precision check, best first, up to `limit`, and
	 * the query they are for. The dialog uses it, and so do the search-quality tests.
	 */
	async find(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
		const { outcome, state } = await this.#find(query, options);
		this.#state = state;
		return outcome;
	}

	async #find(query: string, options: SearchOptions): Promise<{ outcome: SearchOutcome; state: QueryState }> {
		const typed = query.trim();
		const filters = options.filters ?? {};
		const limit = options.limit ?? batch;
		const pagefind = await this.#loadPagefind();
		const original = await this.#start(pagefind, typed, filters, limit);
		const asTyped = { outcome: { hits: original.hits.slice(0, limit), query: typed }, state: original };
		if (options.correct === false || !typed) return asTyped;
		const correction = await this.#correct(pagefind, typed, original.hits.length);
		if (!correction) return asTyped;
		const corrected = await this.#start(pagefind, correction, filters, limit);
		if (corrected.hits.length === 0) return asTyped;
		return { outcome: { hits: corrected.hits.slice(0, limit), query: correction, typed }, state: corrected };
	}

	/**
	 * The corrected query, when there is something to correct: Latin words the index does not have
	 * (Pagefind drops them silently and searches the rest, so "singel sign on" finds any "sign on"),
	 * and, when nothing was found, Chinese runs (split into the site's terms, or one wrong character
	 * put right). Words the index has are never changed: the reader may mean them.
	 */
	async #correct(pagefind: Pagefind, typed: string, found: number): Promise<string | undefined> {
		const words = listCorrectableWords(typed);
		// A query of one word has just been searched: no need to ask again.
		const single = words.length === 1 && typed.normalize('NFKC').toLowerCase() === words[0];
		const absent = new Set<string>(single && found === 0 ? words : []);
		if (!single) for (const word of words) if (!(await this.#indexHas(pagefind, word))) absent.add(word);
		const han = found === 0 && /\p{Script=Han}/u.test(typed);
		if (absent.size === 0 && !han) return undefined;
		const vocabulary = await this.#loadVocabulary();
		return vocabulary && correctQuery(typed, vocabulary, { absent, han });
	}

	/** Whether some page has the word (give or take an ending): Pagefind answers any word with something that starts alike. */
	async #indexHas(pagefind: Pagefind, word: string): Promise<boolean> {
		const stems = [stemLatinWord(word)];
		for (const result of ((await pagefind.search(word))?.results ?? []).slice(0, 3)) if (matchesLatinStems(stems, textOf(await result.data()))) return true;
		return false;
	}

	async #start(pagefind: Pagefind, query: string, filters: Record<string, { any: string[] }>, limit: number): Promise<QueryState> {
		const found = query || Object.keys(filters).length > 0 ? await pagefind.search(query || null, { filters }) : null;
		const state: QueryState = { query, results: found?.results ?? [], checked: 0, hits: [] };
		await this.#check(state, limit);
		return state;
	}

	/** Loads and checks results until `wanted` more hits pass, or none are left. */
	async #check(state: QueryState, wanted: number) {
		const phrases = getPhraseTerms(state.query);
		const stems = getLatinStems(state.query);
		const terms = [...new Set([...phrases, ...getQueryTerms(state.query, this.#lang)])];
		const target = state.hits.length + wanted;
		while (state.hits.length < target && state.checked < state.results.length) {
			const slice = state.results.slice(state.checked, state.checked + batch);
			state.checked += slice.length;
			for (const data of await Promise.all(slice.map((result) => result.data()))) {
				const meta = readCaseMeta(data);
				const text = textOf(data, meta);
				if (!matchesQuery(phrases, text) || !matchesLatinStems(stems, text)) continue;
				state.hits.push({
					url: data.url,
					title: meta.title ?? data.url,
					excerpt: buildExcerpt(data.content, state.query, terms, { hidden: meta.terms, title: meta.title }),
					company: meta.company,
					industry: meta.industry,
					figure: meta.figure ? `${meta.figure} ${meta.figureLabel ?? ''}`.trim() : undefined,
					lang: meta.lang,
					text,
				});
			}
		}
	}

	async #run(options: { correct?: boolean } = {}) {
		const request = ++this.#request;
		const query = this.#input.value;
		const filters = this.#selectedFilters();
		if (!query.trim() && Object.keys(filters).length === 0) {
			this.#showHits([]);
			this.#showCorrection(undefined);
			this.#setStatus('');
			this.host.querySelector<HTMLElement>('[data-more]')!.hidden = true;
			return;
		}
		this.#setStatus(this.#strings.searching.replace('[SEARCH_TERM]', query.trim()));
		try {
			const { outcome, state } = await this.#find(query, { filters, correct: options.correct });
			if (request !== this.#request) return;
			this.#state = state;
			this.#showHits(outcome.hits);
			this.#showCorrection(outcome);
			this.#afterRender();
		} catch {
			this.#setStatus(this.#strings.unavailable);
		}
	}

	async #showMore() {
		const request = this.#request;
		const state = this.#state;
		const shown = state.hits.length;
		await this.#check(state, batch);
		if (request !== this.#request) return;
		this.#list.append(...state.hits.slice(shown).map((hit, index) => this.#renderHit(hit, shown + index)));
		this.#afterRender();
	}

	/** The hits as the listbox's options, none active; the listbox shows only with options in it. */
	#showHits(hits: SearchHit[]) {
		this.#list.replaceChildren(...hits.map((hit, index) => this.#renderHit(hit, index)));
		this.#list.hidden = hits.length === 0;
		this.#input.setAttribute('aria-expanded', String(hits.length > 0));
		this.#setActive(-1);
	}

	/** "Showing results for approvals · Search instead for aprovals" when the query was corrected. */
	#showCorrection(outcome: SearchOutcome | undefined) {
		const line = this.host.querySelector<HTMLElement>('[data-correction]')!;
		line.hidden = !outcome?.typed;
		if (!outcome?.typed) return;
		line.querySelector('[data-showing-for]')!.replaceChildren(...fill(this.#strings.showingFor, '[CORRECTED_TERM]', h('strong', {}, outcome.query)));
		line.querySelector('[data-search-instead]')!.textContent = this.#strings.searchInstead.replace('[SEARCH_TERM]', outcome.typed);
	}

	#afterRender() {
		const state = this.#state;
		const more = state.checked < state.results.length;
		this.#setStatus(this.#message(state.hits.length) + (more ? ' …' : ''));
		this.host.querySelector<HTMLElement>('[data-more]')!.hidden = !more;
	}

	#options(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	}

	/** Makes result `index` the active one (-1: none, focus reads the field again) and keeps it in view. */
	#setActive(index: number) {
		const options = this.#options();
		this.#active = index;
		options.forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
		const active = options[index];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else this.#input.removeAttribute('aria-activedescendant');
	}

	/**
	 * One result, an option of the listbox: a link (with the option role) named by all it shows, as
	 * it reads: title, company, industry, headline figure, excerpt (a name of the title alone would
	 * hide the rest from a screen reader's user, WCAG 2.5.3). Out of the Tab order, as the pattern
	 * wants: ↑/↓ reach it from the field. Text only.
	 */
	#renderHit(hit: SearchHit, index: number): HTMLLIElement {
		const title = h('span', { class: 'cs-result__title', lang: hit.lang ?? false }, hit.title);
		// Spaces between the parts: the accessible name is their text run together.
		const facts = hit.company
			? [
					' ',
					h(
						'span',
						{ class: 'cs-result__facts' },
						h('span', { class: 'cs-result__company' }, hit.company),
						' ',
						h('span', {}, hit.industry ?? ''),
						' ',
						h('span', { class: 'cs-result__figure' }, hit.figure ?? '')
					),
				]
			: [];
		const excerpt = h('span', { class: 'cs-result__excerpt' }, ...hit.excerpt.map((part) => (part.mark ? h('mark', {}, part.text) : part.text)));
		const option = h(
			'a',
			{ class: 'cs-result', role: 'option', id: `cs-search-option-${index}`, href: hit.url, tabindex: '-1', 'aria-selected': 'false' },
			title,
			...facts,
			' ',
			excerpt
		);
		return h('li', { role: 'none' }, option);
	}
}
