import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { watchedPage } from '../helpers/watched-page.ts';
import { projectRoot } from '../helpers/build.ts';
import { readCsv } from '../helpers/csv.ts';
import { openBuiltSite, siteVariant, type OpenSite } from '../helpers/open-site.ts';
import { readIndexedPages, type IndexedPage } from '../helpers/search-index-files.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * The search page's views over a search's results (issue 17, items 4-6), in Chromium, on the
 * 64-article corpus indexed in three shards: the Lines view (concordance), export, and "Did you
 * mean". Every expected answer is computed here from the corpus's files and the built index,
 * without the page's own code.
 */

const CORPUS = path.join(projectRoot, 'tests/fixtures/site-corpus');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface CorpusFile {
  url: string;
  title: string;
  published: string;
  source: string;
  authors: string[];
  paragraphs: string[];
}

let site: OpenSite;
let pages: IndexedPage[];
let articles: CorpusFile[];
let sourceNames: Record<string, string>;

beforeAll(async () => {
  site = await openBuiltSite({ build: siteVariant({ contentDir: 'tests/fixtures/site-corpus', env: { DATELINE_SEARCH_SHARD_PAGES: '25' } }) });
  const bundle = path.join(site.outDir, 'pagefind');
  const { shards } = JSON.parse(await readFile(path.join(bundle, 'dateline-shards.json'), 'utf8')) as { shards: string[] };
  pages = (await Promise.all(['', ...shards].map((folder) => readIndexedPages(path.join(bundle, folder))))).flat();
  sourceNames = {};
  for (const file of await readdir(path.join(CORPUS, 'sources'))) {
    sourceNames[file.replace(/\.yaml$/, '')] = (yaml.load(await readFile(path.join(CORPUS, 'sources', file), 'utf8')) as { name: string }).name;
  }
  articles = [];
  for (const file of (await readdir(path.join(CORPUS, 'articles'), { recursive: true })).filter((name) => name.endsWith('.md'))) {
    const { data, content } = matter(await readFile(path.join(CORPUS, 'articles', file), 'utf8'));
    articles.push({
      url: `/${file.replace(/\.md$/, '/')}`,
      title: data.title,
      published: data.published,
      source: sourceNames[data.source]!,
      authors: data.authors,
      paragraphs: content.trim().split(/\n\s*\n/),
    });
  }
}, 300_000);
afterAll(() => site?.close());

async function waitForText(page: Page, selector: string, text: RegExp): Promise<string> {
  await page.waitForFunction(([sel, source]) => new RegExp(source!).test(document.querySelector(sel!)?.textContent ?? ''), [selector, text.source]);
  return (await page.locator(selector).textContent()) ?? '';
}

