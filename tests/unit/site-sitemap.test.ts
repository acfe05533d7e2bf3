import { mkdtemp, readFile, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, SITEMAP_LIMITS, sitemapFiles, writeSitemap } from '../../src/publish/sitemap.ts';

const SITE = 'https://archive.example/base/';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const articlePages = (year: number, count: number) => Array.from({ length: count }, (_, n) => `${year}/03/08/story-${n}/`);
const pages = [
  '',
  'archive/',
  'search/',
  '404/',
  '2018/',
  '2018/03/',
  ...articlePages(2018, 3),
  '2019/',
  ...articlePages(2019, 2),
  'people/',
  'people/anatoly-bibilov/',
  'people/anatoly-bibilov/newest/',
  'sources/civil-georgia/2/',
  'authors/nino-gogua/',
];
const aliases = new Set(['2018/03/08/old-address/']);

/**
 * The files as a crawler reads them: each document checked against the protocol (its root and
 * namespace, one absolute <loc> per entry under the site, no more entries or bytes than the
 * limits: the index the protocol's, the parts `limits`), the index's parts read in turn. Returns each part's listed URLs by file name.
 */
function readSitemap(files: Map<string, string>, limits = SITEMAP_LIMITS): Map<string, string[]> {
  const read = (name: string, root: string, entry: string, { urls, bytes } = SITEMAP_LIMITS) => {
    const text = files.get(name);
    expect(text, `${name} is listed but missing`).toBeDefined();
    expect(Buffer.byteLength(text!)).toBeLessThanOrEqual(bytes);
    const document = new DOMParser().parseFromString(text!, 'text/xml');
    expect(document.documentElement.tagName).toBe(root);
    expect(document.documentElement.getAttribute('xmlns')).toBe(NAMESPACE);
    const entries = [...document.documentElement.children];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(urls);
    return entries.map((element) => {
      expect(element.tagName).toBe(entry);
      const locations = [...element.children].filter((child) => child.tagName === 'loc');
      expect(locations).toHaveLength(1);
      const url = locations[0]!.textContent!;
      expect(url.startsWith(SITE), url).toBe(true);
      expect(new URL(url).href).toBe(url);
      expect(url.length).toBeLessThan(2048);
      return url;
    });
  };
  const parts = read(SITEMAP_INDEX, 'sitemapindex', 'sitemap').map((url) => url.slice(SITE.length));
  expect(new Set([...parts, SITEMAP_INDEX])).toEqual(new Set(files.keys()));
  return new Map(parts.map((name) => [name, read(name, 'urlset', 'url', limits)]));
}

describe('the sitemap', () => {
  it("lists every page of the site once, but the error page and the aliases' redirects", () => {
    const listed = [...readSitemap(sitemapFiles({ pages: [...pages, ...aliases], excluded: aliases, siteUrl: SITE })).values()].flat();
    const expected = pages.filter((page) => page !== '404/').map((page) => SITE + page);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it("puts each year's pages in the year's file, each kind of list's in its own, the top pages in the site's", () => {
    const parts = readSitemap(sitemapFiles({ pages, excluded: aliases, siteUrl: SITE }));
    expect([...parts.keys()].sort()).toEqual(['sitemap-2018.xml', 'sitemap-2019.xml', 'sitemap-authors.xml', 'sitemap-people.xml', 'sitemap-site.xml', 'sitemap-sources.xml']);
    expect(parts.get('sitemap-2019.xml')).toEqual(articlePages(2019, 2).map((page) => SITE + page));
    expect(parts.get('sitemap-site.xml')).toContain(`${SITE}2019/`);
  });

  it("changes only the file of the year that gained a page, whatever order Astro finished the pages in", () => {
    const before = sitemapFiles({ pages, excluded: aliases, siteUrl: SITE });
    const after = sitemapFiles({ pages: ['2019/03/09/new-story/', ...pages].reverse(), excluded: aliases, siteUrl: SITE });
    const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
    expect(changed).toEqual(['sitemap-2019.xml']);
  });

  it('splits a folder of more pages than a file may hold into parts within the limits, all in the index', () => {
    const many = articlePages(2020, 7);
    for (const limits of [{ urls: 3, bytes: SITEMAP_LIMITS.bytes }, { urls: SITEMAP_LIMITS.urls, bytes: 400 }]) {
      const parts = readSitemap(sitemapFiles({ pages: many, excluded: new Set(), siteUrl: SITE, limits }), limits);
      expect(parts.size).toBeGreaterThan(1);
      expect([...parts.keys()].sort()).toEqual(['sitemap-2020.xml', ...Array.from({ length: parts.size - 1 }, (_, i) => `sitemap-2020-${i + 2}.xml`)].sort());
      expect([...parts.values()].flat().sort()).toEqual(many.map((page) => SITE + page).sort());
    }
  });

  it('writes a URL with characters XML escapes so that it reads back as the URL', () => {
    const odd = ["sources/l'express/", 'authors/a&b/', 'people/çağlayan/'];
    const listed = [...readSitemap(sitemapFiles({ pages: odd, excluded: new Set(), siteUrl: SITE })).values()].flat();
    expect(listed.sort()).toEqual(odd.map((page) => SITE + encodeURI(page)).sort());
  });
});

describe('writing the sitemap', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'dateline-sitemap-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes a file only when its bytes change, and names every file, written or kept', async () => {
    const first = sitemapFiles({ pages, excluded: aliases, siteUrl: SITE });
    const written = writeSitemap(folder, first);
    expect(written.sort()).toEqual([...first.keys()].map((name) => path.join(folder, name)).sort());
    const past = new Date('2020-01-01T00:00:00Z');
    await Promise.all(written.map((file) => utimes(file, past, past)));

    const second = sitemapFiles({ pages: [...pages, '2019/03/09/new-story/'], excluded: aliases, siteUrl: SITE });
    expect(writeSitemap(folder, second).sort()).toEqual(written.sort());
    const touched = (await Promise.all(written.map(async (file) => ((await stat(file)).mtimeMs > past.getTime() ? path.basename(file) : '')))).filter(Boolean);
    expect(touched).toEqual(['sitemap-2019.xml']);
    for (const [name, text] of second) expect(await readFile(path.join(folder, name), 'utf8')).toBe(text);
  });
});
