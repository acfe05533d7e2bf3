import type { GetStaticPathsOptions } from 'astro';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import type { DayIndex, MonthIndex, YearIndex } from '../archive/archive-index.ts';
import { href } from './site.ts';
import { countLabel, dayLabel, monthLabel } from './format.ts';
import { PAGE_SIZE, paginateGroups, type ArticleGroup, type ListPage } from '../archive/pagination.ts';
import { dayPath, monthPagePath, monthPath, yearPagePath, yearPath } from '../lib/urls.ts';

/**
 * The pages of a year's, a month's and a day's articles (/2017/, /2017/page/2/, /2017/11/,
 * /2017/11/15/, …): the articles in time order, PAGE_SIZE to a page, under a heading for each
 * month (on a year's pages) or day (on a month's) that the page holds, and links to the
 * previous and next period that has articles.
 */
export interface CalendarPage<Period, Group> {
  period: Period;
  groups: ArticleGroup<Group, SiteRecord>[];
  page: ListPage;
  neighbours: PeriodNeighbours;
}

/** A year, month or day with articles, as a link to it says it. */
export interface PeriodLink {
  /** `2017`, `November 2017`, `15 November 2017`. */
  label: string;
  /** Site path of its first page. */
  path: string;
  /** `12 articles`. */
  count: string;
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

const yearLink = (year: YearIndex): PeriodLink => ({ label: year.year, path: yearPath(year.year), count: countLabel(year.count) });
const monthLink = (month: MonthIndex): PeriodLink => ({
  label: monthLabel(month.year, month.month),
  path: monthPath(month.year, month.month),
  count: countLabel(month.count),
});
const dayLink = (day: DayIndex): PeriodLink => ({
  label: dayLabel(day.year, day.month, day.day),
  path: dayPath(day.year, day.month, day.day),
  count: countLabel(day.articles.length),
});

function neighbours<T>(unit: PeriodNeighbours['unit'], periods: T[], at: number, link: (period: T) => PeriodLink): PeriodNeighbours {
  const previous = periods[at - 1];
  const next = periods[at + 1];
  return { unit, ...(previous && { previous: link(previous) }), ...(next && { next: link(next) }) };
}

// The calendar's records are the site's (archive.ts builds the index from its articles).
const records = (day: DayIndex) => day.articles as SiteRecord[];

async function yearPages(): Promise<CalendarPage<YearIndex, MonthIndex>[]> {
  const { years } = await loadArchive();
  return years.flatMap((year, at) =>
    paginateGroups(
      year.months.map((month) => ({ period: month, articles: month.days.flatMap(records) })),
      (n) => href(yearPagePath(year.year, n)),
    ).map((page) => ({ period: year, ...page, neighbours: neighbours('year', years, at, yearLink) })),
  );
}

async function monthPages(): Promise<CalendarPage<MonthIndex, DayIndex>[]> {
  const months = (await loadArchive()).years.flatMap((year) => year.months);
  return months.flatMap((month, at) =>
    paginateGroups(
      month.days.map((day) => ({ period: day, articles: records(day) })),
      (n) => href(monthPagePath(month.year, month.month, n)),
    ).map((page) => ({ period: month, ...page, neighbours: neighbours('month', months, at, monthLink) })),
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

/** A day's pages (/2019/03/08/, /2019/03/08/2/), by Astro's paginate; each knows the days around it. */
export async function dayStaticPaths({ paginate }: { paginate: GetStaticPathsOptions['paginate'] }) {
  const days = (await loadArchive()).years.flatMap((year) => year.months.flatMap((month) => month.days));
  return days.flatMap((day, at) =>
    paginate(records(day), {
      pageSize: PAGE_SIZE,
      params: { year: day.year, month: day.month, day: day.day },
      props: { neighbours: neighbours('day', days, at, dayLink) },
    }),
  );
}