/** "15 November 2017": the paper's own day, as the archive prints dates. */
function printedDay(published: string): string {
  const [year, month, day] = published.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** A word as the index compares it: lower case, letters and digits only, no diacritics. */
const bare = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** axe's violations on `url` once `prepare` has run, in a context that lets axe's script past the CSP. */
async function violationsAt(url: string, prepare: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await site.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await prepare(page);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

describe('the Lines view (concordance)', () => {
  interface Line {
    text: string;
    where: string;
    href: string;
    left: string[];
    published: string;
    title: string;
    position: number;
  }

  /** Every token of every indexed page that begins with `word`, with eight tokens each side. */
  function expectedLines(word: string, highlight: string): Line[] {
    return pages.flatMap((page) => {
      const tokens = page.content.match(/\S+/g) ?? [];
      return tokens.flatMap((token, i) => {
        if (!bare(token).startsWith(word)) return [];
        const anchor = page.anchors.filter((a) => a.location <= i).at(-1);
        const title = page.meta.title!;
        return [
          {
            text: tokens.slice(Math.max(0, i - 8), i + 9).join(' '),
            where: `${title}, ${printedDay(page.meta.published!)}, ${anchor ? `paragraph ${anchor.id.slice(1)}` : 'title'}`,
            href: `${page.url}?highlight=${highlight}${anchor ? `#${anchor.id}` : ''}`,
            // The words before the match, nearest first, and the punctuation before it.
            left: [...tokens.slice(Math.max(0, i - 8), i), token.replace(/[\p{L}\p{N}].*$/su, '')].map(bare).filter(Boolean).reverse(),
            published: page.meta.published!,
            title,
            position: i,
          },
        ];
      });
    });
  }

  async function shownLines(page: Page): Promise<Pick<Line, 'text' | 'where' | 'href'>[]> {
    return page.locator('#search-lines-body tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')];
        return { text: cells.slice(0, 3).map((cell) => cell.textContent).join(''), where: cells[3]!.textContent ?? '', href: cells[3]!.querySelector('a')!.getAttribute('href') ?? '' };
      }),
    );
  }

  /** Loads every line: the first page by scrolling to the end of the table, the rest from the keyboard. */
  async function loadAllLines(page: Page, total: number): Promise<void> {
    await page.waitForFunction(() => document.querySelectorAll('#search-lines-body tr').length >= 50);
    expect(await page.locator('#search-lines-body tr').count()).toBe(50);
    await page.locator('#search-lines-more').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('#search-lines-body tr').length > 50);
    while (await page.locator('#search-lines-more').isVisible()) {
      const before = await page.locator('#search-lines-body tr').count();
      await page.focus('#search-lines-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#search-lines-body tr').length > n || document.querySelector<HTMLElement>('#search-lines-more')!.hidden, before);
    }
    expect(await page.locator('#search-lines-body tr').count()).toBe(total);
  }

  it('lists every match with eight words each side, its article, date and paragraph, oldest first, in pages as the reader scrolls', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const expected = expectedLines('moscow', 'Moscow').sort((a, b) => Date.parse(a.published) - Date.parse(b.published) || a.position - b.position);
    // Each article names Moscow in its title and in its second paragraph.
    expect(expected.length).toBe(128);
    expect(new Set(expected.map((line) => line.where.replace(/^.*, /, ''))).size).toBe(2);
    await page.goto(`${site.url}search/?q=Moscow&sort=oldest&view=lines`);
    await waitForText(page, '#search-status', /^64 articles match/);
    await loadAllLines(page, expected.length);
    expect(await shownLines(page)).toEqual(expected.map(({ text, where, href }) => ({ text, where, href })));
    expect(await page.locator('#search-lines-status').textContent()).toBe('128 lines in 64 articles.');
    // Newest first from the lines' own order control: the search's order, in the URL.
    await page.selectOption('#search-lines-order', 'newest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'newest');
    await page.waitForFunction((first) => document.querySelector('#search-lines-body tr .kwic-where')?.textContent === first, expected.at(-2)!.where);
    expect((await shownLines(page)).slice(0, 2)).toEqual(expected.slice(-2).map(({ text, where, href }) => ({ text, where, href })));
    // The articles view stays on its own; the view is in the URL.
    expect(await page.locator('#search-articles').isHidden()).toBe(true);
    await page.click('label[for="search-view-articles"]');
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    expect(await page.locator('#search-lines').isHidden()).toBe(true);
    await page.goBack();
    await page.locator('#search-lines').waitFor();
    expect(await page.locator('#search-view-lines').isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('orders the lines by the word before the match, or after it, and keeps that order in the URL', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const byWords = (a: string[], b: string[]) => {
      for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
        if (a[i] === undefined || b[i] === undefined) return a[i] === undefined ? (b[i] === undefined ? 0 : -1) : 1;
        const order = collator.compare(a[i]!, b[i]!);
        if (order) return order;
      }
      return 0;
    };
    const tie = (a: Line, b: Line) => a.published.localeCompare(b.published) || a.title.localeCompare(b.title) || a.position - b.position;
    const lines = expectedLines('report', 'report');
    const expected = [...lines].sort((a, b) => byWords(a.left, b.left) || tie(a, b));
    // "Report 5:" opens each title (nothing before it) and "that report 5" is in each first paragraph.
    expect(expected[0]!.left).toEqual([]);
    await page.goto(`${site.url}search/?q=report&view=lines`);
    await waitForText(page, '#search-lines-status', /shown|lines in/);
    await page.selectOption('#search-lines-order', 'left');
    expect(new URL(page.url()).searchParams.get('lines')).toBe('left');
    await loadAllLines(page, expected.length);
    expect(await shownLines(page)).toEqual(expected.map(({ text, where, href }) => ({ text, where, href })));

    // After the match: the words after it, nearest first, from the text after the matched token.
    await page.goto(`${site.url}search/?q=report&view=lines&lines=right`);
    await page.locator('#search-lines-body tr').first().waitFor();
    expect(await page.locator('#search-lines-order').inputValue()).toBe('right');
    await loadAllLines(page, lines.length);
    const shownRight = (await shownLines(page)).map((line) => line.text);
    const afterMatch = (text: string) => text.replace(/^.*?\breport\b/iu, '');
    for (let i = 1; i < shownRight.length; i += 1) {
      const [a, b] = [afterMatch(shownRight[i - 1]!), afterMatch(shownRight[i]!)].map((text) => text.split(/\s+/).map(bare).filter(Boolean));
      expect(byWords(a!, b!), `${shownRight[i - 1]} | ${shownRight[i]}`).toBeLessThanOrEqual(0);
    }
    expect([...shownRight].sort()).toEqual(lines.map((line) => line.text).sort());
    expect(problems).toEqual([]);
  });

  it('has no accessibility violations with the lines and their order shown', async () => {
    const violations = await violationsAt(`${site.url}search/?q=Moscow&view=lines&lines=left`, async (page) => {
      await page.locator('#search-lines-body tr').first().waitFor();
      await page.click('.search-export summary');
    });
    expect(violations).toEqual([]);
  });
});

