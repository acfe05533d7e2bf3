import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, paginateGroups } from '../../src/archive/pagination.ts';

describe('paginateGroups (a year’s or a month’s articles under their months or days)', () => {
  const urlOf = (n: number) => (n > 1 ? `/2017/page/${n}/` : '/2017/');

  it('fills pages of PAGE_SIZE in order, continuing a period across a page break with its running number', () => {
    const parts = [
      { period: 'jan', articles: Array.from({ length: 30 }, (_, n) => `jan-${n}`) },
      { period: 'feb', articles: Array.from({ length: 40 }, (_, n) => `feb-${n}`) },
      { period: 'mar', articles: ['mar-0'] },
    ];
    const pages = paginateGroups(parts, urlOf);
    expect(pages.map(({ groups }) => groups.map((g) => `${g.period}:${g.articles.length}@${g.start}`))).toEqual([
      [`jan:30@1`, `feb:${PAGE_SIZE - 30}@31`],
      [`feb:${40 - (PAGE_SIZE - 30)}@${PAGE_SIZE + 1}`, `mar:1@${PAGE_SIZE + 40 - (PAGE_SIZE - 30) + 1}`],
    ]);
    expect(pages.map(({ page }) => page)).toEqual([
      { currentPage: 1, lastPage: 2, url: { current: '/2017/', prev: undefined, next: '/2017/page/2/' } },
      { currentPage: 2, lastPage: 2, url: { current: '/2017/page/2/', prev: '/2017/', next: undefined } },
    ]);
  });

  it('keeps a list of 10,000 articles to pages of PAGE_SIZE', () => {
    const pages = paginateGroups([{ period: 'nov', articles: Array.from({ length: 10_000 }, (_, n) => n) }], urlOf);
    expect(pages).toHaveLength(10_000 / PAGE_SIZE);
    expect(Math.max(...pages.map(({ groups }) => groups.reduce((sum, g) => sum + g.articles.length, 0)))).toBe(PAGE_SIZE);
  });
});
