import type { ListOrder } from '../lib/urls.ts';

/** No list page shows more than this many articles; longer lists continue on /2/, /3/, ... */
export const PAGE_SIZE = 50;

/** Where a page of a list split by hand (not by Astro's paginate) sits among its siblings. */
export interface ListPage {
  currentPage: number;
  lastPage: number;
  url: { current: string; prev: string | undefined; next: string | undefined };
}

/**
 * The `ListPage` of page `n` (1-based) of `count`, given each page's URL: for lists whose pages
 * are not a fixed number of articles (letters of an index) or whose URLs are not Astro's `/N/`.
 */
export function listPage(n: number, count: number, urlOf: (n: number) => string): ListPage {
  return {
    currentPage: n,
    lastPage: count,
    url: { current: urlOf(n), prev: n > 1 ? urlOf(n - 1) : undefined, next: n < count ? urlOf(n + 1) : undefined },
  };
}

/** Articles under the heading of the period (month, day) they belong to. */
export interface ArticleGroup<T, R> {
  /** The month or day the articles belong to. */
  period: T;
  articles: R[];
  /**
   * The first article's number in the whole list, counted from its oldest: an ordered list
   * continued across groups and pages, counting down on a newest-first page (`<ol reversed>`),
   * so an article keeps its number in both orders and while the list grows.
   */
  start: number;
}

/** The articles of one page: from index `from` (inclusive) to `to` (exclusive) of the list, oldest first. */
export interface PageSlice {
  from: number;
  to: number;
}

/**
 * Where each page of a list of `count` articles falls, in `order`. The list is cut into fixed
 * pages counted from its oldest article: fixed page k always holds articles 50(k-1)+1 .. 50k, and
 * only the last one grows, so adding an article changes no earlier page and a page can be cited.
 * - Oldest first, page n is fixed page n.
 * - Newest first, page 1 is the newest PAGE_SIZE articles (a landing page is full); page 2 is
 *   what page 1 leaves of the fixed page before the last (as many articles as the last fixed page
 *   holds, so between 1 and PAGE_SIZE); pages 3.. are the earlier fixed pages, newest first.
 *   Adding an article changes pages 1 and 2 only, until the last fixed page is full; the next
 *   article then starts a fixed page and every later page moves up one number.
 * Both orders have the same number of pages; an empty list has one, empty.
 */
export function listSlices(count: number, order: ListOrder): PageSlice[] {
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const fixed = (k: number): PageSlice => ({ from: (k - 1) * PAGE_SIZE, to: Math.min(k * PAGE_SIZE, count) });
  if (order === 'oldest' || pageCount === 1) return Array.from({ length: pageCount }, (_, i) => fixed(i + 1));
  const landing = { from: count - PAGE_SIZE, to: count };
  const rest = { from: fixed(pageCount - 1).from, to: landing.from };
  return [landing, rest, ...Array.from({ length: pageCount - 2 }, (_, i) => fixed(pageCount - 2 - i))];
}

/**
 * Splits periods' articles (given oldest first) into pages in `order` (listSlices), keeping each
 * page's articles grouped by period: a newest-first page lists its articles and periods newest first.
 */
export function paginateGroups<T, R>(
  parts: { period: T; articles: R[] }[],
  urlOf: (n: number) => string,
  order: ListOrder = 'oldest',
): { groups: ArticleGroup<T, R>[]; page: ListPage; slice: PageSlice }[] {
  const all = parts.flatMap(({ period, articles }) => articles.map((record) => ({ period, record })));
  const slices = listSlices(all.length, order);
  return slices.map(({ from, to }, i) => {
    const numbered = all.slice(from, to).map((item, j) => ({ ...item, number: from + j + 1 }));
    const groups: ArticleGroup<T, R>[] = [];
    for (const { period, record, number } of order === 'oldest' ? numbered : numbered.reverse()) {
      const last = groups.at(-1);
      if (last?.period === period) last.articles.push(record);
      else groups.push({ period, articles: [record], start: number });
    }
    return { groups, page: listPage(i + 1, slices.length, urlOf), slice: { from, to } };
  });
}

/** Page numbers a pager shows either side of the current one. */
export const PAGER_WINDOW = 2;

/**
 * The page numbers a pager links (list pages and search results alike): 1, the last, and
 * PAGER_WINDOW either side of `current`, in order; `undefined` for each gap of two or more
 * numbers (a gap of one shows its number: "…" would take its place for nothing).
 */
export function pageNumbers(current: number, last: number): (number | undefined)[] {
  const shown = [...new Set([1, ...Array.from({ length: PAGER_WINDOW * 2 + 1 }, (_, i) => current - PAGER_WINDOW + i), last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => {
    const gap = i > 0 ? n - shown[i - 1]! - 1 : 0;
    return gap === 0 ? [n] : gap === 1 ? [n - 1, n] : [undefined, n];
  });
}
