/**
 * The search behind `<cs-site-search>` (site-search.client.ts), loaded on its first open or first
 * search: builds the dialog, loads Pagefind, runs queries with the precision check and renders the
 * results. See SiteSearch.astro for what it adds over Pagefind's own UI; the query logic is in
 * src/lib/search. Its words come from the UI strings of the page's language (src/content/i18n),
 * which site-search.client.ts loads beside this module, so no page carries them.
 */
import type en from '../../content/i18n/en.json';
import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { getPhraseTerms, getQueryTerms, matchesQuery } from '../../lib/search/query.ts';
import { pagefindRanking } from '../../lib/search/ranking.ts';

interface PagefindData {
	url: string;
	content: string;
	meta: Record<string, string>;
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface Pagefind {
	options: (options: object) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}

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

/** The site's UI strings in one language (src/content/i18n/<lang>.json). */
export type UiStrings = typeof en;

/** The dialog's words. */
function pickStrings(ui: UiStrings) {
	return {
		input: ui['pagefind.search_label'],
		placeholder: ui['searchbox.placeholder'],
		filters: ui['pagefind.filters_label'],
		more: ui['pagefind.load_more'],
		searching: ui['pagefind.searching'],
		none: ui['pagefind.zero_results'],
		one: ui['pagefind.one_result'],
		many: ui['pagefind.many_results'],
		unavailable: ui['searchbox.unavailable'],
	};
}

/** Results checked per round; Chinese queries check each result's text before showing it. */
const batch = 10;

/** An element with attributes (`true` for an empty one, `false` for none), text and children. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== false) element.setAttribute(name, value === true ? '' : value);
	element.append(...children);
	return element;
}

/**
 * The search of one `<cs-site-search>` (`host`): its dialog, appended to the host on first open,
 * and the state of the current query.
 */
export class SiteSearch {
	readonly host: HTMLElement;
	#pagefind: Promise<Pagefind> | undefined;
	/** The filter lists, rendered once when the reader first opens them. */
	#filtersShown: Promise<void> | undefined;
	#results: PagefindResult[] = [];
	#checked = 0;
	#hits: SearchHit[] = [];
	#query = '';
	#request = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	#dialogElement: HTMLDialogElement | undefined;
	readonly #strings: ReturnType<typeof pickStrings>;
	readonly #lang: string;

	constructor(host: HTMLElement, ui: UiStrings) {
		this.host = host;
		this.#lang = host.dataset.lang ?? 'en';
		this.#strings = pickStrings(ui);
	}

	get #dialog() {
		return (this.#dialogElement ??= this.#buildDialog());
	}
	get #input() {
		return this.#dialog.querySelector<HTMLInputElement>('[data-input]')!;
	}

	get isOpen(): boolean {
		return this.#dialogElement?.open ?? false;
	}

	close() {
		this.#dialogElement?.close();
	}

