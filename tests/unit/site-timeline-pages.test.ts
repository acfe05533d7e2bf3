import { describe, expect, it } from 'vitest';
import { listSlices, PAGE_SIZE, pageNumbers, PAGER_WINDOW } from '../../src/archive/pagination.ts';
import { timelinePages, type TimelinePage } from '../../src/archive/timeline-pages.ts';
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
    expect(pages[0]!.years.map((y) => [y.year, pages[0]!.whole!.yearCounts[y.year], y.href])).toEqual([
      ['2022', 5, '/people/x/newest/#year-2022'],
      ['2020', 40, '/people/x/newest/#year-2020'],
      ['2019', 30, '/people/x/newest/#year-2019'],
    ]);
    expect(pages[1]!.page.url).toEqual({ current: '/people/x/newest/2/', prev: '/people/x/newest/', next: undefined });
  });

  it('jumps to the page where each year starts, and numbers each page with the year it starts in', () => {
    const pages = timelinePages(list, 'oldest', urlOf('oldest'));
    expect(pages[1]!.years.map((y) => `${y.year}>${y.href}`)).toEqual(['2019>/people/x/#year-2019', '2020>/people/x/#year-2020', '2022>/people/x/2/#year-2022']);
    expect(pages[1]!.numbers).toEqual([
      { n: 1, url: '/people/x/', year: '2019', current: false },
      { n: 2, url: '/people/x/2/', year: '2020', current: true },
    ]);
    expect(pages[0]!.whole!.span).toEqual([list[0]!.article.published, list.at(-1)!.article.published]);
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
    expect(page!.whole).toEqual({ total: 0, span: undefined, yearCounts: {} });
  });
});

describe('listSlices: fixed pages counted from the oldest article', () => {
  it('cuts oldest first into PAGE_SIZE from the oldest; newest first a full landing page, the rest of the fixed page it cuts, then the fixed pages', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(listSlices(0, 'newest')).toEqual([{ from: 0, to: 0 }]);
    expect(listSlices(50, 'newest')).toEqual([{ from: 0, to: 50 }]);
    expect(listSlices(120, 'oldest')).toEqual([
      { from: 0, to: 50 },
      { from: 50, to: 100 },
      { from: 100, to: 120 },
    ]);
    expect(listSlices(51, 'newest')).toEqual([
      { from: 1, to: 51 },
      { from: 0, to: 1 },
    ]);
    expect(listSlices(120, 'newest')).toEqual([
      { from: 70, to: 120 },
      { from: 50, to: 70 },
      { from: 0, to: 50 },
    ]);
    expect(listSlices(150, 'newest')).toEqual([
      { from: 100, to: 150 },
      { from: 50, to: 100 },
      { from: 0, to: 50 },
    ]);
  });
});

