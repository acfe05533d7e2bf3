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
