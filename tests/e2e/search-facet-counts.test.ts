import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateArchiveInto, type GeneratedArchive } from '../helpers/generated-archive.ts';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';
import { watchedSearchPage } from '../helpers/watched-page.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * Issue 18's last two gaps, in Chromium on a generated archive of 1,000 articles indexed in
 * three shards: before any search a facet is counted from the index step's counts file
 * (src/search/archive-facet-counts.ts), which must equal what Pagefind counts from its own
 * filter files; and on a 390 x 844 phone the first result starts within the first screen, with
 * every control still reachable by keyboard. Expected counts come from the corpus's articles
 * and from Pagefind's own API, never from the page's code.
 */

const ARTICLES = 1000;
const FACETS = ['source', 'year', 'author', 'person', 'place', 'organization'];
const PHONE = { width: 390, height: 844 };
/** A loaded machine (other builds beside this test) can take seconds to redraw a list. */
const SLOW = { timeout: 15_000 };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

let archive: GeneratedArchive;
let site: OpenSite<GeneratedArchive>;

beforeAll(async () => {
  // 400 pages a shard: the counts are summed over several shards, as at 10,000 articles.
  site = await openBuiltSite({ build: (dir) => generateArchiveInto(dir, { articles: ARTICLES, env: { DATELINE_SEARCH_SHARD_PAGES: '400' } }) });
  archive = site.built;
}, 600_000);

afterAll(() => site?.close());

/** Articles per value of a field of the corpus's articles. */
function corpusCounts(values: (data: GeneratedArchive['articles'][number]['data']) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { data } of archive.articles) for (const value of values(data)) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function sorted(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
}

