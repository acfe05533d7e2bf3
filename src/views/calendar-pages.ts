import type { GetStaticPathsOptions } from 'astro';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import type { DayIndex, MonthIndex, YearIndex } from '../archive/archive-index.ts';
import { href } from './site.ts';
import { dayLabel, monthLabel } from './format.ts';
import { PAGE_SIZE, type ListPage } from '../archive/pagination.ts';
import { periodPages, type CalendarPage, type DayPeriod, type MonthPeriod, type PeriodLink, type PeriodNeighbours, type YearPeriod } from '../archive/period-pages.ts';
import { dayPath, monthPagePath, monthPath, yearPagePath, yearPath } from '../lib/urls.ts';

/**
 * getStaticPaths of a year's, a month's and a day's pages (/2017/, /2017/page/2/, /2017/11/,
 * /2017/11/15/, …) from the archive's calendar (src/archive/period-pages.ts lays out the first two).
 */

/** A link to a period, counted or not (see CalendarPage). */
const periodLink = (name: string, path: string, count: number, counted: boolean): PeriodLink => ({ name, path, ...(counted && { count }) });
const yearLink = (counted: boolean) => (year: YearIndex) => periodLink(year.year, yearPath(year.year), year.count, counted);
const monthLink = (counted: boolean) => (month: MonthIndex) =>
  periodLink(monthLabel(month.year, month.month), monthPath(month.year, month.month), month.count, counted);
const dayLink = (counted: boolean) => (day: DayIndex) =>
  periodLink(dayLabel(day.year, day.month, day.day), dayPath(day.year, day.month, day.day), day.articles.length, counted);

function neighbours<T>(unit: PeriodNeighbours['unit'], periods: T[], at: number, link: (period: T) => PeriodLink): PeriodNeighbours {
  const previous = periods[at - 1];
  const next = periods[at + 1];
  return { unit, ...(previous && { previous: link(previous) }), ...(next && { next: link(next) }) };
}

// The calendar's records are the site's (archive.ts builds the index from its articles).
const records = (day: DayIndex) => day.articles as SiteRecord[];

async function yearPages(): Promise<CalendarPage<YearPeriod, MonthPeriod, SiteRecord>[]> {
  const { years } = await loadArchive();
  return years.flatMap((year, at) =>
    periodPages(
      { year: year.year },
      year.count,
      year.months.map((month) => ({ part: month, group: { year: month.year, month: month.month }, articles: month.days.flatMap(records) })),
      (n) => href(yearPagePath(year.year, n)),
      monthLink,
      (counted) => neighbours('year', years, at, yearLink(counted)),
    ),
  );
}

async function monthPages(): Promise<CalendarPage<MonthPeriod, DayPeriod, SiteRecord>[]> {
  const months = (await loadArchive()).years.flatMap((year) => year.months);
  return months.flatMap((month, at) =>
    periodPages(
      { year: month.year, month: month.month },
      month.count,
      month.days.map((day) => ({ part: day, group: { year: day.year, month: day.month, day: day.day }, articles: records(day) })),
      (n) => href(monthPagePath(month.year, month.month, n)),
      dayLink,
      (counted) => neighbours('month', months, at, monthLink(counted)),
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

/** A day's pages (/2019/03/08/, /2019/03/08/2/), by Astro's paginate; each knows the days around it. */
export async function dayStaticPaths({ paginate }: { paginate: GetStaticPathsOptions['paginate'] }) {
  const days = (await loadArchive()).years.flatMap((year) => year.months.flatMap((month) => month.days));
  return days.flatMap((day, at) =>
    paginate(records(day), {
      pageSize: PAGE_SIZE,
      params: { year: day.year, month: day.month, day: day.day },
      props: { neighbours: neighbours('day', days, at, dayLink(true)) },
    }),
  );
}
