import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/archive/pagination.ts';
import { pageNumbers, PAGER_WINDOW } from '../../src/archive/pagination.ts';
import { timelinePages } from '../../src/archive/timeline-pages.ts';
import { orderedListPagePath } from '../../src/lib/urls.ts';

/** `count` articles a day apart from 1 January of `year`, at noon in +04:00. */
function articles(year: number, count: number, from = 0) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(year, 0, 1 + i));
    return { id: `${year}-${from + i}`, article: { published: `${day.toISOString().slice(0, 10)}T12:00:00+04:00` } };
  });
}

describe('pageNumbers', () => {
  it('shows the first, the last and PAGER_WINDOW either side of the current page, with gaps', () => {
    expect(PAGER_WINDOW).toBe(2);
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(1, 40)).toEqual([1, 2, 3, undefined, 40]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageNumbers(20, 40)).toEqual([1, undefined, 18, 19, 20, 21, 22, undefined, 40]);
    expect(pageNumbers(4, 40)).toEqual([1, 2, 3, 4, 5, 6, undefined, 40]);
    expect(pageNumbers(40, 40)).toEqual([1, undefined, 38, 39, 40]);
  });

  it('never lists more than PAGER_WINDOW * 2 + 5 numbers, however long the list', () => {
    for (const last of [1, 7, 460, 100_000]) {
      for (const current of [1, Math.ceil(last / 2), last]) expect(pageNumbers(current, last).filter(Boolean).length).toBeLessThanOrEqual(PAGER_WINDOW * 2 + 5);
    }
  });
});

describe('timelinePages', () => {
  const list = [...articles(2019, 30), ...articles(2020, 40), ...articles(2022, 5)];
  const urlOf = (order: 'oldest' | 'newest') => (n: number) => `/people/x/${orderedListPagePath('', order, 'oldest', n)}`;

  it('puts the articles under their years, oldest first, continuing a year across pages', () => {
    const pages = timelinePages(list, 'oldest', urlOf('oldest'));
    expect(pages.map(({ groups }) => groups.map((g) => `${g.period}:${g.articles.length}@${g.start}`))).toEqual([
      ['2019:30@1', `2020:${PAGE_SIZE - 30}@31`],
      [`2020:${40 - (PAGE_SIZE - 30)}@${PAGE_SIZE + 1}`, `2022:5@${30 + 40 + 1}`],
    ]);
    expect(pages.flatMap(({ groups }) => groups.flatMap((g) => g.articles))).toEqual(list);
  });

  it('newest first is the same list reversed, its years newest first, at the other order’s URLs', () => {
    const pages = timelinePages(list, 'newest', urlOf('newest'));
    expect(pages.flatMap(({ groups }) => groups.flatMap((g) => g.articles))).toEqual([...list].reverse());
    expect(pages[0]!.years.map((y) => [y.year, y.count, y.href])).toEqual([
      ['2022', 5, '/people/x/newest/#year-2022'],
      ['2020', 40, '/people/x/newest/#year-2020'],
      ['2019', 30, '/people/x/newest/#year-2019'],
    ]);
    expect(pages[1]!.page.url).toEqual({ current: '/people/x/newest/2/', prev: '/people/x/newest/', next: undefined });
  });

  it('jumps to the page where each year starts, and numbers each page with the year it starts in', () => {
    const pages = timelinePages(list, 'oldest', urlOf('oldest'));
    expect(pages[1]!.years.map((y) => `${y.year}=${y.count}>${y.href}`)).toEqual([
      '2019=30>/people/x/#year-2019',
      '2020=40>/people/x/#year-2020',
      '2022=5>/people/x/2/#year-2022',
    ]);
    expect(pages[1]!.numbers).toEqual([
      { n: 1, url: '/people/x/', year: '2019', current: false },
      { n: 2, url: '/people/x/2/', year: '2020', current: true },
    ]);
    expect(pages[0]!.span).toEqual([list[0]!.article.published, list.at(-1)!.article.published]);
  });

  it('files an article under its local year even when its instant sorts among the next year’s', () => {
    const crossing = [
      { id: 'a', article: { published: '2019-12-31T22:00:00-05:00' } },
      { id: 'b', article: { published: '2020-01-01T00:30:00+05:00' } },
    ];
    // Time order is b (19:30 UTC) then a (03:00 UTC next day); the calendar puts a in 2019.
    const [page] = timelinePages([crossing[1]!, crossing[0]!], 'oldest', urlOf('oldest'));
    expect(page!.groups.map((g) => [g.period, g.articles.map((r) => r.id)])).toEqual([
      ['2019', ['a']],
      ['2020', ['b']],
    ]);
  });

  it('an empty list is one page with no years', () => {
    const [page, ...rest] = timelinePages([], 'newest', urlOf('newest'));
    expect(rest).toEqual([]);
    expect(page!.groups).toEqual([]);
    expect(page!.years).toEqual([]);
    expect(page!.span).toBeUndefined();
  });
});
