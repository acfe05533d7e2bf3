import type { Browser } from 'playwright-core';
import { searchPath } from '../lib/urls.ts';
import { NetworkMeter, newContext } from './search-probe.ts';

/**
 * What the search page's filter panel costs (issue 18): the bytes each facet fetches when it is
 * opened, the page's element count with every facet open, and the time a facet's filter box takes
 * to narrow its list, on the built site's /search/ page with no query (the whole archive counted).
 */

export interface FacetOpening {
  facet: string;
  /** Every byte fetched from the click on its summary until the page is quiet (filter index and names). */
  bytes: number;
  byKind: Record<string, number>;
  /** Values the facet has in the archive ("10 of 659 shown"). */
  values: number;
}

export interface FacetProbe {
  openings: FacetOpening[];
  /** document.querySelectorAll('*').length with every facet open. */
  domElements: number;
  checkboxes: number;
  /** The facet with the most values, filtered letter by letter: the slowest letter, input to the next frame. */
  filter: { facet: string; values: number; maxMs: number };
}

/** Letters typed into the filter box one at a time: each narrows the last. */
const FILTER_TEXT = 'an';

export async function probeFacets(browser: Browser, siteUrl: string): Promise<FacetProbe> {
  const context = await newContext(browser);
  const meter = new NetworkMeter(context);
  const page = await context.newPage();
  try {
    await page.goto(new URL(searchPath(), siteUrl).href, { waitUntil: 'networkidle' });
    await page.locator('#search-facets [data-facet]').first().waitFor({ state: 'attached' });
    await meter.idle();
    await meter.take();
    const facets = await page.locator('#search-facets [data-facet]').evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset.facet!));
    const openings: FacetOpening[] = [];
    for (const facet of facets) {
      await page.click(`#search-facets [data-facet="${facet}"] > summary`);
      await page.waitForFunction((name) => {
        const group = document.querySelector(`[data-facet="${name}"]`)!;
        return group.querySelector('fieldset input') !== null || /None/.test(group.querySelector('.facet-note')?.textContent ?? '');
      }, facet);
      await meter.idle();
      const { bytes, byKind } = await meter.take();
      const values = await page.evaluate((name) => {
        const group = document.querySelector(`[data-facet="${name}"]`)!;
        const note = /of (\d+)/.exec(group.querySelector('.facet-note')?.textContent ?? '');
        return note ? Number(note[1]) : group.querySelectorAll('fieldset input').length;
      }, facet);
      openings.push({ facet, bytes, byKind, values });
    }
    const { domElements, checkboxes } = await page.evaluate(() => ({
      domElements: document.querySelectorAll('*').length,
      checkboxes: document.querySelectorAll('#search-facets input[type="checkbox"]').length,
    }));
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
    return { openings, domElements, checkboxes, filter: { facet: biggest.facet, values: biggest.values, maxMs: Math.round(maxMs) } };
  } finally {
    await context.close();
  }
}
