import { paginateGroups, type ArticleGroup, type ListPage } from './pagination.ts';

/**
 * The pages of a year's or a month's articles (/2017/, /2017/page/2/, /2017/11/, …): the articles
 * in time order, PAGE_SIZE to a page, under a heading for each month (on a year's pages) or day
 * (on a month's) that the page holds, and links to the previous and next period that has
 * articles. Pure (no astro:content): src/views/calendar-pages.ts gives it the archive's periods.
 *
 * Only a period's first page counts: the period's articles, its months' or days', its
 * neighbours'. Each count changes with every article added to the period, and a page's props
 * are its cache key (src/publish/page-keys.ts), so a count on every page would re-render every
 * page of this year and of the last one for each article of today (issue 16). A later page says
 * which of the period's articles it holds instead, which stays true while the period grows.
 */
export interface CalendarPage<Period, Group, R> {
  /** `{ year }` or `{ year, month }`: what the page is of, without its articles. */
  period: Period;
  /** The year's months or the month's days that have articles, as links. */
  parts: PeriodLink[];
  /** How many articles the period holds; on its first page only. */
  count: number | undefined;
  groups: ArticleGroup<Group, R>[];
  page: ListPage;
  /** This page's articles by their numbers in the period (1-based, inclusive). */
  numbered: { first: number; last: number };
  neighbours: PeriodNeighbours;
}

export interface YearPeriod {
  year: string;
}
export interface MonthPeriod extends YearPeriod {
  month: string;
}
export interface DayPeriod extends MonthPeriod {
  day: string;
}

/** A year, month or day with articles, as a link to it says it. */
export interface PeriodLink {
  /** `2017`, `November 2017`, `15 November 2017`. */
  name: string;
  /** Site path of its first page. */
  path: string;
  /** How many articles it holds, on a period's first page only (see CalendarPage). */
  count?: number;
}

/**
 * The nearest periods before and after one, of the same length, that have articles: the calendar
 * holds only those, so a quiet month is skipped, never a page that says "no articles".
 */
export interface PeriodNeighbours {
  /** `year`, `month` or `day`: what the links call the period. */
  unit: 'year' | 'month' | 'day';
  previous?: PeriodLink;
  next?: PeriodLink;
}

/** The pages of a period of `count` articles, held by its `parts` (months or days), counted on the first page only. */
export function periodPages<Period, Part, Group, R>(
  period: Period,
  count: number,
  parts: { part: Part; group: Group; articles: R[] }[],
  urlOf: (n: number) => string,
  link: (counted: boolean) => (part: Part) => PeriodLink,
  nearby: (counted: boolean) => PeriodNeighbours,
): CalendarPage<Period, Group, R>[] {
  return paginateGroups(
    parts.map(({ group, articles }) => ({ period: group, articles })),
    urlOf,
  ).map(({ groups, page, slice }) => {
    const counted = page.currentPage === 1;
    return {
      period,
      parts: parts.map(({ part }) => link(counted)(part)),
      count: counted ? count : undefined,
      groups,
      page,
      numbered: { first: slice.from + 1, last: slice.to },
      neighbours: nearby(counted),
    };
  });
}

