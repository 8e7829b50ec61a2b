/**
 * `<cs-site-search>`: the header's search button, and Ctrl/⌘+K. The dialog's code
 * (site-search.dialog.ts), its words (the UI strings of the page's language) and Pagefind load on
 * first use, so a page downloads only this much.
 */
import type { SiteSearch, UiStrings } from './site-search.dialog.ts';

class SiteSearchElement extends HTMLElement {
	#search: Promise<SiteSearch> | undefined;
	#loaded: SiteSearch | undefined;

	/** The dialog's code and the UI strings of the page's language, fetched side by side. */
	#load(): Promise<SiteSearch> {
		const strings: Promise<{ default: UiStrings }> = this.dataset.lang === 'zh-CN' ? import('../../content/i18n/zh-CN.json') : import('../../content/i18n/en.json');
		this.#search ??= Promise.all([import('./site-search.dialog.ts'), strings]).then(([{ SiteSearch }, ui]) => (this.#loaded = new SiteSearch(this, ui.default)));
		return this.#search;
	}

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('[data-open]')!;
		openButton.addEventListener('click', () => void this.open());
		// Disabled in the HTML: without JavaScript there is no search, so no button that does nothing.
		openButton.disabled = false;
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				if (this.#loaded?.isOpen) this.#loaded.close();
				else void this.open();
			}
		});
		if (/(Mac|iPhone|iPad)/i.test(navigator.platform)) {
			const key = openButton.querySelector('kbd kbd');
			if (key) key.textContent = '⌘';
			openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
	}

	async open() {
		(await this.#load()).open();
	}

	/** Searches as the dialog does and returns the hits that pass the precision check (the search-quality tests call it). */
	async search(...args: Parameters<SiteSearch['search']>): ReturnType<SiteSearch['search']> {
		return (await this.#load()).search(...args);
	}
}

customElements.define('cs-site-search', SiteSearchElement);
