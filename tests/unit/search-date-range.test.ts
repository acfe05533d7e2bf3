import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverFilter, coverRange, rangeProblem } from '../../src/search/date-range.ts';

const YEARS = { first: 2015, last: 2021 };

/** Every day of the archive's years, as YYYY-MM-DD. */
function everyDay(): string[] {
  const days: string[] = [];
  for (let time = Date.UTC(YEARS.first, 0, 1); time <= Date.UTC(YEARS.last, 11, 31); time += 86_400_000) days.push(new Date(time).toISOString().slice(0, 10));
  return days;
}

describe('a date range as years, months and days', () => {
  it('covers exactly the days from the start of `from` to the end of `to`, each once', () => {
    const days = everyDay();
    const bound = fc.oneof(
      fc.constant(''),
      fc.constantFrom(...days).chain((day) => fc.constantFrom(day.slice(0, 4), day.slice(0, 7), day)),
    );
    fc.assert(
      fc.property(bound, bound, (from, to) => {
        fc.pre(rangeProblem(from, to) === null && (from !== '' || to !== ''));
        const cover = coverRange(from, to, YEARS)!;
        const covered = days.filter((day) => cover.years.includes(day.slice(0, 4)) || cover.months.includes(day.slice(0, 7)) || cover.days.includes(day));
        // Brute force: a day is in the range when it is not before `from` and not after `to`,
        // comparing as many characters as the bound has.
        const expected = days.filter((day) => (!from || day.slice(0, from.length) >= from) && (!to || day.slice(0, to.length) <= to));
        expect(covered).toEqual(expected);
        const pieces = [...cover.years, ...cover.months, ...cover.days];
        expect(new Set(pieces).size).toBe(pieces.length);
      }),
      { numRuns: 500 },
    );
  });

  it('uses whole years and months where it can', () => {
    expect(coverRange('2016-11-29', '2019-02', YEARS)).toEqual({
      years: ['2017', '2018'],
      months: ['2016-12', '2019-01', '2019-02'],
      days: ['2016-11-29', '2016-11-30'],
    });
    expect(coverFilter(coverRange('2019', '', YEARS)!)).toEqual({ any: [{ year: { any: ['2019', '2020', '2021'] } }] });
  });

  it('matches nothing for a range outside the archive, and no range for none', () => {
    expect(coverFilter(coverRange('2030', '', YEARS)!)).toEqual({ any: [{ day: { any: ['0000-00-00'] } }] });
    expect(coverRange('', '', YEARS)).toBeNull();
  });

  it('says why a range cannot be searched', () => {
    expect(rangeProblem('2017-13', '')).toMatch(/“2017-13” is not a date/);
    expect(rangeProblem('', '2019-02-29')).toMatch(/is not a date/);
    expect(rangeProblem('2020-02-29', '')).toBeNull();
    expect(rangeProblem('17', '')).toMatch(/is not a date/);
    expect(rangeProblem('2019-05', '2019-04-30')).toMatch(/ends \(2019-04-30\) before it begins \(2019-05\)/);
    expect(rangeProblem('2019-05', '2019-05-01')).toBeNull();
  });
});
