/**
 * `<cs-site-search>`: the header button and search dialog. Pagefind loads on first open. See
 * SiteSearch.astro for what it adds over Pagefind's own UI; the query logic is in src/lib/search.
 */
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

/** Results checked per round; Chinese queries check each result's text before showing it. */
const batch = 10;

class SiteSearchElement extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#results: PagefindResult[] = [];
	#checked = 0;
	#hits: SearchHit[] = [];
	#query = '';
	#request = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	get #dialog() {
		return this.querySelector('dialog')!;
	}
	get #input() {
		return this.querySelector<HTMLInputElement>('[data-input]')!;
	}
	get #strings(): Record<string, string> {
		return JSON.parse(this.dataset.strings ?? '{}');
	}

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('[data-open]')!;
		openButton.addEventListener('click', () => this.open());
		// Disabled in the HTML: without JavaScript there is no search, so no button that does nothing.
		openButton.disabled = false;
		this.querySelector('[data-close]')!.addEventListener('click', () => this.#dialog.close());
		this.#dialog.addEventListener('click', (event) => {
			if (event.target === this.#dialog) this.#dialog.close();
		});
		this.#dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				if (this.#dialog.open) this.#dialog.close();
				else this.open();
			}
		});
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#run(), 150);
		});
		// Escape in the field closes the dialog at once, as in any dialog: left to the search field, a
		// first Escape only cleared the query and its results, and closing took a second press. Not
		// while an input method composes (Escape then cancels the composition).
		this.#input.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || event.isComposing) return;
			event.preventDefault();
			this.#dialog.close();
		});
		this.querySelector('[data-filter-groups]')!.addEventListener('change', () => void this.#run());
		this.querySelector('[data-more]')!.addEventListener('click', () => void this.#showMore());
		if (/(Mac|iPhone|iPad)/i.test(navigator.platform)) {
			const key = this.querySelector('[data-open] kbd kbd');
			if (key) key.textContent = '⌘';
			this.querySelector('[data-open]')!.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
	}

	open() {
		this.#dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		this.#input.focus();
		void this.#loadPagefind().then(() => this.#renderFilters()).catch(() => this.#setStatus(this.#strings.unavailable ?? ''));
	}

	#loadPagefind(): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
			await pagefind.options({ ranking: pagefindRanking });
			await pagefind.init();
			return pagefind;
		});
		return this.#pagefind;
	}

	async #renderFilters() {
		const container = this.querySelector('[data-filter-groups]')!;
		if (container.childElementCount > 0) return;
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
		this.querySelector<HTMLElement>('[data-filters]')!.hidden = container.childElementCount === 0;
	}

	#selectedFilters(): Record<string, { any: string[] }> {
		const filters: Record<string, { any: string[] }> = {};
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-filter-groups] fieldset')) {
			const values = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
			if (values.length > 0) filters[fieldset.dataset.filter!] = { any: values };
		}
		return filters;
	}

	#setStatus(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
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
		const terms = [...new Set([...phrases, ...getQueryTerms(this.#query, this.dataset.lang ?? 'en')])];
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
		const list = this.querySelector('[data-results]')!;
		if (!query.trim() && Object.keys(filters).length === 0) {
			list.replaceChildren();
			this.#setStatus('');
			this.querySelector<HTMLElement>('[data-more]')!.hidden = true;
			return;
		}
		this.#setStatus((this.#strings.searching ?? '').replace('[SEARCH_TERM]', query.trim()));
		try {
			const hits = await this.search(query, { filters });
			if (request !== this.#request) return;
			list.replaceChildren(...hits.map((hit) => this.#renderHit(hit)));
			this.#afterRender();
		} catch {
			this.#setStatus(this.#strings.unavailable ?? '');
		}
	}

	async #showMore() {
		const request = this.#request;
		const shown = this.#hits.length;
		await this.#check(batch);
		if (request !== this.#request) return;
		this.querySelector('[data-results]')!.append(...this.#hits.slice(shown).map((hit) => this.#renderHit(hit)));
		this.#afterRender();
	}

	#afterRender() {
		const more = this.#checked < this.#results.length;
		this.#setStatus(this.#message(this.#hits.length) + (more ? ' …' : ''));
		this.querySelector<HTMLElement>('[data-more]')!.hidden = !more;
	}

	#renderHit(hit: SearchHit): DocumentFragment {
		const item = this.querySelector<HTMLTemplateElement>('[data-result-template]')!.content.cloneNode(true) as DocumentFragment;
		const field = (name: string) => item.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
		const link = field('title') as HTMLAnchorElement;
		link.href = hit.url;
		link.textContent = hit.title;
		if (hit.lang) link.lang = hit.lang;
		if (hit.company) {
			field('facts').hidden = false;
			field('company').textContent = hit.company;
			field('industry').textContent = hit.industry ?? '';
			field('figure').textContent = hit.figure ?? '';
		}
		const excerpt = field('excerpt');
		for (const part of hit.excerpt) excerpt.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
		return item;
	}
}

customElements.define('cs-site-search', SiteSearchElement);
