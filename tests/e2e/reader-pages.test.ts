import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, serveSite, type OpenSite, type ServedSite } from '../helpers/open-site.ts';

/**
 * A new reader in Chromium (issue 14): addresses without their trailing slash, on `npm start`'s
 * server and on a plain static host; the keyboard from the top of an article to its original;
 * the original clipping on a host that sends `.txt` without a charset; copying a reference; the
 * favicon; links on paper.
 */
const ARTICLES = [
  '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/',
  '2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia/',
];
let preview: OpenSite;
let staticHost: ServedSite;

beforeAll(async () => {
  preview = await openBuiltSite();
  staticHost = await serveSite({ host: 'static' });
});
afterAll(async () => {
  await preview?.close();
  await staticHost?.close();
});

async function open(url: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await preview.browser.newPage(options);
  await page.goto(url);
  return page;
}

describe('an address without its trailing slash (item 5)', () => {
  it.each(['2017', '2017/11', ARTICLES[0]!.slice(0, -1)])('/%s reaches its page under npm start (astro preview)', async (address) => {
    const response = await fetch(preview.url + address);
    expect(response.status).toBe(200);
    const page = await open(preview.url + address);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/${address}/$`));
    await page.close();
  });

  it.each(['2017', '2017/11', ARTICLES[0]!.slice(0, -1)])('/%s reaches its page on a static host that answers it with the 404 page', async (address) => {
    expect((await fetch(staticHost.url + address)).status).toBe(404);
    const page = await open(staticHost.url + address);
    await page.waitForURL(`${staticHost.url}${address}/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/${address}/$`));
    await page.close();
  });

  it('an address that has no page with the slash either stays on the 404 page', async () => {
    const page = await open(`${staticHost.url}no/such/page`);
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(`${staticHost.url}no/such/page`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('#with-slash').isVisible()).toBe(false);
    await page.close();
  });
});

describe('from the top of an article, the keyboard (item 11)', () => {
  it.each(ARTICLES)('reaches the original clipping in a few Tab presses, whatever the number of paragraphs: %s', async (article) => {
    const page = await open(preview.url + article);
    const paragraphs = await page.locator('.article__body > p').count();
    expect(paragraphs).toBeGreaterThan(5);
    let presses = 0;
    for (; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === `/${article}original/`) break;
    }
    // Skip link, site name, three header links, search box and button, four breadcrumbs, the
    // paper's two links and at most one byline: 14, and the original link is the next stop.
    expect(presses + 1).toBeLessThanOrEqual(15);
    await page.close();
  });
});

describe('the original clipping (item 1)', () => {
  it('reads as received on a host that sends it without a charset, where the raw file does not', async () => {
    const raw = await open(`${staticHost.url}${ARTICLES[1]}original.txt`);
    expect(await raw.locator('body').innerText()).toContain('Putinâ€™s');
    await raw.close();
    const page = await open(`${staticHost.url}${ARTICLES[1]}original/`);
    const text = await page.locator('main pre').innerText();
    expect(text).toContain('Putin’s');
    expect(text).not.toContain('â€');
    await page.close();
  });
});

describe('a reference to copy (item 14)', () => {
  it('is selected whole, and alone, by Ctrl+A in its box; the block fits 320px', async () => {
    const page = await open(preview.url + ARTICLES[0], { viewport: { width: 320, height: 640 } });
    for (const id of ['cite-bibtex', 'cite-ris']) {
      const box = page.locator(`#${id}`);
      await box.focus();
      await page.keyboard.press('ControlOrMeta+A');
      const { start, end, length, scrollWidth, clientWidth } = await box.evaluate((el: HTMLTextAreaElement) => ({
        start: el.selectionStart,
        end: el.selectionEnd,
        length: el.value.length,
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }));
      expect([start, end]).toEqual([0, length]);
      expect(scrollWidth, `${id} wraps its lines`).toBeLessThanOrEqual(clientWidth);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('every page (item 13)', () => {
  it.each(['', ARTICLES[0]!, 'people/'])('/%s loads with no failed request and no console error', async (address) => {
    const page = await preview.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(preview.url + address, { waitUntil: 'networkidle' });
    // Browsers ask for /favicon.ico whatever the page says; it must be there.
    expect((await fetch(`${preview.url}favicon.ico`)).status).toBe(200);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints the address of a link to another site, and none for the archive’s own relative links', async () => {
    const page = await open(preview.url + ARTICLES[1]);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!, '::after').content, selector);
    expect(await after('article header a[rel]')).toContain('https://');
    expect(await after('.byline a')).toBe('none');
    expect(await after('#entities a')).toBe('none');
    await page.close();
  });
});
