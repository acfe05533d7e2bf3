import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bibPath, risPath } from '../../src/lib/urls.ts';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { fileFor, jsonLdOf, metaContent, readPage, sitemapLocations } from './site-pages.ts';

/**
 * The hostile articles (tests/fixtures/hostile/content) through every output format that is not
 * an HTML page: RSS, Atom, JSON Feed, JSON-LD, <meta> tags, RIS, BibTeX and the sitemap. Each is
 * read back with a real parser for its format, and every title, name and summary must come back
 * as exactly the text the article holds, with no markup made of it.
 */
const CONTENT = path.join(projectRoot, 'tests/fixtures/hostile/content');
const SITE = 'http://localhost:4321';
let outDir: string;

interface HostileArticle {
  path: string;
  title: string;
  authors: string[];
  dateline?: string;
}
let articles: HostileArticle[];
let sourceName: string;

const feedParser = new Parser<Record<string, unknown>, { creators?: string[]; 'content:encoded': string }>({
  customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
});
/** Atom's elements as the XML parser read them, with their attributes (`$`) beside their text (`_`). */
interface AtomFields {
  typedTitle: { _: string; $: { type: string } }[];
  typedSummary: { _: string; $: { type: string } }[];
  typedContent: { _: string; $: { type: string } }[];
  authors: { name: string[] }[];
  atomCategories: { $: { term: string; label: string } }[];
}
const atomParser = new Parser<Record<string, unknown>, AtomFields>({
  customFields: {
    item: [
      ['title', 'typedTitle', { keepArray: true }],
      ['summary', 'typedSummary', { keepArray: true }],
      ['content', 'typedContent', { keepArray: true }],
      ['author', 'authors', { keepArray: true }],
      ['category', 'atomCategories', { keepArray: true }],
    ],
  },
});
/** What a reader sees of an HTML string: its text, every reference decoded once. */
const htmlText = (html: string) => parse(html).textContent;
/** Elements and attributes in a feed body that could run or load anything. */
const ACTIVE = 'script, style, iframe, object, embed, img, svg, math, form, base, meta, link';

beforeAll(async () => {
  const build = await buildVariant({ outDir: 'dist-quality-hostile-formats', contentDir: CONTENT, env: { SITE_URL: SITE } });
  if (build.exitCode !== 0) throw new Error(`hostile build failed:\n${build.stdout}\n${build.stderr}`);
  outDir = build.outDir;
  const files = (await readdir(path.join(CONTENT, 'articles'), { recursive: true })).filter((file) => file.endsWith('.md'));
  articles = await Promise.all(
    files.map(async (file) => {
      const { data } = matter(await readFile(path.join(CONTENT, 'articles', file), 'utf8'));
      return { path: `${path.dirname(file)}/${data.slug}/`, title: data.title, authors: data.authors, dateline: data.dateline };
    }),
  );
  sourceName = (matter(`---\n${await readFile(path.join(CONTENT, 'sources/hostile-gazette.yaml'), 'utf8')}\n---\n`).data as { name: string }).name;
}, 240_000);

function articleAt(url: string): HostileArticle {
  const found = articles.find((article) => `${SITE}/${article.path}` === url);
  if (!found) throw new Error(`no hostile article at ${url}`);
  return found;
}

function expectInert(html: string, where: string): void {
  const root = parse(html);
  expect(root.querySelectorAll(ACTIVE).map((element) => element.tagName), where).toEqual([]);
  const attributes = root.querySelectorAll('*').flatMap((element) => Object.entries(element.attributes));
  expect(attributes.filter(([name, value]) => /^on/i.test(name) || /^\s*(javascript|vbscript|data):/i.test(value)), where).toEqual([]);
  // The page's own furniture stays on the page.
  expect(attributes.filter(([name]) => name === 'id' || name.startsWith('data-') || name === 'aria-label'), where).toEqual([]);
}

describe('RSS 2.0', () => {
  it('parses, and gives back each title and byline exactly, the description as HTML that shows the summary', async () => {
    const feed = await feedParser.parseString(await readFile(fileFor(outDir, 'rss.xml'), 'utf8'));
    const json = JSON.parse(await readFile(fileFor(outDir, 'feed.json'), 'utf8'));
    expect(feed.items).toHaveLength(articles.length);
    expect(feed.title).toBe('Dateline');
    feed.items.forEach((item, i) => {
      const article = articleAt(item.link!);
      expect(item.title).toBe(article.title);
      expect(item.creators ?? []).toEqual(article.authors);
      expect(item.categories).toEqual([sourceName]);
      // RSS's description is HTML: decoded as HTML it is the plain summary, every `<` still text.
      expect(htmlText(item.content!)).toBe(json.items[i].summary);
      expectInert(item['content:encoded'], item.link!);
    });
  });
});

