import { localParts } from '../lib/local-date.ts';
import type { ListOrder } from '../lib/urls.ts';
import { pageNumbers, paginateGroups, type ArticleGroup, type ListPage } from './pagination.ts';

/**
 * A long list of articles (an entity's, a source's, an author's) as pages a reader can find their
 * way in: the articles under year headings, 50 to a page, in either order; how many articles each
 * year has, and on which page it starts; numbered links to the first, the last and the pages
 * around this one, each saying the year it starts in. Whatever the list's length, a page carries
 * one line per year and at most PAGER_WINDOW * 2 + 5 page numbers (./pagination.ts) beside its 50 articles.
 *
 * Pure (no astro:content), so it is unit-tested on plain objects.
 */

/** One year of the list: its count, and where it starts in this order (page URL and heading id). */
export interface YearJump {
  year: string;
  count: number;
  href: string;
}

/** A numbered link to a page of the list, with the year its first article is from. */
export interface PageNumber {
  n: number;
  url: string;
  year: string | undefined;
  current: boolean;
}

export interface TimelinePage<R> {
  order: ListOrder;
  /** This page's articles under their year. */
  groups: ArticleGroup<string, R>[];
  page: ListPage;
  /** First, last and the window around this page; `undefined` where numbers are left out. */
  numbers: (PageNumber | undefined)[];
  /** Every year of the whole list, in this order. */
  years: YearJump[];
  total: number;
  /** When the first and the last article of the whole list were published. */
  span: [string, string] | undefined;
}

/** The heading id of a year's articles on a page: `year-2024`. */
export const yearAnchor = (year: string): string => `year-${year}`;

/**
 * Every page of a list in `order`. `oldestFirst` is the list in time order; years follow the
 * calendar (an article's year is its local one, as its permalink says), so a year is one run of
 * articles even where two papers' offsets cross a New Year.
 */
export function timelinePages<R extends { article: { published: string } }>(
  oldestFirst: R[],
  order: ListOrder,
  urlOf: (n: number) => string,
): TimelinePage<R>[] {
  const byYear = new Map<string, R[]>();
  for (const record of order === 'oldest' ? oldestFirst : [...oldestFirst].reverse()) {
    const year = localParts(record.article.published).year;
    const list = byYear.get(year);
    if (list) list.push(record);
    else byYear.set(year, [record]);
  }
  const years = [...byYear.keys()].sort();
  if (order === 'newest') years.reverse();
  const pages = paginateGroups(
    years.map((year) => ({ period: year, articles: byYear.get(year)! })),
    urlOf,
  );
  const startYears = pages.map(({ groups }) => groups[0]?.period);
  const jumps = years.map((year) => {
    const n = pages.findIndex(({ groups }) => groups.some((group) => group.period === year)) + 1;
    return { year, count: byYear.get(year)!.length, href: `${urlOf(n)}#${yearAnchor(year)}` };
  });
  return pages.map(({ groups, page }) => ({
    order,
    groups,
    page,
    numbers: pageNumbers(page.currentPage, page.lastPage).map((n) =>
      n === undefined ? undefined : { n, url: urlOf(n), year: startYears[n - 1], current: n === page.currentPage },
    ),
    years: jumps,
    total: oldestFirst.length,
    span: oldestFirst.length > 0 ? [oldestFirst[0]!.article.published, oldestFirst.at(-1)!.article.published] : undefined,
  }));
}