describe('timelinePages as a list grows by its newest article', () => {
  // The last 130 days of 2019, then 2020's first 210, an article a day: sizes up to 330 cross pages and a New Year.
  const list = [...articles(2019, 365).slice(235), ...articles(2020, 210)];
  const urlOf = (order: 'oldest' | 'newest') => (n: number) => `/sources/x/${orderedListPagePath('', order, 'newest', n)}`;
  const sizes = Array.from({ length: 331 }, (_, n) => n);
  const idsOf = (page: TimelinePage<(typeof list)[number]>) => page.groups.flatMap((g) => g.articles.map((a) => a.id));

  it('lists every article exactly once in each order, never more than PAGE_SIZE to a page, the landing page full', () => {
    for (const size of sizes) {
      const part = list.slice(0, size);
      for (const order of ['oldest', 'newest'] as const) {
        const pages = timelinePages(part, order, urlOf(order));
        expect(pages.flatMap(idsOf)).toEqual((order === 'oldest' ? part : [...part].reverse()).map((a) => a.id));
        expect(Math.max(...pages.map((page) => idsOf(page).length))).toBe(Math.min(size, PAGE_SIZE));
        expect(idsOf(pages[0]!)).toHaveLength(order === 'newest' ? Math.min(size, PAGE_SIZE) : idsOf(pages[0]!).length);
        expect(pages.map((page) => page.whole !== undefined)).toEqual(pages.map((_, i) => i === 0));
      }
    }
  });

  it('numbers each article as the list does from its oldest, in both orders, and says which numbers each page holds', () => {
    const part = list.slice(0, 237);
    for (const order of ['oldest', 'newest'] as const) {
      for (const page of timelinePages(part, order, urlOf(order))) {
        const numbers = page.groups.flatMap((g) => g.articles.map((_, i) => (order === 'oldest' ? g.start + i : g.start - i)));
        expect(numbers).toEqual(idsOf(page).map((id) => part.findIndex((a) => a.id === id) + 1));
        expect([page.numbered.first, page.numbered.last]).toEqual([Math.min(...numbers), Math.max(...numbers)]);
      }
    }
  });

  it('an added article changes the first page and the ones it lands on (oldest: the last; newest: the second) and no other, until it starts a page', () => {
    for (const order of ['oldest', 'newest'] as const) {
      for (const size of sizes) {
        const before = timelinePages(list.slice(0, size), order, urlOf(order));
        const after = timelinePages(list.slice(0, size + 1), order, urlOf(order));
        // A page added renumbers every page's pager, newest first every page's articles: once in PAGE_SIZE.
        if (after.length !== before.length) continue;
        const changed = before.flatMap((page, i) => (JSON.stringify(page) === JSON.stringify(after[i]) ? [] : [page.page.currentPage]));
        const allowed = order === 'oldest' ? [1, before.length] : [1, 2];
        expect(changed.filter((n) => !allowed.includes(n)), `${order}, ${size} articles`).toEqual([]);
      }
    }
  });

  it('a later page that does not grow leaves out the jumps to and the years of the pages that do; a growing one shows all', () => {
    // 130 of 2019, then 2020's. Newest first at 237: 2020 starts on page 1 (growing), 2019 on page 3, whose first article is 2020's.
    const newest = timelinePages(list.slice(0, 237), 'newest', urlOf('newest'));
    expect(newest.map((page) => page.years.map((y) => y.year))).toEqual([['2020', '2019'], ['2020', '2019'], ['2019'], ['2019'], ['2019']]);
    expect(newest[3]!.numbers.map((number) => number?.year)).toEqual([undefined, undefined, '2020', '2019', '2019']);
    expect(newest[1]!.numbers.map((number) => number?.year)).toEqual(['2020', '2020', '2020', '2019', '2019']);
    // Oldest first at 140: 2020 starts on the last page, the growing one.
    const oldest = timelinePages(list.slice(0, 140), 'oldest', urlOf('oldest'));
    expect(oldest.map((page) => page.years.map((y) => y.year))).toEqual([['2019', '2020'], ['2019'], ['2019', '2020']]);
    expect(oldest[1]!.numbers.map((number) => number?.year)).toEqual(['2019', '2019', undefined]);
  });

  it('keeps every fixed page’s articles when a page is added: oldest first at the same number, newest first one number on', () => {
    for (const size of sizes.filter((n) => n > 0 && n % PAGE_SIZE === 0)) {
      for (const order of ['oldest', 'newest'] as const) {
        const before = timelinePages(list.slice(0, size), order, urlOf(order)).map(idsOf);
        const after = timelinePages(list.slice(0, size + 1), order, urlOf(order)).map(idsOf);
        expect(after).toHaveLength(before.length + 1);
        if (order === 'oldest') expect(after.slice(0, before.length)).toEqual(before);
        else expect(after.slice(3)).toEqual(before.slice(2));
      }
    }
  });

  it('newest first, every page from the third holds one fixed page of oldest first, reversed', () => {
    for (const size of [101, 149, 150, 151, 330]) {
      const oldest = timelinePages(list.slice(0, size), 'oldest', urlOf('oldest')).map(idsOf);
      const newest = timelinePages(list.slice(0, size), 'newest', urlOf('newest')).map(idsOf);
      newest.slice(2).forEach((ids, i) => expect(ids).toEqual([...oldest[oldest.length - 3 - i]!].reverse()));
    }
  });
});