describe('the articles view', () => {
  it("asks for the first result's fragment alone, and for the rest of the page once it is drawn", async () => {
    const { page, problems } = await watchedPage(site.browser);
    const requested: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    await page.route('**/*.pf_fragment', async (route) => {
      requested.push(new URL(route.request().url()).pathname);
      if (requested.length === 1) await firstHeld;
      await route.continue();
    });
    await page.goto(`${site.url}search/?q=Tbilisi`);
    await expect.poll(() => requested.length, { timeout: 30_000 }).toBe(1);
    // While the first fragment is on its way, no other is asked for, and nothing is drawn.
    await page.waitForTimeout(500);
    expect(requested).toHaveLength(1);
    expect(await page.locator('.search-result').count()).toBe(0);
    releaseFirst();
    await waitForText(page, '#search-status', /^64 articles match/);
    expect(await page.locator('.search-result').count()).toBe(10);
    expect(new Set(requested).size).toBe(10);
    expect(problems).toEqual([]);
  });
});

describe('export', () => {
  /** The corpus's articles that name `word` in their text, newest first, each with its paragraphs naming it. */
  function expectedRecords(word: string) {
    return articles
      .map((article) => ({ ...article, hits: article.paragraphs.flatMap((text, i) => (text.split(/\s+/).some((token) => bare(token).startsWith(word)) ? [{ paragraph: i + 1, text }] : [])) }))
      .filter((article) => article.hits.length > 0 || article.title.split(/\s+/).some((token) => bare(token).startsWith(word)))
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  }

  async function download(page: Page, format: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#search-export-${format}`)]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^dateline-search-tbilisi-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    return readFile((await file.path())!, 'utf8');
  }

  it('fetches the export writers only when the reader exports, once', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.url}search/?q=Tbilisi`);
    await waitForText(page, '#search-status', /^64 articles match/);
    const writers = () => scripts.filter((script) => /\/export-formats\.[\w-]+\.js$/.test(script));
    expect(writers()).toEqual([]);
    await page.click('.search-export summary');
    const csv = await download(page, 'csv');
    expect(readCsv(csv.replace(/^\uFEFF/, '')).length).toBe(65);
    await download(page, 'json');
    expect(writers()).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('says how far it is, N of M, in a status region, and stops when the reader cancels', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}search/?q=Tbilisi`);
    await waitForText(page, '#search-status', /^64 articles match/);
    // Every fragment the export asks for waits until the test lets it through.
    const held: (() => void)[] = [];
    await page.route('**/*.pf_fragment', (route) => new Promise<void>((resolve) => held.push(() => void route.continue().then(resolve))));
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.click('.search-export summary');
    expect(await page.locator('#search-export-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-export-cancel').isHidden()).toBe(true);
    await page.click('#search-export-csv');
    await page.waitForFunction(() => document.querySelector('#search-export-status')?.textContent?.startsWith('Preparing'));
    // Nothing arrives until the test lets it: the count stands still, below 64.
    await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(700);
    const before = Number(/^Preparing: (\d+) of 64 results…$/.exec((await page.locator('#search-export-status').textContent()) ?? '')?.[1]);
    expect(before).toBeLessThan(64);
    for (const letThrough of held.splice(0, 3)) letThrough();
    await waitForText(page, '#search-export-status', new RegExp(`^Preparing: ${before + 3} of 64 results…$`));

    await page.click('#search-export-cancel');
    for (const letThrough of held.splice(0)) letThrough();
    await waitForText(page, '#search-export-status', /^Export cancelled\.$/);
    expect(await page.locator('#search-export-cancel').isHidden()).toBe(true);
    await page.unroute('**/*.pf_fragment');
    // What was on its way when the reader cancelled neither downloads nor moves the count.
    await page.waitForTimeout(700);
    expect(downloads).toEqual([]);
    expect(await page.locator('#search-export-status').textContent()).toBe('Export cancelled.');

    // A later export is whole.
    const csv = await download(page, 'csv');
    expect(readCsv(csv.replace(/^\uFEFF/, '')).length).toBe(65);
    expect(problems).toEqual([]);
  });

  it('writes every result, not only the ten shown, as CSV, JSON, RIS and BibTeX, with the query and the date', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const expected = expectedRecords('tbilisi');
    expect(expected.length).toBe(64);
    const search = `${site.url}search/?q=Tbilisi&sort=newest`;
    await page.goto(search);
    await waitForText(page, '#search-status', /^64 articles match/);
    expect(await page.locator('.search-result').count()).toBe(10);
    const started = new Date();
    await page.click('.search-export summary');

    const csv = readCsv((await download(page, 'csv')).replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual(['title', 'date', 'source', 'authors', 'url', 'paragraph hits', 'query', 'search', 'exported']);
    expect(csv.slice(1).map((row) => row.slice(0, 5))).toEqual(
      expected.map((article) => [article.title, article.published.slice(0, 10), article.source, article.authors.join('; '), `${site.url}${article.url.slice(1)}`]),
    );
    for (const [i, row] of csv.slice(1).entries()) {
      const hits = row[5]!.split('\n');
      expect(hits.map((hit) => Number(/^¶(\d+): /.exec(hit)?.[1]))).toEqual(expected[i]!.hits.map((hit) => hit.paragraph));
      // Each excerpt is words of its paragraph, with the word in them.
      for (const [j, hit] of hits.entries()) {
        const excerpt = hit.replace(/^¶\d+: /, '');
        expect(expected[i]!.hits[j]!.text.replace(/\s+/g, ' ')).toContain(excerpt);
        expect(excerpt).toMatch(/Tbilisi/);
      }
      expect(row.slice(6, 8)).toEqual(['Tbilisi', search]);
      expect(Date.parse(row[8]!)).toBeGreaterThanOrEqual(started.getTime() - 1000);
    }

    const json = JSON.parse(await download(page, 'json')) as { query: string; search: string; exported: string; count: number; results: { title: string; url: string; authors: string[]; hits: { paragraph: number }[] }[] };
    expect([json.query, json.search, json.count]).toEqual(['Tbilisi', search, 64]);
    expect(json.results.map((record) => [record.title, record.authors, record.hits.map((hit) => hit.paragraph)])).toEqual(
      expected.map((article) => [article.title, article.authors, article.hits.map((hit) => hit.paragraph)]),
    );

    const ris = (await download(page, 'ris')).split(/^ER {2}- $/m).filter((record) => record.trim() !== '');
    expect(ris.length).toBe(64);
    for (const [i, record] of ris.entries()) {
      const tags = record.trim().split('\n').map((line) => [line.slice(0, 2), line.slice(6)]);
      const article = expected[i]!;
      const [year, month, day] = article.published.slice(0, 10).split('-');
      expect(tags.filter(([tag]) => ['TY', 'AU', 'TI', 'T2', 'DA', 'UR'].includes(tag!))).toEqual([
        ['TY', 'NEWS'],
        ...article.authors.map((name) => ['AU', `${name.split(' ').at(-1)}, ${name.split(' ').slice(0, -1).join(' ')}`]),
        ['TI', article.title],
        ['T2', article.source],
        ['DA', `${year}/${month}/${day}/`],
        ['UR', `${site.url}${article.url.slice(1)}`],
      ]);
      expect(tags.find(([tag]) => tag === 'N1')?.[1]).toContain(`“Tbilisi” (${search})`);
    }

    const bib = await download(page, 'bib');
    expect(bib).toMatch(/^@comment\{Exported from a Dateline search for “Tbilisi” \(.*\) on \d{4}-\d{2}-\d{2}T/);
    const titles = [...bib.matchAll(/^ {2}title = \{\{(.*)\}\},$/gm)].map((match) => match[1]);
    expect(titles).toEqual(expected.map((article) => article.title));
    expect(bib.match(/^@article\{/gm)).toHaveLength(64);
    // Keys are distinct: a reference manager keeps every entry.
    const keys = [...bib.matchAll(/^@article\{([^,]+),/gm)].map((match) => match[1]);
    expect(new Set(keys).size).toBe(64);
    expect(await page.locator('#search-export-status').textContent()).toBe('Exported 64 results as BibTeX.');
    expect(problems).toEqual([]);
  });
});

describe('suggestions', () => {
  /** Insertions, deletions, substitutions and swapped neighbours, by the textbook table. */
  function distance(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i += 1) {
      for (let j = 1; j <= b.length; j += 1) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  /** The corpus's words (text, titles, gazetteer names) within two edits of `typed`, as written. */
  async function closeWords(typed: string): Promise<string[]> {
    const gazetteer = await Promise.all(
      ['people', 'places', 'organizations'].map(async (kind) => Object.values(yaml.load(await readFile(path.join(CORPUS, 'gazetteer', `${kind}.yaml`), 'utf8')) as Record<string, { name: string; aliases: string[] }>)),
    );
    const texts = [...articles.flatMap((article) => [article.title, ...article.paragraphs, ...article.authors]), ...gazetteer.flat().flatMap((entity) => [entity.name, ...entity.aliases])];
    const words = new Map<string, string>();
    for (const word of texts.flatMap((text) => text.match(/\p{L}+/gu) ?? [])) if (!words.has(bare(word))) words.set(bare(word), word);
    return [...words].filter(([form]) => form !== bare(typed) && distance(bare(typed), form) <= 2).map(([, word]) => word);
  }

  it('offers the archive’s own name for a misspelt one that nothing matches, and runs that search from the keyboard', async () => {
    const { page, problems } = await watchedPage(site.browser);
    expect(await closeWords('Bibilof')).toEqual(['Bibilov']);
    await page.goto(`${site.url}search/?q=Bibilof`);
    expect(await waitForText(page, '#search-status', /No articles found/)).toBe('No articles found for “Bibilof”.');
    expect(await waitForText(page, '#search-suggestion', /Did you mean/)).toBe('No article contains “Bibilof”. Did you mean Bibilov?');
    const link = page.locator('#search-suggestion a');
    expect(await link.getAttribute('href')).toBe('/search/?q=Bibilov');
    await link.focus();
    await page.keyboard.press('Enter');
    // Every article that names Anatoly Bibilov, found by that other name of his.
    const expectedCount = pages.filter((indexed) => /Bibilov/.test(indexed.meta.names ?? '') || /Bibilov/.test(indexed.content)).length;
    expect(expectedCount).toBe(16);
    expect(await waitForText(page, '#search-status', /match/)).toBe(`${expectedCount} articles match “Bibilov”.`);
    expect(new URL(page.url()).search).toBe('?q=Bibilov');
    expect(await page.locator('#search-suggestion').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('offers a correction when only a fallback matched, and fetches the word list only then', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const wordLists: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/search/words.json')) wordLists.push(request.url());
    });
    await page.goto(`${site.url}search/?q=Moscow`);
    await waitForText(page, '#search-status', /^64 articles match/);
    expect(wordLists).toEqual([]);
    expect(await closeWords('Putinn')).toEqual(['Putin']);
    await page.fill('#search-query', 'Putinn');
    await page.keyboard.press('Enter');
    const named = pages.filter((indexed) => /Putin/.test(indexed.meta.names ?? '')).length;
    expect(await waitForText(page, '#search-status', /instead/)).toBe(`No article contains “Putinn”. ${named} articles with a word beginning “Putin” instead.`);
    expect(await waitForText(page, '#search-suggestion', /Did you mean/)).toBe('No article contains “Putinn”. Did you mean Putin?');
    expect(wordLists.length).toBe(1);
    const violations = await violationsAt(`${site.url}search/?q=Putinn`, async (axePage) => {
      await axePage.locator('#search-suggestion a').waitFor();
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
