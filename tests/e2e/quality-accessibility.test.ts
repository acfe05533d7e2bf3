import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startTour, type Stop, type Tour } from '../helpers/site-tour.ts';
import { axeViolations } from '../helpers/axe.ts';


let tour: Tour;
let context: BrowserContext;
let stops: Stop[];

beforeAll(async () => {
  tour = await startTour();
  stops = tour.stops;
  // axe is injected by the test, not shipped by the site: let it past the page's CSP.
  context = await tour.site.browser.newContext({ bypassCSP: true });
});
afterAll(() => tour?.site.close());

async function open(stop: Stop): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(tour.site.url + stop.path, { waitUntil: 'networkidle' });
  expect(response?.status(), stop.path).toBe(stop.kind === '404' ? 404 : 200);
  // Judge the search page as a reader sees it: with its results drawn.
  if (stop.kind === 'search') {
    await page.locator('main ol li').first().waitFor();
    // ...and its filter groups open with their counts (they load when opened).
    for (const summary of await page.locator('#search-facets details[data-facet] > summary').all()) await summary.click();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#search-facets details[data-facet][open]').length === 6 &&
        ![...document.querySelectorAll('#search-facets .facet-note')].some((note) => note.textContent === 'Counting…'),
    );
    // ...and its chart of results over time drawn, its table and the query syntax unfolded.
    await page.locator('#search-timeline figure').waitFor();
    await page.click('.search-timeline-details > summary');
    await page.click('.search-syntax > summary');
  }
  return page;
}

describe('axe-core, WCAG 2.2 A and AA, in Chromium', () => {
  it('visits a page of every kind the archive must have', () => {
    expect(stops.map((stop) => stop.kind)).toEqual(expect.arrayContaining(['home', 'article', 'search', '404']));
  });

  it('finds no violation on one page of every kind', async () => {
    const violations: string[] = [];
    for (const stop of stops) {
      const page = await open(stop);
      const found = await axeViolations(page);
      violations.push(...found.map((line) => `${stop.kind} /${stop.path}: ${line}`));
      await page.close();
    }
    expect(violations).toEqual([]);
    // One page of every kind: the tour grows with the site's kinds of page (about 20 now).
  }, 180_000);
});

/** What the keyboard focus is on, described well enough to assert on and to read in a failure. */
interface Focused {
  tag: string;
  href: string | null;
  type: string | null;
  inHeader: boolean;
  inMain: boolean;
  visible: boolean;
  label: string;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.localName,
      href: el.getAttribute('href'),
      type: el.getAttribute('type'),
      inHeader: Boolean(el.closest('header')),
      inMain: Boolean(el.closest('main')),
      // A focus indicator: an outline or a box shadow while :focus-visible matches.
      visible: el.matches(':focus-visible') && (outline || style.boxShadow !== 'none'),
      label: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40),
    };
  });
}

describe('keyboard only', () => {
  it('tabs from the skip link through the header search to every link in an article, focus always visible', async () => {
    const stop = stops.find((candidate) => candidate.kind === 'article');
    expect(stop, 'an article page to walk').toBeDefined();
    const page = await open(stop!);
    // Every link but the paragraph marks, which leave the Tab order (issue 14): a reader would
    // otherwise tab through one per paragraph before reaching anything after the body.
    const articleLinks = await page.locator('main a[href]:not([tabindex="-1"])').count();
    const textBoxes = await page.locator('main textarea').count();
    const walk: Focused[] = [];
    for (let step = 0; step < 300; step += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now || (walk.length > 0 && now.tag === walk[0]!.tag && now.href === walk[0]!.href)) break;
      walk.push(now);
    }
    const first = walk[0];
    expect(first?.href, 'the first Tab reaches the skip link').toMatch(/^#./);
    const skipTarget = await page.locator(first!.href!).count();
    expect(skipTarget, `the skip link's target ${first!.href} exists`).toBe(1);
    expect(walk.some((f) => f.inHeader && f.tag === 'input' && f.type === 'search'), 'the header search box').toBe(true);
    expect(walk.filter((f) => f.inMain && f.tag === 'a').length, 'every link in the article').toBe(articleLinks);
    expect(walk.filter((f) => f.inMain && f.tag === 'textarea').length, 'the references to copy').toBe(textBoxes);
    expect(walk.filter((f) => !f.visible).map((f) => `${f.tag} ${f.href ?? ''} ${f.label}`), 'focus is visible').toEqual([]);
    await page.close();
  });

  it('searches from the header and opens a result without a mouse', async () => {
    const home = stops.find((candidate) => candidate.kind === 'home')!;
    const word = decodeURIComponent(stops.find((candidate) => candidate.kind === 'search')!.path.split('q=')[1]!);
    const page = await open(home);
    const tabUntil = async (wanted: (f: Focused) => boolean, what: string) => {
      for (let step = 0; step < 200; step += 1) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (now && wanted(now)) return now;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabUntil((f) => f.inHeader && f.tag === 'input' && f.type === 'search', 'the header search box');
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('main ol li a[href]').first().waitFor();
    const result = await tabUntil((f) => f.inMain && f.tag === 'a' && /\d{4}\/\d{2}\/\d{2}\//.test(f.href ?? ''), 'a search result');
    expect(result.visible, 'the focused result shows its focus').toBe(true);
    const target = new URL(result.href!, page.url()).href.split('#')[0]!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(target));
    expect(await page.locator('h1').count(), 'the result opened an article').toBe(1);
    await page.close();
  });

  it('moves focus into the main content when the skip link is followed', async () => {
    const stop = stops.find((candidate) => candidate.kind === 'article')!;
    const page = await open(stop);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.inMain, `after the skip link, Tab lands in <main>, not on ${JSON.stringify(next)}`).toBe(true);
    await page.close();
  });
});
