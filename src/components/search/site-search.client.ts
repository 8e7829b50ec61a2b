/**
 * `<cs-site-search>`: the header's search button, Ctrl/⌘+K, and `/` wherever no text is being
 * typed. The dialog's code (site-search.dialog.ts), its words (`/{locale}/search-strings.json`, the few UI
 * strings it needs) and Pagefind load on first use, so a page downloads only this much.
 */
import type { SearchStrings } from '../../lib/search/search-strings.ts';
import type { SearchOptions, SearchOutcome, SiteSearch } from './site-search.dialog.ts';

/** Where `/` is a character the reader types, not the search shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return (
		target.isContentEditable ||
		target.matches(
			'textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"], [type="range"], [type="color"], [type="file"], [type="image"])'
		)
	);
}

class SiteSearchElement extends HTMLElement {
	#search: Promise<SiteSearch> | undefined;
	#loaded: SiteSearch | undefined;

	/** The dialog's code and its words in the page's language (`data-strings`), fetched side by side. */
	#load(): Promise<SiteSearch> {
		this.#search ??= Promise.all([
			import('./site-search.dialog.ts'),
			fetch(this.dataset.strings!).then((response) => {
				if (!response.ok) throw new Error(`${this.dataset.strings}: ${response.status}`);
				return response.json() as Promise<SearchStrings>;
			}),
		]).then(([{ SiteSearch }, strings]) => (this.#loaded = new SiteSearch(this, strings)));
		return this.#search;
	}

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('[data-open]')!;
		openButton.addEventListener('click', () => void this.open());
		// Disabled in the HTML: without JavaScript there is no search, so no button that does nothing.
		openButton.disabled = false;
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (this.#loaded?.isOpen) this.#loaded.close();
				else void this.open();
			} else if (
				event.key === '/' &&
				!event.metaKey &&
				!event.ctrlKey &&
				!event.altKey &&
				!event.isComposing &&
				!this.#loaded?.isOpen &&
				!isTextEntry(event.target)
			) {
				// Also keeps Firefox's quick find from opening.
				event.preventDefault();
				void this.open();
			}
		});
		if (/(Mac|iPhone|iPad)/i.test(navigator.platform)) {
			const key = openButton.querySelector('kbd kbd');
			if (key) key.textContent = '⌘';
			openButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
		}
	}

	async open() {
		// Read before anything loads: the element focus goes back to when the dialog closes.
		const opener = document.activeElement;
		(await this.#load()).open(opener);
	}

	/**
	 * Searches as the dialog does (typos corrected) and returns the hits that pass the precision
	 * check and the query that was searched: the search-quality tests call it.
	 */
	async find(query: string, options?: SearchOptions): Promise<SearchOutcome> {
		return (await this.#load()).find(query, options);
	}
}

customElements.define('cs-site-search', SiteSearchElement);
