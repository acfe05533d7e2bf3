import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../helpers/build.ts';
import { fileFor, jsonLdOf, readPage, sitemapLocations, squash } from './site-pages.ts';

/** The site built under a sub-path, and built from an archive with no article in it. */

const SITE = 'https://news.example.org';
const BASE = '/archive/';

describe(`hosted under ${BASE}`, () => {
  let outDir: string;
  beforeAll(async () => {
    const result = await buildVariant({ outDir: 'dist-test-site-basepath', env: { BASE_PATH: BASE, SITE_URL: SITE } });
    expect(result.exitCode, result.stderr).toBe(0);
    outDir = result.outDir;
  });

  /** Why a URL in a page is wrong for a site under BASE, or undefined if it is fine. */
  function escapes(url: string): string | undefined {
    if (url.startsWith('#') || url === '') return undefined;
    if (/^(mailto|tel):/.test(url)) return undefined;
    if (/^https?:\/\//.test(url)) {
      const parsed = new URL(url);
      if (parsed.origin !== new URL(SITE).origin) return undefined; // another site: not ours to place
      return parsed.pathname.startsWith(BASE) ? undefined : 'absolute URL outside the base';
    }
    if (url.startsWith('/')) return url.startsWith(BASE) ? undefined : 'root-relative URL outside the base';
    return 'relative URL (resolves differently on every page)';
  }

  it('no page has a link, script, stylesheet, form or redirect that leaves the base path', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) {
      const page = parse(await readFile(path.join(outDir, file), 'utf8'));
      const urls = [
        ...page.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
        ...page.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
        ...page.querySelectorAll('meta[property^="og:url"], meta[name="citation_public_url"]').map((el) => el.getAttribute('content')!),
        ...page.querySelectorAll('meta[http-equiv="refresh"]').map((el) => el.getAttribute('content')!.replace(/^\d+;\s*url=/, '')),
      ];
      for (const url of urls) {
        const problem = escapes(url);
        if (problem) problems.push(`${file}: ${url} (${problem})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('canonical URLs, JSON-LD and feeds use the site URL with the base path', async () => {
    const articlePath = '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/';
    const page = await readPage(outDir, articlePath);
    const url = `${SITE}${BASE}${articlePath}`;
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
    expect((jsonLdOf(page)[0] as { mainEntityOfPage: { '@id': string } }).mainEntityOfPage['@id']).toBe(url);
    expect(squash(page.querySelector('#cite dd')!.textContent)).toContain(url);
    const feed = await new Parser().parseString(await readFile(fileFor(outDir, 'atom.xml'), 'utf8'));
    expect(feed.items.map((item) => item.link)).toContain(url);
    for (const item of feed.items) expect(item.link!.startsWith(`${SITE}${BASE}`)).toBe(true);
    const json = JSON.parse(await readFile(fileFor(outDir, 'feed.json'), 'utf8'));
    expect(json.feed_url).toBe(`${SITE}${BASE}feed.json`);
    expect(await readFile(fileFor(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(await sitemapLocations(outDir)).toContain(url);
  });
});

describe('an empty archive', () => {
  let outDir: string;
  beforeAll(async () => {
    const result = await buildVariant({ outDir: 'dist-test-site-empty', contentDir: 'tests/fixtures/site-empty' });
    expect(result.exitCode, result.stderr).toBe(0);
    outDir = result.outDir;
  });

  it('builds a home page that says how to import the first clipping', async () => {
    const page = await readPage(outDir, '');
    expect(squash(page.querySelector('main h2')!.textContent)).toBe('The archive is empty');
    expect(page.querySelector('main pre')!.textContent).toContain('npm run import');
  });

  it('still has valid, empty feeds, for the archive and for a source with no article yet', async () => {
    for (const prefix of ['', 'sources/civil-georgia/']) {
      const feed = await new Parser().parseString(await readFile(fileFor(outDir, `${prefix}rss.xml`), 'utf8'));
      expect(feed.items).toEqual([]);
      expect(JSON.parse(await readFile(fileFor(outDir, `${prefix}feed.json`), 'utf8')).items).toEqual([]);
    }
    const source = await readPage(outDir, 'sources/civil-georgia/');
    expect(squash(source.querySelector('main h1')!.textContent)).toBe('Civil Georgia');
  });

  it('gives a paper without a home page its page, with no link to a site it does not have', async () => {
    const source = await readPage(outDir, 'sources/the-print-only-gazette/');
    expect(squash(source.querySelector('main h1')!.textContent)).toBe('The Print-Only Gazette');
    expect(squash(source.querySelector('main .lede')!.textContent)).toBe('0 articles, newest first.');
    expect(source.querySelectorAll('main .lede a')).toHaveLength(0);
  });
});
