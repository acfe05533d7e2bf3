import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageSortValues } from '../../src/search/page-sort-values.ts';

/**
 * The sort values the index step reads from each article page (src/search/page-sort-values.ts),
 * which the canonical form sorts a shard's pages by and the index record keeps for every page.
 */

/** A full garbage collection, which Node offers only under --expose-gc: the flag is set now and `gc` taken from a fresh context. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe("an article page's sort values", () => {
  it('are read from each inline data-pagefind-sort, quoted or not', () => {
    const html = `<time data-pagefind-sort="date:2019-03-08T09:15:00.000Z"></time><b data-pagefind-sort='words:0870'></b><i data-pagefind-sort=title:talks></i>`;
    expect(pageSortValues(html)).toEqual({ date: '2019-03-08T09:15:00.000Z', words: '0870', title: 'talks' });
  });

  it('are refused (null) for a form the canonical form cannot trust: no key, an entity, several keys, a key twice', () => {
    expect(pageSortValues('<b data-pagefind-sort="2019"></b>')).toBeNull();
    expect(pageSortValues('<b data-pagefind-sort="title:A&amp;B"></b>')).toBeNull();
    expect(pageSortValues('<b data-pagefind-sort="date:2019, title:a"></b>')).toBeNull();
    expect(pageSortValues('<b data-pagefind-sort="date:2019"></b><i data-pagefind-sort="date:2020"></i>')).toBeNull();
  });

  it('keep no page in memory: the record holds every page\u2019s values until the index step ends', () => {
    // 32 pages of 1 MiB, each read and dropped: a value that is a view of its page's text keeps
    // the whole page alive (32 MiB); values of their own keep a few bytes each.
    const pages = 32;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const kept: (Record<string, string> | null)[] = [];
    for (let page = 0; page < pages; page += 1) {
      const html = `<main><time data-pagefind-sort="date:2019-03-08T09:${String(page).padStart(2, '0')}:00.000Z"></time>${`<p>Page ${page}: talks in Tbilisi.</p>`.repeat(2 ** 20 / 32)}</main>`;
      kept.push(pageSortValues(html));
    }
    collectGarbage();
    const held = process.memoryUsage().heapUsed - before;
    expect(kept.map((values) => values?.date)).toContain('2019-03-08T09:31:00.000Z');
    expect(held).toBeLessThan(4 * 2 ** 20);
  });
});
