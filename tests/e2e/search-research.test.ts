import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { watchedPage } from '../helpers/watched-page.ts';
import { openBuiltSite, siteVariant, type OpenSite } from '../helpers/open-site.ts';
import { CORPUS_DIR } from '../helpers/make-site-corpus.ts';
import { parseQuery, soughtTerms, type QueryNode } from '../../src/search/query-syntax.ts';
import { YEAR_TABLE_FILE } from '../../src/search/year-table.ts';

/**
 * The researcher's search (issue 17): results over time, date ranges, boolean queries and the
 * whole state in the URL, in Chromium on the 64-article corpus indexed in three shards. Every
 * expected answer is counted here by brute force from the corpus's own files.
 */

interface CorpusEntry {
  title: string;
  /** The paper's day, as in the article's URL. */
  day: string;
  source: string;
  /** Every word a search reads: title, body, caption, byline and the paper's name. */
  words: string[];
}

const SOURCE_NAMES: Record<string, string> = { 'civil-georgia': 'Civil Georgia', 'the-messenger': 'The Messenger', 'georgia-today': 'Georgia Today' };
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

async function readCorpus(): Promise<CorpusEntry[]> {
  const dir = path.join(CORPUS_DIR, 'articles');
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.md'));
  return Promise.all(
    files.map(async (file) => {
      const { data, content } = matter(await readFile(path.join(dir, file), 'utf8'));
      const text = [data.title, content, data.photo?.caption ?? '', data.authors.join(' and '), SOURCE_NAMES[data.source]].join(' ');
      return { title: data.title as string, day: (data.published as string).slice(0, 10), source: data.source as string, words: wordsOf(text) };
    }),
  );
}

/**
 * Whether an article matches a boolean query: a word matches the words it begins (as the search
 * page says: `Bibil` finds Bibilov, `meet` finds meeting), a phrase its words in a row.
 */
function matches(entry: CorpusEntry, node: QueryNode): boolean {
  switch (node.kind) {
    case 'term': {
      const sought = wordsOf(node.text);
      if (!node.phrase) return sought.every((word) => entry.words.some((candidate) => candidate.startsWith(word)));
      return entry.words.some((_, i) => sought.every((word, j) => entry.words[i + j] === word));
    }
    case 'not':
      return !matches(entry, node.operand);
    case 'all':
      return node.parts.every((part) => matches(entry, part));
    case 'any':
      return node.parts.some((part) => matches(entry, part));
  }
}

function treeOf(query: string): QueryNode {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

/** Whether a day lies in a range whose bounds are a year, a month or a day ('' for open). */
const inRange = (day: string, from: string, to: string) => (!from || day.slice(0, from.length) >= from) && (!to || day.slice(0, to.length) <= to);

const countBy = (entries: CorpusEntry[], key: (entry: CorpusEntry) => string) =>
  entries.reduce<Record<string, number>>((counts, entry) => ({ ...counts, [key(entry)]: (counts[key(entry)] ?? 0) + 1 }), {});

const articles = (count: number) => (count === 1 ? '1 article' : `${count} articles`);

let site: OpenSite;
let corpus: CorpusEntry[];

beforeAll(async () => {
  corpus = await readCorpus();
  expect(corpus.length).toBe(64);
  site = await openBuiltSite({ build: siteVariant({ contentDir: CORPUS_DIR, env: { DATELINE_SEARCH_SHARD_PAGES: '25' } }) });
}, 300_000);
afterAll(() => site?.close());

async function waitForSummary(page: Page, summary: RegExp): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), summary.source);
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** The chart's table, row by row: [period, count]. */
async function timelineRows(page: Page): Promise<[string, number][]> {
  await page.locator('.search-timeline-table').waitFor({ state: 'attached' });
  const rows = await page.locator('.search-timeline-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')!.dataset.period!, Number(tr.querySelector('td')!.textContent)]));
  return rows as [string, number][];
}

/** Every result title, page after page. */
async function allTitles(page: Page): Promise<string[]> {
  const titles = await page.locator('.search-result-title a').allTextContents();
  for (;;) {
    const next = page.getByRole('link', { name: /^Next page, \d+$/ });
    if ((await next.count()) === 0) return titles;
    const to = Number(/\d+$/.exec((await next.getAttribute('aria-label')) ?? '')?.[0]);
    await next.click();
    await page.waitForURL(new RegExp(`[?&]page=${to}(&|$)`));
    const total = Number(/of (\d+),/.exec((await page.locator('#search-page-range').textContent()) ?? '')?.[1]);
    // Results arrive one by one: the page is complete with its tenth, or with the last result.
    await page.waitForFunction((count) => document.querySelectorAll('.search-result').length === count, Math.min(10, total - (to - 1) * 10));
    titles.push(...(await page.locator('.search-result-title a').allTextContents()));
  }
}

