/**
 * Numbered pages of search results in the URL (`page=3&size=25`), so a link, a reload and Back
 * return to the same results. Page 1 and the default size write nothing.
 */

export const PAGE_SIZES = [10, 25, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * Each result fetches its Pagefind fragment (the article's text for the excerpts, about 3.5 KB
 * compressed), so ten a page keep a search's bytes low; a reader may choose more.
 */
export const DEFAULT_PAGE_SIZE: PageSize = 10;

export interface Paging {
  /** From 1. */
  page: number;
  size: PageSize;
}

export function readPaging(params: URLSearchParams): Paging {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    size: PAGE_SIZES.includes(size as PageSize) ? (size as PageSize) : DEFAULT_PAGE_SIZE,
  };
}

/** Appends the paging's keys to a search's query string. */
export function writePaging({ page, size }: Paging, params: URLSearchParams): URLSearchParams {
  if (page > 1) params.set('page', String(page));
  if (size !== DEFAULT_PAGE_SIZE) params.set('size', String(size));
  return params;
}

export function pageCount(results: number, size: number): number {
  return Math.max(1, Math.ceil(results / size));
}

/** The page that shows the first result of `paging`'s page when `size` results make a page. */
export function resized({ page, size }: Paging, newSize: PageSize): Paging {
  return { page: Math.floor(((page - 1) * size) / newSize) + 1, size: newSize };
}

/**
 * The page numbers a pager links: the first, the last, and two each side of the current one, with
 * null for a gap ("1 … 4 5 6 7 8 … 46"): at most nine links whatever the number of pages.
 */
export function pageLinks(current: number, count: number): (number | null)[] {
  const near = new Set([1, count]);
  for (let page = current - 2; page <= current + 2; page += 1) if (page >= 1 && page <= count) near.add(page);
  const pages = [...near].sort((a, b) => a - b);
  return pages.flatMap((page, i) => (i > 0 && page - pages[i - 1]! > 1 ? [null, page] : [page]));
}
