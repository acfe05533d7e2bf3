import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';

/** How an article page reads in a real browser: phone width, a linked paragraph, dark, print. */
const ARTICLE = '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/';
let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => site?.close());

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await site.browser.newPage(options);
  await page.goto(site.url + path);
  return page;
}

describe('article page in Chromium', () => {
  it('fits a 320px screen with no sideways scrolling', async () => {
    const page = await open(ARTICLE, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('highlights the paragraph named in the URL fragment, and only that one', async () => {
    const page = await open(`${ARTICLE}#p3`);
    const backgrounds = await page.evaluate(() =>
      ['p2', 'p3', 'p4'].map((id) => getComputedStyle(document.getElementById(id)!).backgroundColor),
    );
    expect(backgrounds[1]).not.toBe(backgrounds[0]);
    expect(backgrounds[0]).toBe(backgrounds[2]);
    await page.close();
  });

  it('shows each paragraph link, which a click follows and the Tab key passes by', async () => {
    const page = await open(ARTICLE, { viewport: { width: 1280, height: 900 } });
    const link = page.locator(`#p1 > a[aria-label]`);
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('tabindex')).toBe('-1');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#p1');
    await page.close();
  });

  it('separates date, paper and byline in article lists with drawn dots that screen readers skip', async () => {
    // The front page's list: its newest article has a byline (related articles on an article page show date and paper only).
    const page = await open('');
    const line = page.locator('.article-list .article-list__meta').first();
    const dots = await line.evaluate((p) => [...p.querySelectorAll('span')].map((span) => getComputedStyle(span, '::before').content));
    expect(dots).toEqual(['"· " / ""', '"· " / ""']);
    const spoken = await line.ariaSnapshot();
    expect(spoken).toContain('The Messenger Tea Mariamidze');
    expect(spoken).not.toContain('·');
    await page.close();
  });

  it('follows the reader’s dark colour scheme', async () => {
    const light = await open(ARTICLE, { colorScheme: 'light' });
    const dark = await open(ARTICLE, { colorScheme: 'dark' });
    const luminance = (page: Page) =>
      page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });
    expect(await luminance(light)).toBeGreaterThan(200);
    expect(await luminance(dark)).toBeLessThan(60);
    await light.close();
    await dark.close();
  });

  it('prints without navigation, with the citation kept at the foot', async () => {
    const page = await open(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('article nav').isVisible()).toBe(false);
    expect(await page.locator('#cite').isVisible()).toBe(true);
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('article header a[rel]')!, '::after').content);
    expect(after).toContain('https://civil.ge/');
    await page.close();
  });

  it('does not shift its layout while loading', async () => {
    const page = await open(ARTICLE);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    await page.close();
  });
});