const searchUrl = (params: Record<string, string>) => `${site.url}search/?${new URLSearchParams(params)}`;

describe('boolean queries', () => {
  const QUERIES = [
    'Lomsadze (budget OR elections) -"report 15"',
    'elections OR reforms -Kharshiladze',
    'monitoring OR "report 12"',
    '-Dvali',
    'Observers -(Mariamidze OR Lomsadze) budget',
    'talks NOT reforms NOT border',
  ];

  it('finds exactly the articles a brute-force reading of the corpus finds, for each query', async () => {
    const { page, problems } = await watchedPage(site.browser);
    for (const query of QUERIES) {
      const expected = corpus.filter((entry) => matches(entry, treeOf(query))).map((entry) => entry.title).sort();
      // Each query is a real test: some but not all articles, and not what its first word alone finds.
      const first = soughtTerms(treeOf(query))[0];
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(corpus.length);
      if (first) expect(expected.length, query).not.toBe(corpus.filter((entry) => matches(entry, first)).length);
      await page.goto(searchUrl({ q: query }));
      const summary = await waitForSummary(page, /match|No art/);
      expect(summary, query).toMatch(new RegExp(`^(${articles(expected.length)} match|No articles found)`));
      expect((await allTitles(page)).sort(), query).toEqual(expected);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('orders boolean results by date when asked, and marks only the words searched for', async () => {
    const { page } = await watchedPage(site.browser);
    const query = 'elections OR reforms -Kharshiladze';
    await page.goto(searchUrl({ q: query, sort: 'oldest' }));
    await waitForSummary(page, /match/);
    const expected = corpus
      .filter((entry) => matches(entry, treeOf(query)))
      .sort((a, b) => a.day.localeCompare(b.day))
      .map((entry) => entry.title);
    expect(await allTitles(page)).toEqual(expected);
    const marked = new Set((await page.locator('.search-result mark').allTextContents()).map((word) => word.toLowerCase()));
    expect([...marked].every((word) => ['elections', 'reforms'].includes(word)), [...marked].join()).toBe(true);
  });

  it('counts facet values within a boolean result set', async () => {
    const { page } = await watchedPage(site.browser);
    const query = 'budget OR border';
    await page.goto(searchUrl({ q: query }));
    await waitForSummary(page, /match/);
    await page.click('#search-facets [data-facet="source"] > summary');
    const found = corpus.filter((entry) => matches(entry, treeOf(query)));
    for (const [source, count] of Object.entries(countBy(found, (entry) => entry.source))) {
      await page.getByRole('checkbox', { name: `${SOURCE_NAMES[source]} (${count})` }).waitFor();
    }
  });

  it('never counts what Pagefind falls back to as a match of a term, and names the term that matched nothing', async () => {
    const { page, problems } = await watchedPage(site.browser);
    // No word begins "Tbilisiz"; Pagefind alone would fall back to Tbilisi, in every article.
    const query = 'Tbilisiz OR budget';
    const expected = corpus.filter((entry) => matches(entry, treeOf(query)));
    expect(expected.length).toBe(corpus.filter((entry) => matches(entry, treeOf('budget'))).length);
    await page.goto(searchUrl({ q: query }));
    expect(await waitForSummary(page, /match/)).toBe(`${articles(expected.length)} match “${query}”. No article searched contains “Tbilisiz”.`);
    expect(problems).toEqual([]);
  });

  it('says why a malformed query cannot be read, and never fails', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(searchUrl({ q: '(budget OR border' }));
    expect(await waitForSummary(page, /cannot be read/)).toBe('The query cannot be read: An opening parenthesis has no closing one.');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.fill('#search-query', 'budget OR');
    await page.press('#search-query', 'Enter');
    expect(await waitForSummary(page, /cannot be read/)).toBe('The query cannot be read: OR needs something to search for on each side.');
    expect(problems).toEqual([]);
  });

  it('documents the syntax on the search page', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(`${site.url}search/`);
    await page.click('.search-syntax summary');
    const help = await page.locator('.search-syntax').textContent();
    for (const part of ['OR', 'NOT', '-treaty', '"peace talks"', '(Kremlin OR Moscow)']) expect(help).toContain(part);
  });
});

describe('date range', () => {
  const RANGES: { from: string; to: string; q?: string; source?: string }[] = [
    { from: '2018', to: '2019', q: 'Tbilisi' },
    { from: '2017-11-15', to: '2019-02', q: 'Tbilisi' },
    { from: '2018-03-10', to: '', source: 'civil-georgia' },
    { from: '', to: '2017-06-20', q: 'observers' },
    { from: '2019-04-05', to: '2019-09-12', q: 'budget OR border OR talks' },
    { from: '2020-02', to: '2020-02' },
  ];

  it('counts exactly the articles whose day lies in the range, with every facet and in the URL', async () => {
    const { page, problems } = await watchedPage(site.browser);
    for (const range of RANGES) {
      const expected = corpus.filter(
        (entry) => inRange(entry.day, range.from, range.to) && (!range.q || matches(entry, treeOf(range.q))) && (!range.source || entry.source === range.source),
      );
      expect(expected.length, JSON.stringify(range)).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(corpus.length);
      // Typed into the form, so the URL is the page's own writing of the range.
      await page.goto(`${site.url}search/${range.source ? `?source=${range.source}` : ''}`);
      if (range.source) await waitForSummary(page, /articles/);
      await page.fill('#search-query', range.q ?? '');
      await page.fill('#search-from', range.from);
      await page.fill('#search-to', range.to);
      await page.press('#search-query', 'Enter');
      const scope = range.from === range.to ? `in ${range.from}` : [range.from && `from ${range.from}`, range.to && `to ${range.to}`].filter(Boolean).join(' ');
      const summary = await waitForSummary(page, new RegExp(`${scope}\\.`));
      expect(summary, JSON.stringify(range)).toMatch(new RegExp(`^${articles(expected.length)}\\b`));
      const url = new URL(page.url());
      expect(url.searchParams.get('from') ?? '').toBe(range.from);
      expect(url.searchParams.get('to') ?? '').toBe(range.to);
      expect((await allTitles(page)).sort()).toEqual(expected.map((entry) => entry.title).sort());
      // The facet counts are the range's too.
      await page.click('#search-facets [data-facet="year"] > summary');
      for (const [year, count] of Object.entries(countBy(expected, (entry) => entry.day.slice(0, 4)))) {
        await page.getByRole('checkbox', { name: `${year} (${count})` }).waitFor();
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('says when a bound is no date or the range ends before it begins', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(searchUrl({ q: 'Tbilisi', from: '2018-02-30' }));
    expect(await waitForSummary(page, /not a date/)).toBe('“2018-02-30” is not a date: write a year (2017), a month (2017-11) or a day (2017-11-15).');
    await page.goto(searchUrl({ q: 'Tbilisi', from: '2019', to: '2018-12' }));
    expect(await waitForSummary(page, /before it begins/)).toBe('The range ends (2018-12) before it begins (2019).');
  });
});

describe('results over time', () => {
  it('charts the results per year, each bar the brute-force count, with a table alternative', async () => {
    const { page, problems } = await watchedPage(site.browser);
    for (const query of ['Dvali OR monitoring', 'observers -budget']) {
      const found = corpus.filter((entry) => matches(entry, treeOf(query)));
      const perYear = countBy(found, (entry) => entry.day.slice(0, 4));
      const years = Object.keys(perYear).sort();
      await page.goto(searchUrl({ q: query }));
      await waitForSummary(page, /match/);
      expect(years.length).toBeGreaterThan(2);
      const expected = [];
      for (let year = Number(years[0]); year <= Number(years.at(-1)); year += 1) expected.push([String(year), perYear[String(year)] ?? 0]);
      expect(await timelineRows(page), query).toEqual(expected);
      // The bars say the same, to a screen reader too.
      const bars = await page.locator('.search-timeline-chart a').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
      expect(bars).toEqual(expected.map(([year, count]) => `${year}: ${articles(count as number)}`));
    }
    expect(problems).toEqual([]);
  });

  it('charts months when the results span two years or less, and a bar narrows to its period, by keyboard too', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(searchUrl({ q: 'Tbilisi', from: '2018', to: '2019' }));
    await waitForSummary(page, /match/);
    const found = corpus.filter((entry) => inRange(entry.day, '2018', '2019'));
    const perMonth = countBy(found, (entry) => entry.day.slice(0, 7));
    const months = Object.keys(perMonth).sort();
    const rows = await timelineRows(page);
    expect(rows[0]).toEqual([months[0], perMonth[months[0]!]]);
    expect(rows.at(-1)).toEqual([months.at(-1), perMonth[months.at(-1)!]]);
    expect(Object.fromEntries(rows.filter(([, count]) => count > 0))).toEqual(perMonth);
    // Tab to the bar of the busiest month and press Enter.
    const [month, count] = Object.entries(perMonth).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    await page.locator(`.search-timeline-chart a[data-period="${month}"]`).focus();
    await page.keyboard.press('Enter');
    expect(await waitForSummary(page, new RegExp(`in ${month}`))).toBe(`${articles(count)} ${count === 1 ? 'matches' : 'match'} “Tbilisi” in ${month}.`);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([month, month]);
    expect(await page.inputValue('#search-from')).toBe(month);
    expect(problems).toEqual([]);
  });

  it('charts years from one year table per shard, no filter file and no request per bar', async () => {
    const { page } = await watchedPage(site.browser);
    const filterFiles: string[] = [];
    const yearTables: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.pf_filter')) filterFiles.push(pathname);
      if (pathname.endsWith(`/${YEAR_TABLE_FILE}`)) yearTables.push(pathname);
    });
    await page.goto(searchUrl({ q: 'Tbilisi' }));
    await waitForSummary(page, /match/);
    await page.locator('.search-timeline-chart').waitFor();
    expect(await page.locator('.search-timeline-chart a').count()).toBe(4);
    // Three shards: three tables, each once, and none of Pagefind's filter files.
    expect(yearTables.sort()).toEqual(['/pagefind/dateline-years.json', '/pagefind/shard-1/dateline-years.json', '/pagefind/shard-2/dateline-years.json']);
    expect(filterFiles).toEqual([]);
    // A later query counts by the tables already fetched.
    await page.fill('#search-query', 'observers');
    await page.press('#search-query', 'Enter');
    await waitForSummary(page, /observers/);
    await page.locator('.search-timeline-chart').waitFor();
    expect([yearTables.length, filterFiles.length]).toEqual([3, 0]);
  });
});

describe('the whole state in the URL', () => {
  it('restores query, range, filters and order exactly on Back and Forward', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const form = () =>
      page.evaluate(() => ({
        q: (document.querySelector('#search-query') as HTMLInputElement).value,
        from: (document.querySelector('#search-from') as HTMLInputElement).value,
        to: (document.querySelector('#search-to') as HTMLInputElement).value,
        sort: (document.querySelector('#search-sort') as HTMLSelectElement).value,
        checked: [...document.querySelectorAll<HTMLInputElement>('#search-facets input:checked')].map((box) => `${box.name}=${box.value}`),
        status: document.querySelector('#search-status')!.textContent,
        url: location.search,
      }));
    await page.goto(searchUrl({ q: 'observers' }));
    await waitForSummary(page, /match/);
    const steps = [await form()];
    await page.fill('#search-from', '2018');
    await page.press('#search-from', 'Enter');
    await waitForSummary(page, /from 2018/);
    steps.push(await form());
    await page.click('#search-facets [data-facet="source"] > summary');
    await page.getByRole('checkbox', { name: /^The Messenger/ }).check();
    await waitForSummary(page, /The Messenger/);
    steps.push(await form());
    await page.selectOption('#search-sort', 'oldest');
    await page.waitForFunction(() => location.search.includes('sort=oldest'));
    await waitForSummary(page, /The Messenger/);
    steps.push(await form());
    expect(steps.at(-1)).toMatchObject({ q: 'observers', from: '2018', to: '', sort: 'oldest', checked: ['source=the-messenger'] });
    expect(new Set(steps.map((step) => step.url)).size).toBe(4);
    for (let i = steps.length - 2; i >= 0; i -= 1) {
      await page.goBack();
      await page.waitForFunction((status) => document.querySelector('#search-status')?.textContent === status, steps[i]!.status);
      expect(await form()).toEqual(steps[i]);
    }
    for (let i = 1; i < steps.length; i += 1) {
      await page.goForward();
      await page.waitForFunction((status) => document.querySelector('#search-status')?.textContent === status, steps[i]!.status);
      expect(await form()).toEqual(steps[i]);
    }
    expect(problems).toEqual([]);
  });
});
