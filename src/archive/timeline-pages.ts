import { localParts } from '../lib/local-date.ts';
import type { ListOrder } from '../lib/urls.ts';
import { pageNumbers, paginateGroups, type ArticleGroup, type ListPage } from './pagination.ts';

/**
 * A long list of articles (an entity's, a source's, an author's) as pages a reader can find their
 * way in: the articles under year headings, 50 to a page, in either order; on which page each
 * year starts; numbered links to the first, the last and the pages around this one, each saying
 * the year it starts in. Whatever the list's length, a page carries one line per year and at most
 * PAGER_WINDOW * 2 + 5 page numbers (./pagination.ts) beside its 50 articles.
 *
 * The pages are fixed pages counted from the oldest article (listSlices), and a page shows
 * nothing that changes when an article is added elsewhere in the list, so adding an article of
 * today changes a few pages of each list it is on, not every page (issue 16), and a page's
 * articles can be cited by its number. Pages that change with every article added anyway (the
 * first of each order, and those new articles land on: oldest first the last, newest first the
 * first two) show everything: the whole list's facts (its total, its span, each year's count, on
 * the first page only), every year's jump, each numbered page's year. The other pages leave out
 * the jumps to, and the years of, those growing pages: a new year or the sliding newest pages
 * would otherwise change them all. Their own numbers, the pager's and the other years' jumps
 * change only when a page is added, once in PAGE_SIZE articles.
 *
 * Pure (no astro:content), so it is unit-tested on plain objects.
 */

/** One year of the list: where it starts in this order (page URL and heading id). */
export interface YearJump {
  year: string;
  href: string;
}

/** A numbered link to a page of the list, with the year its first article is from. */
export interface PageNumber {
  n: number;
  url: string;
  year: string | undefined;
  current: boolean;
}

/** What the first page of each order says about the whole list; each fact changes with every article added. */
export interface WholeList {
  total: number;
  /** When the first and the last article of the whole list were published. */
  span: [string, string] | undefined;
  /** How many articles each year has. */
  yearCounts: Record<string, number>;
}

export interface TimelinePage<R> {
  order: ListOrder;
  /** This page's articles under their year. */
  groups: ArticleGroup<string, R>[];
  page: ListPage;
  /** First, last and the window around this page; `undefined` where numbers are left out. A growing page's year is left out on one that does not grow. */
  numbers: (PageNumber | undefined)[];
  /** Every year of the whole list, in this order (on a page that does not grow, those not starting on one that does). */
  years: YearJump[];
  /** This page's articles by their numbers in the list, counted from the oldest (1-based, inclusive). */
  numbered: { first: number; last: number };
  /** On the first page only (see above). */
  whole: WholeList | undefined;
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
  for (const record of oldestFirst) {
    const year = localParts(record.article.published).year;
    const list = byYear.get(year);
    if (list) list.push(record);
    else byYear.set(year, [record]);
  }
  const oldestYears = [...byYear.keys()].sort();
  const pages = paginateGroups(
    oldestYears.map((year) => ({ period: year, articles: byYear.get(year)! })),
    urlOf,
    order,
  );
  const years = order === 'oldest' ? oldestYears : [...oldestYears].reverse();
  const startYears = pages.map(({ groups }) => groups[0]?.period);
  const jumps = years.map((year) => ({ year, n: pages.findIndex(({ groups }) => groups.some((group) => group.period === year)) + 1 }));
  const grows = (n: number) => (order === 'oldest' ? n === pages.length : n <= 2);
  const whole: WholeList = {
    total: oldestFirst.length,
    span: oldestFirst.length > 0 ? [oldestFirst[0]!.article.published, oldestFirst.at(-1)!.article.published] : undefined,
    yearCounts: Object.fromEntries(years.map((year) => [year, byYear.get(year)!.length])),
  };
  return pages.map(({ groups, page, slice }, i) => {
    // A page that changes with each article added anyway shows all; any other leaves out what would change it.
    const shown = (n: number) => i === 0 || grows(page.currentPage) || !grows(n);
    return {
      order,
      groups,
      page,
      numbers: pageNumbers(page.currentPage, page.lastPage).map((n) =>
        n === undefined ? undefined : { n, url: urlOf(n), year: shown(n) ? startYears[n - 1] : undefined, current: n === page.currentPage },
      ),
      years: jumps.filter(({ n }) => shown(n)).map(({ year, n }) => ({ year, href: `${urlOf(n)}#${yearAnchor(year)}` })),
      numbered: { first: slice.from + 1, last: slice.to },
      whole: i === 0 ? whole : undefined,
    };
  });
}
