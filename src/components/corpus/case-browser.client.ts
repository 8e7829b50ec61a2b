/**
 * `<cs-case-browser>`: filters the case list with Pagefind's filter-only search. Any choice within a
 * facet (Pagefind `any`), all facets together; sorted by report date, newest first; 24 cards at a
 * time. The filter state lives in the query string (tag ids), so a link reproduces the view.
 * On narrow screens a disclosure button folds the filters (CSS shows or hides them from its
 * `aria-expanded`) and names how many are active.
 */
import { browseFacets, readFilterState, writeFilterState, type BrowseParam } from '../../lib/corpus/browse-facets.ts';
import { formatCount, loadPagefind, readCaseMeta, type Pagefind, type PagefindResult } from '../search/pagefind.ts';

const batch = 24;

class CaseBrowserElement extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#results: PagefindResult[] = [];
	#shown = 0;
	#request = 0;

	get #form() {
		return this.querySelector<HTMLFormElement>('[data-filters]')!;
	}

	get #toggle() {
		return this.querySelector<HTMLButtonElement>('[data-toggle]')!;
	}

	get #strings(): Record<string, string> {
		return JSON.parse(this.dataset.strings ?? '{}');
	}

	connectedCallback() {
		this.#applyUrl();
		this.#toggle.addEventListener('click', () => this.#toggle.setAttribute('aria-expanded', String(this.#toggle.getAttribute('aria-expanded') !== 'true')));
		this.#form.addEventListener('change', () => this.#update({ push: true }));
		// Clear all ourselves: the reset event fires before the form clears its boxes.
		this.#form.addEventListener('reset', (event) => {
			event.preventDefault();
			for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
			const focused = document.activeElement;
			void this.#update({ push: true });
			// On narrow screens clear all hides with nothing left to clear: the focus goes to the fold, not to the page's start.
			if (focused instanceof HTMLElement && this.contains(focused) && focused.getClientRects().length === 0) this.#toggle.focus();
		});
		this.querySelector('[data-more]')!.addEventListener('click', () => void this.#showMore());
		window.addEventListener('popstate', () => this.#applyUrl());
	}

	/** Ticks the boxes the query string names, then filters. */
	#applyUrl() {
		const known = Object.fromEntries(browseFacets.map(({ param }) => [param, new Set([...this.#boxes(param)].map((box) => box.value))])) as Record<
			BrowseParam,
			Set<string>
		>;
		const state = readFilterState(location.search, known);
		for (const { param } of browseFacets) for (const box of this.#boxes(param)) box.checked = state[param]?.includes(box.value) ?? false;
		void this.#update({ push: false });
	}

	#boxes(param: string) {
		return this.#form.querySelectorAll<HTMLInputElement>(`input[name="${param}"]`);
	}

	#state(): Partial<Record<BrowseParam, string[]>> {
		return Object.fromEntries(
			browseFacets
				.map(({ param }) => [param, [...this.#boxes(param)].filter((box) => box.checked).map((box) => box.value)])
				.filter(([, values]) => values!.length > 0)
		);
	}

	#loadPagefind(): Promise<Pagefind> {
		this.#pagefind ??= loadPagefind(this.dataset.base!);
		return this.#pagefind;
	}

	#setStatus(text: string) {
		this.querySelector('[data-status]')!.textContent = text;
	}

	#count(count: number) {
		const template = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? this.#strings.count_one : this.#strings.count_other;
		return (template ?? '{count}').replace('{count}', this.#number(count));
	}

	#number(value: number) {
		return formatCount(value, document.documentElement.lang);
	}

	async #update({ push }: { push: boolean }) {
		const state = this.#state();
		const query = writeFilterState(state);
		if (push && query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
		const active = Object.values(state).reduce((sum, values) => sum + values.length, 0);
		this.querySelector('[data-toggle-label]')!.textContent = (this.#strings.toggle ?? '{active}').replace('{active}', this.#number(active));
		const filtering = query !== '';
		this.querySelector<HTMLElement>('[data-static]')!.hidden = filtering;
		this.querySelector<HTMLElement>('[data-results]')!.hidden = !filtering;
		this.toggleAttribute('data-filtering', filtering);
		if (!filtering) {
			this.#setStatus(this.#count(Number(this.dataset.total)));
			return;
		}
		const request = ++this.#request;
		this.#setStatus(this.#strings.loading ?? '');
		try {
			const pagefind = await this.#loadPagefind();
			const filters = Object.fromEntries(
				browseFacets
					.filter(({ param }) => state[param])
					.map(({ param }) => {
						const fieldset = this.#form.querySelector<HTMLElement>(`fieldset[data-param="${param}"]`)!;
						const labels = [...this.#boxes(param)].filter((box) => box.checked).map((box) => box.dataset.label!);
						return [fieldset.dataset.filterName!, { any: labels }];
					})
			);
			const search = await pagefind.search(null, { filters, sort: { date: 'desc' } });
			if (request !== this.#request) return;
			this.#results = search?.results ?? [];
			this.#shown = 0;
			this.querySelector('[data-result-list]')!.replaceChildren();
			this.#setStatus(this.#results.length === 0 ? (this.#strings.none ?? '') : this.#count(this.#results.length));
			this.dataset.count = String(this.#results.length);
			await this.#showMore();
		} catch {
			this.#setStatus(this.#strings.unavailable ?? '');
		}
	}

	async #showMore() {
		const request = this.#request;
		const next = await Promise.all(this.#results.slice(this.#shown, this.#shown + batch).map((result) => result.data()));
		if (request !== this.#request) return;
		const template = this.querySelector<HTMLTemplateElement>('[data-card-template]')!;
		const list = this.querySelector('[data-result-list]')!;
		for (const data of next) {
			const card = template.content.cloneNode(true) as DocumentFragment;
			const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
			const meta = readCaseMeta(data);
			for (const name of ['company', 'figure', 'figureLabel', 'industry', 'date'] as const) field(name).textContent = meta[name] ?? '';
			const title = field('title') as HTMLAnchorElement;
			title.textContent = meta.title ?? '';
			title.href = data.url;
			if (meta.lang) card.querySelector('article')!.setAttribute('lang', meta.lang);
			if (meta.figure) card.querySelector('.cs-card__figure')!.setAttribute('data-direction', meta.direction ?? 'none');
			else card.querySelector('.cs-card__figure')!.remove();
			list.append(card);
		}
		this.#shown += next.length;
		this.querySelector<HTMLElement>('[data-more]')!.hidden = this.#shown >= this.#results.length;
	}
}

customElements.define('cs-case-browser', CaseBrowserElement);