describe('Atom 1.0', () => {
  it('parses, with titles, summaries, names and categories as text equal to the article’s', async () => {
    // rss-parser reads with a strict XML parser (sax via xml2js): malformed XML fails here.
    const feed = await atomParser.parseString(await readFile(fileFor(outDir, 'atom.xml'), 'utf8'));
    expect(feed.title).toBe('Dateline');
    expect(feed.items).toHaveLength(articles.length);
    const json = JSON.parse(await readFile(fileFor(outDir, 'feed.json'), 'utf8'));
    feed.items.forEach((entry, i) => {
      const article = articleAt(entry.link!);
      expect(entry.title).toBe(article.title);
      expect(entry.typedTitle).toEqual([{ _: article.title, $: { type: 'text' } }]);
      expect(entry.typedSummary).toEqual([{ _: json.items[i].summary, $: { type: 'text' } }]);
      expect(entry.authors.map((author) => author.name[0])).toEqual(article.authors.length ? article.authors : [sourceName]);
      expect(entry.atomCategories.map((category) => category.$.term)).toEqual([sourceName]);
      expect(entry.typedContent[0]!.$.type).toBe('html');
      expectInert(entry.typedContent[0]!._, article.path);
    });
  });

  it('keeps the hostile source’s name as text in its own feed’s title', async () => {
    const xml = await readFile(fileFor(outDir, 'sources/hostile-gazette/atom.xml'), 'utf8');
    const feed = await feedParser.parseString(xml);
    expect(feed.title).toBe(`${sourceName} · Dateline`);
  });
});

describe('JSON Feed 1.1', () => {
  it('carries titles and names as the article’s strings and bodies without active markup', async () => {
    const json = JSON.parse(await readFile(fileFor(outDir, 'feed.json'), 'utf8'));
    for (const item of json.items) {
      const article = articleAt(item.url);
      expect(item.title).toBe(article.title);
      expect(item.authors.map((author: { name: string }) => author.name)).toEqual(article.authors.length ? article.authors : [sourceName]);
      expectInert(item.content_html, item.url);
    }
  });
});

describe('article pages: JSON-LD and <meta> tags', () => {
  it('writes JSON-LD with no raw < > & U+2028 U+2029, which parses back to the exact title, names and dateline', async () => {
    for (const article of articles) {
      const page = await readPage(outDir, article.path);
      const raw = page.querySelector('script[type="application/ld+json"]')!.textContent;
      expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
      const [news] = jsonLdOf(page) as [Record<string, any>];
      expect(news.headline).toBe(article.title);
      if (article.authors.length) expect(news.author.map((author: { name: string }) => author.name)).toEqual(article.authors);
      if (article.dateline) expect(news.locationCreated.name).toBe(article.dateline);
      expect(news.publisher.name).toBe(sourceName);
    }
  });

  it('gives <meta> tags the exact title and bylines as attribute values', async () => {
    for (const article of articles) {
      const page: HTMLElement = await readPage(outDir, article.path);
      expect(metaContent(page, 'property', 'og:title')).toEqual([article.title]);
      expect(metaContent(page, 'name', 'citation_title')).toEqual([article.title]);
      expect(metaContent(page, 'name', 'citation_author')).toEqual(article.authors);
      expect(page.querySelectorAll('head > *').filter((element) => !['META', 'LINK', 'TITLE', 'SCRIPT'].includes(element.tagName))).toEqual([]);
    }
  });
});

describe('references: RIS and BibTeX read back by citation-js', () => {
  /** References are one line per value: a line break in a field is a space there. */
  const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

  it.each([['RIS', risPath], ['BibTeX', bibPath]] as const)('%s gives back the exact title, paper and place', async (_format, fileOf) => {
    for (const article of articles) {
      const [reference] = new Cite(await readFile(fileFor(outDir, fileOf(article.path)), 'utf8')).data;
      expect(reference!.title, fileOf(article.path)).toBe(article.title);
      expect(reference!['container-title']).toBe(sourceName);
      if (article.dateline) expect(reference!['publisher-place']).toBe(oneLine(article.dateline));
    }
  });

  it('RIS has one tag per line, and a single record', async () => {
    for (const article of articles) {
      const ris = await readFile(fileFor(outDir, risPath(article.path)), 'utf8');
      expect(ris.endsWith('\n')).toBe(true);
      const lines = ris.slice(0, -1).split('\n');
      expect(lines.filter((line) => !/^[A-Z][A-Z0-9]  - /.test(line))).toEqual([]);
      expect(lines.filter((line) => line.startsWith('ER  - '))).toHaveLength(1);
    }
  });
});

describe('the sitemap', () => {
  it('lists every hostile article by its plain URL', async () => {
    const locations = await sitemapLocations(outDir);
    for (const article of articles) expect(locations).toContain(`${SITE}/${article.path}`);
    for (const location of locations) expect(new URL(location!).origin).toBe(SITE);
  });
});
