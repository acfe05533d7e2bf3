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
  /** The first article's number in the whole list, for an ordered list continued across groups. */
  start: number;
}

/** Splits periods' articles (in time order) into pages, keeping each page's articles grouped by period. */
export function paginateGroups<T, R>(parts: { period: T; articles: R[] }[], urlOf: (n: number) => string): { groups: ArticleGroup<T, R>[]; page: ListPage }[] {
  const all = parts.flatMap(({ period, articles }) => articles.map((record) => ({ period, record })));
  const pageCount = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  return Array.from({ length: pageCount }, (_, i) => {
    const groups: ArticleGroup<T, R>[] = [];
    all.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE).forEach(({ period, record }, j) => {
      const last = groups.at(-1);
      if (last?.period === period) last.articles.push(record);
      else groups.push({ period, articles: [record], start: i * PAGE_SIZE + j + 1 });
    });
    return { groups, page: listPage(i + 1, pageCount, urlOf) };
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