describe('facet counts before any search', () => {
  it('equal the counts Pagefind itself gives from its filter files, over every shard, and the corpus', async () => {
    const page = await site.browser.newPage();
    // A page of the site, so Pagefind's bundle loads from its own origin as on the search page.
    await page.goto(`${site.url}pagefind/dateline-shards.json`);
    // A string, so the test runner leaves its dynamic import as the browser's own.
    const { shards, own, files } = (await page.evaluate(`(async (facets) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { shards } = await (await fetch('/pagefind/dateline-shards.json')).json();
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      for (const shard of shards) await pagefind.mergeIndex('/pagefind/' + shard, {});
      const own = await pagefind.filters();
      const files = {};
      for (const facet of facets) files[facet] = await (await fetch('/pagefind/dateline-facets/' + facet + '.json')).json();
      return { shards, own, files };
    })(${JSON.stringify(FACETS)})`)) as { shards: string[]; own: Record<string, Record<string, number>>; files: Record<string, Record<string, number>> };
    expect(shards.length).toBeGreaterThanOrEqual(2);
    for (const facet of FACETS) {
      const pagefindCounts = Object.fromEntries(Object.entries(own[facet] ?? {}).filter(([, count]) => count > 0));
      expect(Object.keys(pagefindCounts).length, facet).toBeGreaterThan(0);
      expect(sorted(files[facet]!), facet).toEqual(sorted(pagefindCounts));
    }
    expect(sorted(files.source!)).toEqual(sorted(corpusCounts((data) => [data.source])));
    expect(sorted(files.person!)).toEqual(sorted(corpusCounts((data) => data.people)));
    expect(sorted(files.organization!)).toEqual(sorted(corpusCounts((data) => data.organizations)));
    await page.close();
  });

  it('are what a facet opened without a search fetches and shows; a search counts with Pagefind again', async () => {
    const { page, problems, fetched } = await watchedSearchPage(site.browser, site.url);

    await page.click('#search-facets [data-facet="person"] > summary');
    await page.locator('[data-facet="person"] fieldset input').first().waitFor();
    expect(fetched).toContain('/pagefind/dateline-facets/person.json');
    expect(fetched.filter((file) => file.endsWith('.pf_filter'))).toEqual([]);
    const names = new Map(archive.world.gazetteer.people.map((person) => [person.id, person.name]));
    const byCount = Object.entries(corpusCounts((data) => data.people))
      .map(([id, count]) => ({ name: names.get(id)!, count }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    const shown = () => page.locator('[data-facet="person"] fieldset label').allTextContents();
    expect(await shown()).toEqual(byCount.slice(0, 10).map(({ name, count }) => `${name} (${count})`));

    // A filter: the person facet is counted within it, from Pagefind's filter files.
    const [topSource] = Object.entries(corpusCounts((data) => [data.source])).sort(([, a], [, b]) => b - a);
    const source = archive.world.sources.find(({ id }) => id === topSource![0])!;
    await page.click('#search-facets [data-facet="source"] > summary');
    await page.getByRole('checkbox', { name: `${source.name} (${topSource![1]})` }).check();
    await page.waitForURL(new RegExp(`\\?source=${source.id}$`));
    const inSource = archive.articles.filter(({ data }) => data.source === source.id);
    const withinSource = Object.entries(corpusCounts((data) => (data.source === source.id ? data.people : [])))
      .map(([id, count]) => ({ name: names.get(id)!, count }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    await expect.poll(shown, SLOW).toEqual(withinSource.slice(0, 10).map(({ name, count }) => `${name} (${count})`));
    expect(inSource.length).toBeLessThan(ARTICLES);
    expect(fetched.filter((file) => file.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

/** What has the keyboard's focus, as a test names it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    if (element.id) return `#${element.id}`;
    const fold = element.closest('details');
    if (element.localName === 'summary' && fold) return `summary.${[...fold.classList].join('.')}`;
    if (element.closest('.search-result')) return 'result link';
    if (element.closest('#search-timeline')) return 'chart link';
    return `${element.localName}${element.className ? `.${element.className}` : ''}`;
  });
}

/**
 * Tabs through the whole page from the top, unfolding every fold of the search page on the way
 * with Enter, and returns what took the focus, in order.
 */
async function tabThrough(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const name = await focusedName(page);
    if (name === 'body' || (seen.length > 0 && name === seen[0])) break;
    seen.push(name);
    const closedFold = await page.evaluate(() => {
      const element = document.activeElement;
      const fold = element?.localName === 'summary' ? element.parentElement : null;
      return fold instanceof HTMLDetailsElement && fold.classList.contains('search-fold') && !fold.open;
    });
    if (closedFold) await page.keyboard.press('Enter');
  }
  return seen;
}

describe('on a 390 x 844 phone', () => {
  const searches = () => {
    const source = archive.world.sources[0]!;
    const inSource = archive.articles.filter(({ data }) => data.source === source.id).length;
    // A family name many articles print: a query with a full page of results.
    const people = corpusCounts((data) => data.people);
    const [top] = Object.entries(people).sort(([, a], [, b]) => b - a);
    const word = archive.world.gazetteer.people.find((person) => person.id === top![0])!.name.split(' ').at(-1)!;
    return [
      { name: 'a filter, no query', query: `?source=${source.id}`, results: inSource },
      { name: 'a query', query: `?q=${encodeURIComponent(word)}`, results: 10 },
    ];
  };

  it('starts the first result within the first screen, with no query and with one', async () => {
    for (const search of searches()) {
      const context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${site.url}search/${search.query}`);
      await page.locator('.search-result').first().waitFor();
      await page.locator('#search-tools').waitFor();
      // The chart is drawn after the results; the result's place is measured once it is there.
      await page.locator('#search-timeline figure').waitFor({ state: 'attached' });
      const first = await page.locator('.search-result').first().boundingBox();
      expect(first!.y, search.name).toBeLessThan(PHONE.height);
      // Not only its top edge: its title is on the first screen.
      const title = await page.locator('.search-result-title').first().boundingBox();
      expect(title!.y + title!.height, search.name).toBeLessThan(PHONE.height);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(search.results).toBeGreaterThan(0);
      await context.close();
    }
  });

  it('keeps every control reachable by keyboard and labelled, folded or not, and is accessible', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    const { query } = searches()[1]!;
    await page.goto(`${site.url}search/${query}`);
    await page.locator('.search-result').first().waitFor();
    await page.locator('#search-timeline figure').waitFor({ state: 'attached' });
    await page.locator('#search-shortcut-setting:not([hidden])').waitFor({ state: 'attached' });
    // Folded: the dates, order and help, and the chart, each behind one line.
    expect(await page.locator('.search-fold:not([open])').count()).toBe(2);
    expect(await page.locator('#search-from').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    const reached = await tabThrough(page);
    for (const control of [
      '#search-query',
      'button',
      'summary.search-options.search-fold',
      'summary.search-syntax',
      '#search-from',
      '#search-to',
      '#search-sort',
      '#search-shortcut',
      '#search-filter-open',
      'summary.search-timeline-fold.search-fold',
      'chart link',
      'summary.search-timeline-details',
      '#search-view-articles',
      'summary.search-export',
      'result link',
      '#search-page-size',
    ]) {
      expect(reached, control).toContain(control);
    }
    // In the order they stand: the form, then the results with their tools.
    expect(reached.indexOf('#search-sort')).toBeLessThan(reached.indexOf('#search-filter-open'));
    expect(reached.indexOf('#search-filter-open')).toBeLessThan(reached.indexOf('result link'));
    // Every control on the page has a name a screen reader reads.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.search-app :is(input, select, button, summary, a)')]
        .filter((control) => control.checkVisibility() && !(control.getAttribute('aria-label') || (control as HTMLInputElement).labels?.length || control.textContent?.trim()))
        .map((control) => control.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Unfolded, still accessible.
    expect(await page.locator('.search-fold:not([open])').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The filters, in their dialog, by keyboard too.
    await page.focus('#search-filter-open');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Filter the results' }).waitFor();
    const inDialog: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      inDialog.push(await page.evaluate(() => document.activeElement?.closest('[data-facet]')?.getAttribute('data-facet') ?? document.activeElement?.id ?? ''));
    }
    for (const facet of ['source', 'year', 'author', 'person', 'place', 'organization']) expect(inDialog).toContain(facet);
    expect(inDialog).toContain('search-filter-show');
    await context.close();
  });

  it('opens the dates and order on a phone when the search uses them', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}search/${searches()[1]!.query}&sort=newest`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-options').evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#search-sort').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps the wide screen as it was: nothing folded, no line to unfold', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}search/${searches()[1]!.query}`);
    await page.locator('#search-timeline figure').waitFor();
    expect(await page.locator('.search-fold:not([open])').count()).toBe(0);
    expect(await page.locator('.search-fold > summary').evaluateAll((lines) => lines.filter((line) => (line as HTMLElement).checkVisibility()).length)).toBe(0);
    expect(await page.locator('#search-from').isVisible()).toBe(true);
    await context.close();
  });
});
