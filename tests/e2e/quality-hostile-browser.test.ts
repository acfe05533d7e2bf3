import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectRoot } from '../helpers/build.ts';
import { listHtmlFiles } from '../helpers/html-files.ts';
import { openBuiltSite, siteVariant, type OpenSite } from '../helpers/open-site.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * The hostile articles in a real browser: every page of their build, and a search whose results
 * quote them, must open without running a single line of their script. Their payloads all call
 * alert(), which Chromium reports as a dialog, so one listener catches any that runs. The feeds
 * and the JSON-LD are read by Chromium too: their text must arrive as text.
 */
const CONTENT = path.join(projectRoot, 'tests/fixtures/hostile/content');
let site: OpenSite;
let files: string[];
let articles: { path: string; title: string }[];

beforeAll(async () => {
  site = await openBuiltSite({ build: siteVariant({ contentDir: CONTENT }) });
  files = await listHtmlFiles(site.outDir);
  const articleFiles = (await readdir(path.join(CONTENT, 'articles'), { recursive: true })).filter((file) => file.endsWith('.md'));
  articles = await Promise.all(
    articleFiles.map(async (file) => {
      const { data } = matter(await readFile(path.join(CONTENT, 'articles', file), 'utf8'));
      return { path: `${path.dirname(file)}/${data.slug}/`, title: data.title as string };
    }),
  );
}, 240_000);
afterAll(() => site?.close());

/** A page whose every alert() is recorded in `ran`. */
async function watchedPage(ran: string[]): Promise<Page> {
  const page = await site.browser.newPage();
  page.on('dialog', async (dialog) => {
    ran.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return page;
}

it('runs none of the hostile script on any page, nor in search results that quote it', async () => {
  const ran: string[] = [];
  const page = await watchedPage(ran);
  const paths = files.map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
  for (const path of [...paths, 'search/?q=HOSTILE', 'search/?q=alert', 'search/?q=script']) {
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
  }
  // The search really did quote the hostile text, so the check above saw it rendered.
  await page.goto(`${site.url}search/?q=onerror`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('main ol li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(ran).toEqual([]);
});

describe('feeds in a browser', () => {
  it.each(['rss.xml', 'atom.xml', 'sources/hostile-gazette/rss.xml'])('%s opens as a readable page listing every title as text, with no script', async (feed) => {
    const ran: string[] = [];
    const page = await watchedPage(ran);
    // Chromium replaces the document with the stylesheet's output, after which Playwright never
    // sees a load event: wait for the output's heading instead.
    await page.goto(site.url + feed, { waitUntil: 'commit' });
    await page.locator('main h1').waitFor();
    // The stylesheet turned the XML into an HTML page: no raw XML tree on screen.
    expect(await page.evaluate(() => document.documentElement.tagName.toLowerCase())).toBe('html');
    expect(await page.locator('main h1').textContent()).toMatch(/Dateline/);
    const titles = await page.locator('main li a').allTextContents();
    expect(titles.sort()).toEqual(articles.map((article) => article.title).sort());
    expect(await page.locator('main li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).toEqual(
      expect.arrayContaining(articles.map((article) => `/${article.path}`)),
    );
    // Markup in a title stayed characters: the list holds links and text, nothing else.
    expect(await page.locator('main li *:not(a, div)').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    expect(ran).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('the feed view passes axe-core, WCAG 2.2 A and AA, in %s', async (colorScheme) => {
    const page = await site.browser.newPage({ colorScheme });
    await page.goto(`${site.url}rss.xml`, { waitUntil: 'commit' });
    await page.locator('main h1').waitFor();
    const violations = await axeViolations(page, 'main');
    expect(violations).toEqual([]);
  });

  it('the stylesheet itself carries no script and never turns feed text into markup', async () => {
    const xsl = await readFile(path.join(projectRoot, 'public/feed.xsl'), 'utf8');
    expect(xsl).not.toMatch(/<script|disable-output-escaping|javascript:|\son\w+=/i);
  });

  it.each(['rss.xml', 'atom.xml'])('Chromium’s XML parser reads %s, and each title is the article’s exact text', async (feed) => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    const read = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return {
        errors: xml.getElementsByTagName('parsererror').length,
        titles: [...xml.querySelectorAll('item > title, entry > title')].map((title) => title.textContent),
      };
    }, site.url + feed);
    expect(read.errors).toBe(0);
    expect(read.titles.sort()).toEqual(articles.map((article) => article.title).sort());
  });
});

it('reads each article’s JSON-LD in Chromium as the exact title, with no element made of it', async () => {
  const page = await site.browser.newPage();
  for (const article of articles) {
    await page.goto(site.url + article.path);
    const seen = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
      const graph = JSON.parse(blocks[0]!.textContent!)['@graph'];
      return { blocks: blocks.length, headline: graph[0].headline, crumb: graph[1].itemListElement.at(-1).name, h1: document.querySelector('h1')!.textContent!.trim() };
    });
    expect(seen).toEqual({ blocks: 1, headline: article.title, crumb: article.title, h1: article.title });
  }
});
