import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, onePageOfEachKind, readAllPages, REQUIRED_KINDS, type BuiltPage } from '../helpers/html-files.ts';
import {
  activeContent,
  brokenLinks,
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

it('has every kind of page the archive must have, including at least one article', () => {
  const kinds = [...onePageOfEachKind(pages).keys()];
  expect(kinds).toEqual(expect.arrayContaining([...REQUIRED_KINDS, 'article']));
});

it('has no broken internal link, image, script or #fragment', () => {
  expect(brokenLinks(outDir, pages, site)).toEqual([]);
});

it('has nothing that runs script besides the site’s own scripts: no on* attributes, script URLs or frames', () => {
  expect(everyPage((page) => activeContent(page, site))).toEqual([]);
});

it('sends a Content-Security-Policy with every page that hashes each inline script and never allows inline ones wholesale', () => {
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

  it('exposes feeds through <link rel="alternate">, and every one parses with a feed parser', async () => {
    const feeds = new Set<string>();
    for (const page of pages) {
      for (const link of page.document.querySelectorAll('link[rel~="alternate"][type][href]')) {
        if (/(rss|atom|feed)/.test(link.getAttribute('type')!)) {
          const url = new URL(link.getAttribute('href')!, new URL(site.base, site.origin));
          if (url.origin === site.origin) feeds.add(url.pathname.slice(site.base.length));
        }
      }
    }
    expect([...feeds].length, 'the home page should expose at least one feed').toBeGreaterThan(0);
    const parser = new Parser();
    for (const feed of feeds) {
      const text = await readFile(path.join(outDir, decodeURIComponent(feed)), 'utf8');
      const parsed = feed.endsWith('.json') ? JSON.parse(text) : await parser.parseString(text);
      expect(parsed.items, `${feed} has an items list`).toBeInstanceOf(Array);
    }
  });
});
