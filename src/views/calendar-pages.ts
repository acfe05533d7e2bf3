import { loadArchive, type SiteRecord } from '../data/archive.ts';
import type { DayIndex, MonthIndex, YearIndex } from '../archive/archive-index.ts';
import { href } from './site.ts';
import { paginateGroups, type ArticleGroup, type ListPage } from '../archive/pagination.ts';
import { monthPagePath, yearPagePath } from '../lib/urls.ts';

/**
 * The pages of a year's and a month's articles (/2017/, /2017/page/2/, /2017/11/, …): the
 * articles in time order, PAGE_SIZE to a page, under a heading for each month (on a year's
 * pages) or day (on a month's) that the page holds.
 */
export interface CalendarPage<Period, Group> {
  period: Period;
  groups: ArticleGroup<Group, SiteRecord>[];
  page: ListPage;
}

// The calendar's records are the site's (archive.ts builds the index from its articles).
const records = (day: DayIndex) => day.articles as SiteRecord[];

async function yearPages(): Promise<CalendarPage<YearIndex, MonthIndex>[]> {
  const site = await loadArchive();
  return site.years.flatMap((year) =>
    paginateGroups(
      year.months.map((month) => ({ period: month, articles: month.days.flatMap(records) })),
      (n) => href(yearPagePath(year.year, n)),
    ).map((page) => ({ period: year, ...page })),
  );
}

async function monthPages(): Promise<CalendarPage<MonthIndex, DayIndex>[]> {
  const site = await loadArchive();
  return site.years.flatMap((year) =>
    year.months.flatMap((month) =>
      paginateGroups(
        month.days.map((day) => ({ period: day, articles: records(day) })),
        (n) => href(monthPagePath(month.year, month.month, n)),
      ).map((page) => ({ period: month, ...page })),
    ),
  );
}

/** Page 1 of a list lives at the period's own address (index.astro), later ones under page/N/. */
type Which = 'first' | 'later';
const isWanted = (which: Which) => (page: { page: ListPage }) => (page.page.currentPage === 1) === (which === 'first');
const pageParam = (which: Which, page: ListPage) => (which === 'later' ? { n: String(page.currentPage) } : {});

export async function yearStaticPaths(which: Which) {
  return (await yearPages()).filter(isWanted(which)).map((props) => ({ params: { year: props.period.year, ...pageParam(which, props.page) }, props }));
}

export async function monthStaticPaths(which: Which) {
  return (await monthPages())
    .filter(isWanted(which))
    .map((props) => ({ params: { year: props.period.year, month: props.period.month, ...pageParam(which, props.page) }, props }));
}
