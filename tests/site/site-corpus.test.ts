import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariant } from '../helpers/build.ts';
import { corpusArticle, CORPUS_DIR, CORPUS_SIZE } from '../helpers/make-site-corpus.ts';
import { listHtmlFiles, pageKind, urlPathOf } from '../helpers/html-files.ts';
import { fileFor, listedArticles, pageExists, readPage, sitemapLocations, squash } from './site-pages.ts';

/**
 * The 64-article corpus in tests/fixtures/site-corpus (written by tests/helpers/make-site-corpus.ts),
 * built as its own variant: counts, pagination and redirects need more than two articles. Expected
 * numbers come from the corpus recipe (corpusArticle), counted here, not from the site.
 */
const OUT = 'dist-test-site-corpus';
let outDir: string;

const articles = Array.from({ length: CORPUS_SIZE }, (_, n) => corpusArticle(n));
const count = (predicate: (a: (typeof articles)[number]) => boolean) => articles.filter(predicate).length;

beforeAll(async () => {
  const result = await buildVariant({ outDir: OUT, contentDir: 'tests/fixtures/site-corpus' });
  expect(result.exitCode, result.stderr).toBe(0);
  outDir = result.outDir;
});

describe('pagination', () => {
  it('splits a source with more than 50 articles over pages of at most 50, linked by rel=prev/next', async () => {
    const total = count((a) => a.source === 'civil-georgia');
    expect(total).toBeGreaterThan(50);
    const first = await readPage(outDir, 'sources/civil-georgia/');
    const second = await readPage(outDir, 'sources/civil-georgia/2/');
    expect(listedArticles(first)).toHaveLength(50);
    expect(listedArticles(second)).toHaveLength(total - 50);
    expect(pageExists(outDir, 'sources/civil-georgia/3/')).toBe(false);
    expect(first.querySelector('link[rel="next"]')!.getAttribute('href')).toBe('/sources/civil-georgia/2/');
    expect(first.querySelector('link[rel="prev"]')).toBeNull();
    expect(second.querySelector('link[rel="prev"]')!.getAttribute('href')).toBe('/sources/civil-georgia/');
    expect(second.querySelector('link[rel="next"]')).toBeNull();
    expect(second.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/sources\/civil-georgia\/2\/$/);
  });

  it('lists a source newest first, continuing across pages', async () => {
    const first = await readPage(outDir, 'sources/civil-georgia/');
    const second = await readPage(outDir, 'sources/civil-georgia/2/');
    const dates = [...listedArticles(first), ...listedArticles(second)].map((item) => item.querySelector('time')!.getAttribute('datetime')!);
    const expected = articles.filter((a) => a.source === 'civil-georgia').map((a) => a.published);
    expect(dates).toEqual(expected.sort((a, b) => Date.parse(b) - Date.parse(a)));
  });

  it('an entity timeline runs oldest first over two pages', async () => {
    const total = count((a) => a.people.includes('vladimir-putin'));
    const first = await readPage(outDir, 'people/vladimir-putin/');
    const second = await readPage(outDir, 'people/vladimir-putin/2/');
    expect(listedArticles(first)).toHaveLength(50);
    expect(listedArticles(second)).toHaveLength(total - 50);
    const times = [...listedArticles(first), ...listedArticles(second)].map((item) => Date.parse(item.querySelector('time')!.getAttribute('datetime')!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('no page anywhere lists more than 50 articles', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    for (const file of files) {
      expect(listedArticles(await readPage(outDir, file)).length, file).toBeLessThanOrEqual(50);
    }
  });
});

describe('home page', () => {
  it('counts the archive and lists the newest 10, newest first', async () => {
    const page = await readPage(outDir, '');
    expect(squash(page.querySelector('.lede')!.textContent)).toMatch(new RegExp(`^${CORPUS_SIZE} articles from 3 publications\\.`));
    const newest = [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published)).slice(0, 10);
    expect(listedArticles(page).map((item) => item.querySelector('a')!.getAttribute('href'))).toEqual(newest.map((a) => `/${a.path}/`));
  });
});

describe('date archive counts', () => {
  it('/archive/ lists every year with its count, newest first', async () => {
    const page = await readPage(outDir, 'archive/');
    const years = [...new Set(articles.map((a) => a.published.slice(0, 4)))].sort().reverse();
    const shown = page.querySelectorAll('.count-list > li');
    expect(shown.map((li) => `${squash(li.querySelector('a')!.textContent)} ${squash(li.querySelector('.count')!.textContent)}`)).toEqual(
      years.map((year) => `${year} ${count((a) => a.published.startsWith(year))} articles`),
    );
  });

  it('every year, month and day of every article is a page with the right count', async () => {
    for (const a of articles) {
      const [year, month, day] = a.published.slice(0, 10).split('-') as [string, string, string];
      const yearPage = await readPage(outDir, `${year}/`);
      const monthLink = yearPage.querySelectorAll('.count-list li').find((li) => li.querySelector('a')!.getAttribute('href') === `/${year}/${month}/`)!;
      const inMonth = count((b) => b.published.startsWith(`${year}-${month}`));
      expect(squash(monthLink.querySelector('.count')!.textContent)).toBe(`${inMonth} article${inMonth === 1 ? '' : 's'}`);
      const dayPage = await readPage(outDir, `${year}/${month}/${day}/`);
      const hrefs = listedArticles(dayPage).map((item) => item.querySelector('a')!.getAttribute('href'));
      expect(hrefs).toContain(`/${a.path}/`);
      expect(hrefs).toHaveLength(count((b) => b.published.startsWith(`${year}-${month}-${day}`)));
    }
  });

  it('/sources/ gives each paper its count', async () => {
    const page = await readPage(outDir, 'sources/');
    const shown = page.querySelectorAll('.count-list li').map((li) => squash(li.textContent));
    expect(shown).toEqual([
      `Civil Georgia ${count((a) => a.source === 'civil-georgia')} articles`,
      `Georgia Today ${count((a) => a.source === 'georgia-today')} articles`,
      `The Messenger ${count((a) => a.source === 'the-messenger')} articles`,
    ]);
  });
});

describe('aliases', () => {
  it('an old permalink is a redirect page: meta refresh and canonical to the article', async () => {
    const a = articles.find((b) => b.aliases.length)!;
    const page = await readPage(outDir, a.aliases[0]!);
    expect(page.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=/${a.path}/`);
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`/${a.path}/$`));
    expect(page.querySelector('a')!.getAttribute('href')).toBe(`/${a.path}/`);
  });
});

describe('an updated article', () => {
  it('links its earlier clipping, served byte for byte beside it', async () => {
    const a = articles[1]!;
    const page = await readPage(outDir, `${a.path}/`);
    const links = page.querySelectorAll('.revisions a');
    expect(links).toHaveLength(2);
    expect(squash(links[0]!.textContent)).toBe('Clipping replaced on 5 January 2018');
    const view = links[0]!.getAttribute('href')!;
    expect(view).toMatch(new RegExp(`^/${a.path}/original-[0-9a-f]{12}/$`));
    const href = links[1]!.getAttribute('href')!;
    expect(href).toBe(`${view.slice(0, -1)}.txt`);
    expect(links[1]!.hasAttribute('download')).toBe(true);
    const kept = await readdir(path.join(CORPUS_DIR, 'originals', path.dirname(a.path)));
    const earlierFile = kept.find((file) => file.startsWith(`${a.slug}.`) && file !== `${a.slug}.txt`)!;
    const earlier = await readFile(path.join('tests/fixtures/site-corpus/originals', path.dirname(a.path), earlierFile));
    expect(await readFile(fileFor(outDir, href))).toEqual(earlier);
    const shown = await readPage(outDir, view);
    expect(shown.querySelector('main pre')!.textContent).toBe(earlier.toString('utf8'));
    expect(squash(shown.querySelector('h1')!.textContent)).toBe('The clipping replaced on 5 January 2018');
    const other = await readPage(outDir, `${articles[2]!.path}/`);
    expect(other.querySelector('.revisions')).toBeNull();
  });
});

describe('sitemap', () => {
  it("lists exactly the site's pages, each once: every HTML page but the 404 page and the aliases' redirects", async () => {
    const listed = (await sitemapLocations(outDir)).map((url) => new URL(url).pathname);
    const files = await listHtmlFiles(outDir);
    const kinds = await Promise.all(files.map(async (file) => pageKind(file, await readFile(path.join(outDir, file), 'utf8'))));
    const pages = files.filter((_, i) => kinds[i] !== '404' && kinds[i] !== 'redirect').map((file) => `/${urlPathOf(file)}`);
    expect(kinds.filter((kind) => kind === 'redirect')).toHaveLength(articles.flatMap((a) => a.aliases).length);
    expect([...listed].sort()).toEqual(pages.sort());
    for (const a of articles) expect(listed, a.path).toContain(`/${a.path}/`);
  });
});

describe('feeds hold the newest 50', () => {
  it('the archive RSS has 50 items, newest first, with absolute links', async () => {
    const feed = await new Parser().parseString(await readFile(fileFor(outDir, 'rss.xml'), 'utf8'));
    const newest = [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published)).slice(0, 50);
    expect(feed.items.map((item) => new URL(item.link!).pathname)).toEqual(newest.map((a) => `/${a.path}/`));
    expect(feed.items.map((item) => item.isoDate)).toEqual(newest.map((a) => new Date(a.published).toISOString()));
  });

  it('a small source’s JSON Feed has all of its articles and no other', async () => {
    const feed = JSON.parse(await readFile(fileFor(outDir, 'sources/georgia-today/feed.json'), 'utf8'));
    expect(feed.items).toHaveLength(count((a) => a.source === 'georgia-today'));
  });
});

describe('related articles', () => {
  it('are never made by entities common to the archive: every corpus entity is in 13 or more of 64 articles', async () => {
    const named = (id: string) => count((a) => [...a.people, ...a.places, ...a.organizations].includes(id));
    const ids = [...new Set(articles.flatMap((a) => [...a.people, ...a.places, ...a.organizations]))];
    expect(Math.min(...ids.map(named))).toBeGreaterThan(CORPUS_SIZE / 10);
    for (const a of articles.slice(0, 8)) {
      expect((await readPage(outDir, `${a.path}/`)).querySelector('#related'), a.path).toBeNull();
    }
  });
});

describe('page weight', () => {
  it('no page is above 200 KB of HTML', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    const sizes = await Promise.all(files.map(async (file) => [file, (await readFile(path.join(outDir, file))).length] as const));
    expect(sizes.filter(([, size]) => size > 200 * 1024)).toEqual([]);
  });
});

describe('year and month pages list their articles', () => {
  it('every article is on its year’s page and its month’s page, under its month or day', async () => {
    for (const a of articles) {
      const [year, month, day] = a.published.slice(0, 10).split('-') as [string, string, string];
      for (const [urlPath, anchor] of [[`${year}/`, `m${month}`], [`${year}/${month}/`, `d${day}`]] as const) {
        const page = await readPage(outDir, urlPath);
        const hrefs = page.querySelectorAll(`main section[aria-labelledby="${anchor}"] .article-list h3 a`).map((link) => link.getAttribute('href'));
        expect(hrefs, `${urlPath} ${a.path}`).toContain(`/${a.path}/`);
      }
    }
  });
});