	/**
	 * The dialog, built once on first open: the search field (with the button's magnifier), cancel,
	 * the filters Pagefind reports, the status line, the results and "load more".
	 */
	#buildDialog(): HTMLDialogElement {
		const strings = this.#strings;
		const openButton = this.host.querySelector('[data-open]')!;
		const icon = openButton.querySelector('svg')?.cloneNode(true) as SVGElement | undefined;
		icon?.classList.add('cs-search__icon');
		// The one word of Starlight's own (search.cancelLabel), from the page.
		const cancel = this.host.dataset.cancel ?? '';
		const input = h('input', { type: 'search', 'data-input': true, 'aria-label': strings.input, placeholder: strings.placeholder, autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search' });
		const close = h('button', { type: 'button', class: 'cs-search__close', 'data-close': true }, cancel);
		const groups = h('div', { class: 'cs-search__groups', 'data-filter-groups': true });
		const more = h('button', { type: 'button', class: 'cs-button cs-search__more', 'data-more': true, hidden: true }, strings.more);
		const dialog = h(
			'dialog',
			{ class: 'cs-search', 'aria-label': openButton.querySelector('span')?.textContent ?? '' },
			h(
				'div',
				{ class: 'cs-search__frame' },
				h('div', { class: 'cs-search__bar', role: 'search' }, ...(icon ? [icon] : []), input, close),
				h('details', { class: 'cs-search__filters', 'data-filters': true, hidden: true }, h('summary', {}, strings.filters), groups),
				h('p', { class: 'cs-search__status', role: 'status', 'aria-live': 'polite', 'data-status': true }),
				h('ol', { class: 'cs-search__results', 'data-results': true }),
				more
			)
		);
		close.addEventListener('click', () => dialog.close());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#run(), 150);
		});
		// Escape in the field closes the dialog at once, as in any dialog: left to the search field, a
		// first Escape only cleared the query and its results, and closing took a second press. Not
		// while an input method composes (Escape then cancels the composition).
		input.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || event.isComposing) return;
			event.preventDefault();
			dialog.close();
		});
		groups.addEventListener('change', () => void this.#run());
		// Pagefind's filter lists load when the reader opens them, not with every first search.
		const filters = dialog.querySelector<HTMLDetailsElement>('[data-filters]')!;
		filters.addEventListener('toggle', () => {
			if (filters.open) this.#filtersShown ??= this.#renderFilters().catch(() => this.#setStatus(this.#strings.unavailable));
		});
		more.addEventListener('click', () => void this.#showMore());
		this.host.append(dialog);
		return dialog;
	}

	open() {
		this.#dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		this.#input.focus();
		void this.#loadPagefind()
			.then(() => (this.host.querySelector<HTMLElement>('[data-filters]')!.hidden = false))
			.catch(() => this.#setStatus(this.#strings.unavailable));
	}

	#loadPagefind(): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ `${this.host.dataset.base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
			await pagefind.options({ ranking: pagefindRanking });
			await pagefind.init();
			return pagefind;
		});
		return this.#pagefind;
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
				label.append(box, ` ${value} (${count})`);
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
		return (template ?? '').replace('[SEARCH_TERM]', this.#query).replace('[COUNT]', String(count));
	}

	/**
	 * Searches and returns the hits that pass the precision check, best first, up to `limit`.
	 * The dialog uses it, and so do the search-quality tests.
	 */
	async search(query: string, options: { filters?: Record<string, { any: string[] }>; limit?: number } = {}): Promise<SearchHit[]> {
		this.#query = query.trim();
		const filters = options.filters ?? {};
		const pagefind = await this.#loadPagefind();
		const found = this.#query || Object.keys(filters).length > 0 ? await pagefind.search(this.#query || null, { filters }) : null;
		this.#results = found?.results ?? [];
		this.#checked = 0;
		this.#hits = [];
		const limit = options.limit ?? batch;
		await this.#check(limit);
		return this.#hits.slice(0, limit);
	}

	/** Loads and checks results until `wanted` more hits pass, or none are left. */
	async #check(wanted: number) {
		const phrases = getPhraseTerms(this.#query);
		const terms = [...new Set([...phrases, ...getQueryTerms(this.#query, this.#lang)])];
		const target = this.#hits.length + wanted;
		while (this.#hits.length < target && this.#checked < this.#results.length) {
			const slice = this.#results.slice(this.#checked, this.#checked + batch);
			this.#checked += slice.length;
			for (const data of await Promise.all(slice.map((result) => result.data()))) {
				const text = `${data.meta.title ?? ''} ${data.content} ${data.meta._terms ?? ''}`;
				if (phrases.length > 0 && !matchesQuery(phrases, text)) continue;
				this.#hits.push({
					url: data.url,
					title: data.meta.title ?? data.url,
					excerpt: buildExcerpt(data.content, this.#query, terms, data.meta._terms),
					company: data.meta._company,
					industry: data.meta._industry,
					figure: data.meta._figure ? `${data.meta._figure} ${data.meta._figureLabel ?? ''}`.trim() : undefined,
					lang: data.meta._lang,
					text,
				});
			}
		}
		return this.#hits.slice(0, target);
	}

	async #run() {
		const request = ++this.#request;
		const query = this.#input.value;
		const filters = this.#selectedFilters();
		const list = this.host.querySelector('[data-results]')!;
		if (!query.trim() && Object.keys(filters).length === 0) {
			list.replaceChildren();
			this.#setStatus('');
			this.host.querySelector<HTMLElement>('[data-more]')!.hidden = true;
			return;
		}
		this.#setStatus(this.#strings.searching.replace('[SEARCH_TERM]', query.trim()));
		try {
			const hits = await this.search(query, { filters });
			if (request !== this.#request) return;
			list.replaceChildren(...hits.map((hit) => this.#renderHit(hit)));
			this.#afterRender();
		} catch {
			this.#setStatus(this.#strings.unavailable);
		}
	}

	async #showMore() {
		const request = this.#request;
		const shown = this.#hits.length;
		await this.#check(batch);
		if (request !== this.#request) return;
		this.host.querySelector('[data-results]')!.append(...this.#hits.slice(shown).map((hit) => this.#renderHit(hit)));
		this.#afterRender();
	}

	#afterRender() {
		const more = this.#checked < this.#results.length;
		this.#setStatus(this.#message(this.#hits.length) + (more ? ' …' : ''));
		this.host.querySelector<HTMLElement>('[data-more]')!.hidden = !more;
	}

	/** One result: its title as a link, the company, industry and headline figure, an excerpt. Text only. */
	#renderHit(hit: SearchHit): HTMLLIElement {
		const link = h('a', { class: 'cs-result__title', href: hit.url, lang: hit.lang ?? false }, hit.title);
		const facts = hit.company ? [h('p', { class: 'cs-result__facts' }, h('span', { class: 'cs-result__company' }, hit.company), h('span', {}, hit.industry ?? ''), h('span', { class: 'cs-result__figure' }, hit.figure ?? ''))] : [];
		const excerpt = h('p', { class: 'cs-result__excerpt' }, ...hit.excerpt.map((part) => (part.mark ? h('mark', {}, part.text) : part.text)));
		return h('li', { class: 'cs-result' }, link, ...facts, excerpt);
	}
}
