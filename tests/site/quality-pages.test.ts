import { readFile } from 'node:fs/promises';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, onePageOfEachKind, readAllPages, REQUIRED_KINDS, type BuiltPage } from '../helpers/html-files.ts';
import {
  activeContent,
  brokenLinks,
  builtFileFor,
  cspProblems,
  externalLinksWithoutRel,
  jsonLdProblems,
  siteAddress,
} from '../helpers/page-checks.ts';

/** Quality gates over every page of the site `npm test` just built. */
const outDir = builtDir();
const site = siteAddress();
let pages: BuiltPage[];

beforeAll(async () => {
  pages = await readAllPages(outDir);
});

const everyPage = (check: (page: BuiltPage) => string[]) => pages.flatMap(check);

it('has every kind of page an archive with articles must have', () => {
  const kinds = [...onePageOfEachKind(pages).keys()];
  expect(kinds).toEqual(expect.arrayContaining([...REQUIRED_KINDS, 'article', 'year', 'month', 'day']));
});

it('has no broken internal link, image, script or #fragment', () => {
  expect(brokenLinks(outDir, pages, site)).toEqual([]);
});

it('has nothing that runs script besides the site’s own scripts: no on* attributes, script URLs or frames', () => {
  expect(everyPage((page) => activeContent(page, site))).toEqual([]);
});

it('sends a Content-Security-Policy with every page that hashes each inline script and no other, never allows inline ones wholesale, and WebAssembly on the search page only', () => {
  expect(everyPage(cspProblems)).toEqual([]);
});

it('opens external links with rel="noopener noreferrer"', () => {
  expect(everyPage((page) => externalLinksWithoutRel(page, site))).toEqual([]);
});

describe('metadata', () => {
  it('gives every article page JSON-LD, and every JSON-LD block parses with @context and @type', () => {
    const articlesWithout = pages
      .filter((page) => page.kind === 'article')
      .filter((page) => !page.document.querySelector('script[type="application/ld+json"]'))
      .map((page) => page.file);
    expect(articlesWithout).toEqual([]);
    expect(everyPage(jsonLdProblems)).toEqual([]);
  });

  it('exposes feeds through <link rel="alternate">; each parses with a feed parser and links only to built pages', async () => {
    const feedsOf = (page: BuiltPage) =>
      [...page.document.querySelectorAll('link[rel~="alternate"][type][href]')]
        .filter((link) => /(rss|atom|feed)/.test(link.getAttribute('type')!))
        .map((link) => new URL(link.getAttribute('href')!, new URL(site.base, site.origin)));
    const home = pages.find((page) => page.kind === 'home')!;
    expect(feedsOf(home).length, 'the home page exposes a feed').toBeGreaterThan(0);
    const feeds = new Map(pages.flatMap(feedsOf).map((url) => [url.href, url]));
    const parser = new Parser();
    const problems: string[] = [];
    for (const url of feeds.values()) {
      const file = builtFileFor(outDir, site, url);
      if (!file) {
        problems.push(`${url.pathname}: not built`);
        continue;
      }
      const text = await readFile(file, 'utf8');
      const items: { link?: string; url?: string }[] = url.pathname.endsWith('.json')
        ? JSON.parse(text).items
        : (await parser.parseString(text)).items;
      expect(items, `${url.pathname} has an items list`).toBeInstanceOf(Array);
      for (const item of items) {
        const href = item.link ?? item.url;
        if (!href) {
          problems.push(`${url.pathname}: an item without a link`);
          continue;
        }
        const link = new URL(href, url);
        if (!builtFileFor(outDir, site, link)) problems.push(`${url.pathname}: item link ${link.href} leads to no built page`);
      }
    }
    expect(problems).toEqual([]);
  });
});
