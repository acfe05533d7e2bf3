/**
 * A date range over the archive's own dates (the day in the paper's time zone, as in an
 * article's URL). Pagefind has no range filter, so a range is built from what the index holds
 * for each article (src/search/index-fields.ts): a `year`, a `month` (2017-11) and a `day`
 * (2017-11-15) filter. A range is covered by the fewest of those: whole years, then whole months,
 * then the single days at its ends, joined by Pagefind's `any`. Shared by the search page and its
 * tests (Node).
 */

/** A bound as a reader writes it: a year, a month or a day. */
const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The archive's first and last year, which an open-ended range reaches to. */
export interface ArchiveYears {
  first: number;
  last: number;
}

export interface RangeCover {
  years: string[];
  months: string[];
  days: string[];
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Why a bound cannot be read, or null when it can ('' is no bound). */
export function boundProblem(text: string): string | null {
  if (text === '' || readBound(text, 'first')) return null;
  return `“${text}” is not a date: write a year (2017), a month (2017-11) or a day (2017-11-15).`;
}

/** The first or last day a bound covers: 2017-11 -> 2017-11-01 or 2017-11-30; null if it is no date. */
function readBound(text: string, end: 'first' | 'last'): Day | null {
  const match = BOUND.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? (end === 'first' ? 1 : 12) : Number(match[2]);
  if (month < 1 || month > 12) return null;
  const day = match[3] === undefined ? (end === 'first' ? 1 : daysIn(year, month)) : Number(match[3]);
  if (day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

const order = ({ year, month, day }: Day) => year * 10_000 + month * 100 + day;
const latest = (a: Day, b: Day) => (order(a) >= order(b) ? a : b);
const earliest = (a: Day, b: Day) => (order(a) <= order(b) ? a : b);

/** Why a range cannot be searched (a bound that is no date, an end before the start), or null. */
export function rangeProblem(from: string, to: string): string | null {
  const problem = boundProblem(from) ?? boundProblem(to);
  if (problem) return problem;
  if (from && to && order(readBound(from, 'first')!) > order(readBound(to, 'last')!)) return `The range ends (${to}) before it begins (${from}).`;
  return null;
}

/**
 * The years, months and days that together hold exactly the days from `from` to `to` (either may
 * be '' for open), or null for no range at all or one that cannot be read (rangeProblem).
 */
export function coverRange(from: string, to: string, years: ArchiveYears): RangeCover | null {
  if ((!from && !to) || rangeProblem(from, to)) return null;
  // Clamped to the archive's years: nothing lies outside them, and 9999 would be eight thousand years.
  const first = { year: years.first, month: 1, day: 1 };
  const last = { year: years.last, month: 12, day: 31 };
  const start = latest(from ? readBound(from, 'first')! : first, first);
  const end = earliest(to ? readBound(to, 'last')! : last, last);
  const cover: RangeCover = { years: [], months: [], days: [] };
  let at = start;
  while (order(at) <= order(end)) {
    const { year, month, day } = at;
    if (month === 1 && day === 1 && order({ year, month: 12, day: 31 }) <= order(end)) {
      cover.years.push(String(year));
      at = { year: year + 1, month: 1, day: 1 };
    } else if (day === 1 && order({ year, month, day: daysIn(year, month) }) <= order(end)) {
      cover.months.push(`${year}-${pad(month)}`);
      at = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    } else {
      cover.days.push(`${year}-${pad(month)}-${pad(day)}`);
      at = day < daysIn(year, month) ? { year, month, day: day + 1 } : month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    }
  }
  return cover;
}

/** The filters an article carries for its date besides the `year` facet. */
export type DateFilter = 'month' | 'day';

/** The `month` and `day` filter values of an article's local day. */
export function dateFilterValues([year, month, day]: [string, string, string]): Record<DateFilter, string> {
  return { month: `${year}-${month}`, day: `${year}-${month}-${day}` };
}

export type CoverFilter = { any: Record<string, { any: string[] }>[] };

/**
 * The Pagefind filter for a cover: an article in any of its years, months or days. A range
 * outside the archive's years covers nothing, and asks for a day no article has (Pagefind reads
 * an empty `any` as no condition at all).
 */
export function coverFilter(cover: RangeCover): CoverFilter {
  const parts = [
    ['year', cover.years],
    ['month', cover.months],
    ['day', cover.days],
  ] as const;
  const chosen = parts.filter(([, values]) => values.length > 0).map(([name, values]) => ({ [name]: { any: [...values] } }));
  return { any: chosen.length > 0 ? chosen : [{ day: { any: ['0000-00-00'] } }] };
}
