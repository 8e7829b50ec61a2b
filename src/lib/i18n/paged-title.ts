import type { Locale } from './locales.ts';
import { uiText } from './ui-text.ts';

/**
 * The title of one page of a paginated list: the list's title on its first page, later pages
 * adding which page they are ("Approvals · Page 2 of 3" / "审批 · 第 2 页，共 3 页").
 */
export function toPagedTitle(title: string, locale: Locale, page: number, pages: number): string {
	return page > 1 ? `${title} · ${uiText(locale, 'pagination.status', { page, pages })}` : title;
}
