import type { Browser, Page } from 'playwright-core';
import { searchPath } from '../lib/urls.ts';
import { NetworkMeter, newContext } from './search-probe.ts';

/**
 * What the search page's filter panel costs (issue 18): the bytes each facet fetches when it is
 * opened, the page's element count with every facet open, and the time a facet's filter box takes
 * to narrow its list, on the built site's /search/ page with no query (the whole archive counted).
 */

export interface FacetOpening {
  facet: string;
  /** Every byte fetched from the click on its summary until the page is quiet (counts file or filter index, and names). */
  bytes: number;
  byKind: Record<string, number>;
  /** Values the facet has in the archive ("10 of 659 shown"). */
  values: number;
}

export interface FacetProbe {
  openings: FacetOpening[];
  /** document.querySelectorAll('*').length with every facet open, no query. */
  domElements: number;
  /** The filter panel's height in pixels with every facet open, no query, on a 1280 px wide screen. */
  panelHeight: number;
  /** The same with a query's results on screen, 50 a page (the largest page size). */
  domElementsWithResults: number;
  checkboxes: number;
  /** The facet with the most values, filtered letter by letter: the slowest letter, input to the next frame. */
  filter: { facet: string; values: number; maxMs: number };
  /**
   * On a phone (PHONE's viewport), the query's first result: its top in page pixels when the
   * results are drawn, and again after every facet was opened in the filter dialog and the
   * dialog closed (issue 18 measured 2,225 px with the facets open above the results).
   */
  phone: { resultsTop: number; resultsTopFacetsOpen: number };
}

/** The phone the issue measured with: 390 px wide (an iPhone 12 to 14). */
const PHONE = { width: 390, height: 844 };

/** Letters typed into the filter box one at a time: each narrows the last. */
const FILTER_TEXT = 'an';

/** Opens every facet of the search page on screen, each once its counts are drawn; returns their names. */
async function openEveryFacet(page: Page, opened: (facet: string) => Promise<void> = async () => {}): Promise<string[]> {
  const facets = await page.locator('#search-facets [data-facet]').evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset.facet!));
  for (const facet of facets) {
    await page.click(`#search-facets [data-facet="${facet}"] > summary`);
    await page.waitForFunction((name) => {
      const group = document.querySelector(`[data-facet="${name}"]`)!;
      return group.querySelector('fieldset input') !== null || /None/.test(group.querySelector('.facet-note')?.textContent ?? '');
    }, facet);
    await opened(facet);
  }
  return facets;
}

/** The first result's top, from the top of the page whatever the scroll. */
const firstResultTop = (page: Page) => page.locator('.search-result').first().evaluate((result) => Math.round(result.getBoundingClientRect().top + scrollY));

async function probePhone(browser: Browser, url: string): Promise<FacetProbe['phone']> {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
    // The chart of results by year, above them, is drawn from files fetched after they show.
    // On a phone it is folded under one line (src/search/client/filter-drawer.ts): drawn, not shown.
    await page.locator('#search-timeline [data-period]').first().waitFor({ state: 'attached', timeout: 60_000 });
    const resultsTop = await firstResultTop(page);
    await page.click('#search-filter-open');
    await openEveryFacet(page);
    await page.click('#search-filter-show');
    await page.locator('#search-filter-dialog').waitFor({ state: 'hidden' });
    return { resultsTop, resultsTopFacetsOpen: await firstResultTop(page) };
  } finally {
    await context.close();
  }
}

/** Playwright's default screen, as wide as the one issue 18 measured the filter column on. */
const DESKTOP = { width: 1280, height: 720 };

const countElements = (page: Page) =>
  page.evaluate(() => ({
    domElements: document.querySelectorAll('*').length,
    checkboxes: document.querySelectorAll('#search-facets input[type="checkbox"]').length,
  }));

/** `query`: a word with at least 50 results, for the page's size with a full page of them. */
export async function probeFacets(browser: Browser, siteUrl: string, query: string): Promise<FacetProbe> {
  const context = await newContext(browser, { viewport: DESKTOP });
  const meter = new NetworkMeter(context);
  const page = await context.newPage();
  try {
    await page.goto(new URL(searchPath(), siteUrl).href, { waitUntil: 'networkidle' });
    await page.locator('#search-facets [data-facet]').first().waitFor({ state: 'attached' });
    await meter.idle();
    await meter.take();
    const openings: FacetOpening[] = [];
    await openEveryFacet(page, async (facet) => {
      await meter.idle();
      const { bytes, byKind } = await meter.take();
      const values = await page.evaluate((name) => {
        const group = document.querySelector(`[data-facet="${name}"]`)!;
        const note = /of (\d+)/.exec(group.querySelector('.facet-note')?.textContent ?? '');
        return note ? Number(note[1]) : group.querySelectorAll('fieldset input').length;
      }, facet);
      openings.push({ facet, bytes, byKind, values });
    });
    const { domElements, checkboxes } = await countElements(page);
    const panelHeight = await page.locator('#search-facets').evaluate((panel) => Math.round(panel.getBoundingClientRect().height));
    const biggest = openings.reduce((a, b) => (b.values > a.values ? b : a));
    const maxMs = await page.evaluate(
      async ({ facet, text }) => {
        const box = document.querySelector<HTMLInputElement>(`#facet-${facet}-filter`)!;
        let slowest = 0;
        for (let i = 1; i <= text.length; i += 1) {
          const started = performance.now();
          box.value = text.slice(0, i);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          slowest = Math.max(slowest, performance.now() - started);
        }
        return slowest;
      },
      { facet: biggest.facet, text: FILTER_TEXT },
    );
    const withResults = new URL(searchPath(), siteUrl);
    withResults.search = new URLSearchParams({ q: query, size: '50' }).toString();
    await page.goto(withResults.href);
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 50, undefined, { timeout: 60_000 });
    await openEveryFacet(page);
    const domElementsWithResults = (await countElements(page)).domElements;
    const phone = await probePhone(browser, withResults.href);
    return { openings, domElements, panelHeight, domElementsWithResults, checkboxes, filter: { facet: biggest.facet, values: biggest.values, maxMs: Math.round(maxMs) }, phone };
  } finally {
    await context.close();
  }
}
