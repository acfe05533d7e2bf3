import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/archive/pagination.ts';
import { periodPages, type PeriodLink } from '../../src/archive/period-pages.ts';

/**
 * A year's pages (src/archive/period-pages.ts) on plain objects: its months hold `sizes[i]` articles
 * each; a month links to `/2024/<month>/`, the neighbouring years to 2023 and 2025.
 */
function yearOf(sizes: number[]) {
  const months = sizes.map((size, i) => ({ month: String(i + 1).padStart(2, '0'), articles: Array.from({ length: size }, (_, n) => `${i + 1}-${n}`) }));
  const link = (counted: boolean) => (month: (typeof months)[number]) => ({ name: month.month, path: `/2024/${month.month}/`, ...(counted && { count: month.articles.length }) });
  const year = (name: string, counted: boolean): PeriodLink => ({ name, path: `/${name}/`, ...(counted && { count: 7 }) });
  return periodPages(
    { year: '2024' },
    sizes.reduce((sum, size) => sum + size, 0),
    months.map((month) => ({ part: month, group: { year: '2024', month: month.month }, articles: month.articles })),
    (n) => (n > 1 ? `/2024/page/${n}/` : '/2024/'),
    link,
    (counted) => ({ unit: 'year', previous: year('2023', counted), next: year('2025', counted) }),
  );
}

describe('periodPages (a year’s or a month’s pages)', () => {
  it('counts the period, its parts and its neighbours on the first page only; a later page says which articles it holds', () => {
    const pages = yearOf([30, 40, 60]);
    expect(pages.map((page) => page.count)).toEqual([130, undefined, undefined]);
    const uncounted = [undefined, undefined, undefined];
    expect(pages.map((page) => page.parts.map((part) => part.count))).toEqual([[30, 40, 60], uncounted, uncounted]);
    expect(pages.map((page) => [page.neighbours.previous?.count, page.neighbours.next?.count])).toEqual([[7, 7], [undefined, undefined], [undefined, undefined]]);
    expect(pages.map((page) => page.numbered)).toEqual([
      { first: 1, last: 50 },
      { first: 51, last: 100 },
      { first: 101, last: 130 },
    ]);
    expect(pages.map((page) => page.groups.map((g) => `${g.period.month}:${g.articles.length}@${g.start}`))).toEqual([
      ['01:30@1', '02:20@31'],
      ['02:20@51', '03:30@71'],
      ['03:30@101'],
    ]);
  });

  it('an article added to the last month changes the first page and the last, no other, until a page or a month is added', () => {
    for (let size = 1; size < 4 * PAGE_SIZE; size += 1) {
      const [before, after] = [yearOf([70, 40, size]), yearOf([70, 40, size + 1])];
      if (after.length !== before.length) continue;
      const changed = before.flatMap((page, i) => (JSON.stringify(page) === JSON.stringify(after[i]) ? [] : [page.page.currentPage]));
      expect(changed.filter((n) => n !== 1 && n !== before.length), `${size} articles in the last month`).toEqual([]);
    }
  });
});
