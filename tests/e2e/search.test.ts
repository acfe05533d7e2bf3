import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { parse as parseHtml } from 'node-html-parser';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../../src/harness/browser.ts';
import { builtDir } from '../helpers/html-files.ts';
import { serveSite, siteVariant, type ServedSite } from '../helpers/open-site.ts';
import { CORPUS_SIZE, corpusArticle } from '../helpers/make-site-corpus.ts';
import { readIndexedPages } from '../helpers/search-index-files.ts';
import { contentDir } from '../../src/lib/project-folders.ts';
import { articlePath } from '../../src/lib/urls.ts';

/**
 * Search in a real browser against the built site: the seed archive that `npm test` builds, and
 * a base-path build of the 64-article corpus for paging and sorting at some size.
 */

// The two seed articles, titles as their clippings print them.
const CIVIL_GEORGIA = 'Putin Meets South Ossetian Leader in Moscow';
const MESSENGER = 'Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia';
const CIVIL_GEORGIA_PATH = '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the live region reports the search whose summary matches `summary`. */
async function waitForSummary(page: Page, summary: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''),
    summary.source,
  );
  return (await page.locator('#search-status').textContent()) ?? '';
}

const resultTitles = (page: Page) => page.locator('.search-result-title a').allTextContents();

/** Pages that throw or open dialogs fail the test that opened them. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

describe('the index of the seed archive', () => {
  /** What the site's frame prints around every article; none of it may be searchable. */
  const SITE_CHROME = [
    'Skip to content',
    'Printed as',
    'all articles from this paper',
    'The original clipping',
    'In this article',
    'Previous article',
    'Related articles',
    'Cite this article',
    'Dateline is an archive of news clippings',
    // Each paragraph's link to itself, left out by Pagefind's excludeSelectors (src/search/index-site.ts).
    '¶',
  ];

  it('holds each article once, with its title, caption and body, and none of the page around it', async () => {
    const articlesDir = path.join(contentDir(), 'articles');
    const files = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith('.md'));
    const pages = await readIndexedPages(path.join(builtDir(), 'pagefind'));
    expect(pages.length).toBe(files.length);
    const chromeOnPages = new Set<string>();

    for (const file of files) {
      const { data } = matter(await readFile(path.join(articlesDir, file), 'utf8'));
      const url = `/${articlePath({ published: data.published, slug: data.slug })}`;
      const page = pages.find((indexed) => indexed.url === url);
      expect(page, url).toBeDefined();
      const text = page!.content;
      expect(text.startsWith(`${data.title}.`), url).toBe(true);
      if (data.photo) expect(text).toContain(data.photo.caption);
      const html = await readFile(path.join(builtDir(), url, 'index.html'), 'utf8');
      // The body paragraphs as the page shows them, without their ¶ self-links.
      const paragraphs = parseHtml(html)
        .querySelectorAll('.article__body > p')
        .map((p) => {
          p.querySelectorAll('a[aria-label]').forEach((link) => link.remove());
          return p.text.replace(/\s+/g, ' ').trim();
        });
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const paragraph of paragraphs) expect(text).toContain(paragraph);
      for (const chrome of SITE_CHROME) {
        if (html.includes(chrome)) chromeOnPages.add(chrome);
        expect(text, chrome).not.toContain(chrome);
      }

      // As the filter index holds them (the fragments carry no filters, src/search/trim-shard.ts).
      const sorted = (values: string[]) => [...values].sort();
      expect(page!.filters).toEqual({
        source: [data.source],
        year: [url.slice(1, 5)],
        // The paper's month and day, from which a date range is built (src/search/date-range.ts).
        month: [url.slice(1, 8).replace('/', '-')],
        day: [url.slice(1, 11).replaceAll('/', '-')],
        ...(data.authors.length ? { author: sorted(data.authors) } : {}),
        ...(data.people.length ? { person: sorted(data.people) } : {}),
        ...(data.places.length ? { place: sorted(data.places) } : {}),
        ...(data.organizations.length ? { organization: sorted(data.organizations) } : {}),
      });
      expect(page!.meta).toMatchObject({ title: data.title, date: data.printedDate, published: data.published, url });
      expect(page!.meta.source).toMatch(/^(Civil Georgia|The Messenger)$/);
      if (data.authors.length) expect(page!.meta.byline).toBe(data.authors.join(' and '));
      // Every body paragraph is a titled anchor, p1..pN in order: a result can link to each.
      expect(page!.anchors.map((anchor) => [anchor.id, anchor.title])).toEqual(
        paragraphs.map((_, i) => [`p${i + 1}`, `Paragraph ${i + 1}`]),
      );
    }
    // Every excluded phrase is really on the pages, so its absence from the index means something.
    expect([...chromeOnPages].sort()).toEqual([...SITE_CHROME].sort());
  });
});

describe('search on the seed archive', () => {
  let site: ServedSite;

  beforeAll(async () => {
    site = await serveSite();
  });
  afterAll(() => site?.close());

  it('finds only the Messenger article for Tsikhelashvili, in any letter case', async () => {
    const { page, problems } = await watchedPage();
    for (const query of ['Tsikhelashvili', 'TSIKHELASHVILI', 'tsikhelashvili']) {
      await page.goto(`${site.url}search/?q=${query}`);
      expect(await waitForSummary(page, /^1 article matches/)).toBe(`1 article matches “${query}”.`);
      expect(await resultTitles(page)).toEqual([MESSENGER]);
    }
    expect(problems).toEqual([]);
  });

  it('finds both articles for Bibilov, newest or oldest first as the order asks', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}search/?q=Bibilov`);
    await waitForSummary(page, /^2 articles match “Bibilov”/);
    expect((await resultTitles(page)).sort()).toEqual([CIVIL_GEORGIA, MESSENGER].sort());

    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/[?&]sort=newest$/);
    await page.waitForFunction(() => document.querySelector('.search-result-title a')?.textContent?.startsWith('Georgia'));
    expect(await resultTitles(page)).toEqual([MESSENGER, CIVIL_GEORGIA]);

    await page.selectOption('#search-sort', 'oldest');
    await page.waitForURL(/[?&]sort=oldest$/);
    await page.waitForFunction(() => document.querySelector('.search-result-title a')?.textContent?.startsWith('Putin'));
    expect(await resultTitles(page)).toEqual([CIVIL_GEORGIA, MESSENGER]);

    // The order is part of the URL, so a reload keeps it.
    await page.reload();
    await waitForSummary(page, /^2 articles/);
    expect(await page.inputValue('#search-sort')).toBe('oldest');
    expect(await resultTitles(page)).toEqual([CIVIL_GEORGIA, MESSENGER]);
    expect(problems).toEqual([]);
  });

  it('shows each result with the date, paper and byline as the archive\'s lists print them, and the searched word marked', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.url}search/?q=Tsikhelashvili`);
    await waitForSummary(page, /^1 article/);
    // The list line of the site (ArticleList.astro), not the date as printed ("Friday, March 8").
    expect(await page.locator('.search-result-meta').textContent()).toBe('8 March 2019 · The Messenger · Tea Mariamidze');
    const marked = await page.locator('.search-result mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((word) => word.toLowerCase()))).toEqual(new Set(['tsikhelashvili']));

    // Every result's date reads as the home page's list of the newest articles gives it.
    const archive = await browser.newPage();
    await archive.goto(site.url);
    const listed = new Map(
      await archive.locator('.article-list li').evaluateAll((items) =>
        items.map((item) => [item.querySelector('a')?.getAttribute('href') ?? '', item.querySelector('time')?.textContent ?? ''] as [string, string]),
      ),
    );
    await archive.close();
    await page.goto(`${site.url}search/?q=Bibilov`);
    await waitForSummary(page, /^2 articles/);
    const shown = await page.locator('.search-result').evaluateAll((items) =>
      items.map((item) => [new URL(item.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname, item.querySelector('.search-result-meta time')?.textContent ?? '']),
    );
    expect(shown.length).toBe(2);
    for (const [path, date] of shown) expect(date, path).toBe(listed.get(path!));
  });

  it('starts and ends every excerpt at a sentence or an ellipsis, and quotes no sentence twice in a result', async () => {
    const { page } = await watchedPage();
    for (const query of ['Khajimba', 'Bibilov', 'Moscow', 'Tsikhelashvili', 'Putin', 'Sokhumi', 'Tskhinvali', 'Sukhumi']) {
      await page.goto(`${site.url}search/?q=${query}`);
      await waitForSummary(page, /match/);
      const results = await page.locator('.search-result').evaluateAll((items) =>
        items.map((item) => [...item.querySelectorAll('.search-result-excerpt, .search-result-paragraph-excerpt')].map((node) => node.textContent ?? '')),
      );
      expect(results.length).toBeGreaterThan(0);
      // Whatever is left out, each result still shows the searched word.
      expect(await page.locator('.search-result').evaluateAll((items) => items.every((item) => item.querySelector('mark')))).toBe(true);
      for (const excerpts of results) {
        const sentences: string[] = [];
        for (const excerpt of excerpts) {
          // A capital, a quotation mark or a digit begins a sentence; an ellipsis shows a cut.
          expect(excerpt, query).toMatch(/^(…|[\p{Lu}\p{Pi}“"\d])/u);
          expect(excerpt, query).toMatch(/([.!?][”"’']?|…)$/u);
          sentences.push(...excerpt.split(/(?<=[.!?][”"]?)\s+(?=[\p{Lu}“"])/u).map((sentence) => sentence.replace(/…/g, '')).filter((sentence) => sentence.split(' ').length > 3));
        }
        // Not even a sentence cut short is quoted again.
        for (const [i, sentence] of sentences.entries()) {
          for (const [j, other] of sentences.entries()) if (i !== j) expect(other.includes(sentence), `${query}: ${sentence}`).toBe(false);
        }
      }
    }
    // Khajimba is in paragraph 12 only, which the excerpt shows whole: the paragraph is linked, not quoted again.
    await page.goto(`${site.url}search/?q=Khajimba`);
    await waitForSummary(page, /^1 article/);
    expect(await page.locator('.search-result-paragraphs li').allTextContents()).toEqual(['Paragraph 12']);
    expect(await page.locator('.search-result-excerpt').textContent()).toMatch(/^This is not the first time Putin met de facto leader\. .*Khajimba/);
  });

  it('scrolls the first searched word into view on the article a result opens, without motion when the reader asks for none', async () => {
    const articleUrl = `${site.url}2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia/?highlight=Khajimba`;
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 600 }, reducedMotion });
      const page = await context.newPage();
      // Each scroll the page makes, and whether it was asked to be smooth.
      await page.addInitScript(() => {
        const original = Element.prototype.scrollIntoView;
        Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
          ((window as unknown as { scrolls: string[] }).scrolls ??= []).push(typeof options === 'object' ? (options.behavior ?? 'auto') : 'auto');
          original.call(this, options);
        };
      });
      await page.goto(articleUrl);
      await page.waitForSelector('mark.search-highlight');
      // The word is in the last paragraph, screens below the title.
      await page.waitForFunction(() => {
        const box = document.querySelector('mark.search-highlight')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls)).toEqual([reducedMotion === 'reduce' ? 'instant' : 'smooth']);
      await context.close();
    }
  });

  it('never presents what Pagefind falls back to as a match of the word typed, and says what it found instead', async () => {
    const { page, problems } = await watchedPage();
    // Pagefind matches the longest indexed word a searched word begins with when no indexed word
    // begins with it: the "S" of "S. Ossetia", the article "a", "Georgia", "Putin".
    for (const [query, instead] of [['Sovereignty', 'S'], ['Aleksandr', 'A'], ['Georgiaa', 'Georgia'], ['Putinn', 'Putin']]) {
      await page.goto(`${site.url}search/?q=${query}`);
      const summary = await waitForSummary(page, /match|No art/);
      expect(summary, query).toMatch(new RegExp(`^No article contains “${query}”\\. (\\d+) articles? with a word beginning “${instead}” instead\\.$`));
      const count = Number(/\. (\d+) article/.exec(summary)![1]);
      expect(await page.locator('.search-result').count(), query).toBe(count);
      // Nothing typed is there to mark on the page a result opens.
      expect(await page.locator('.search-result-title a').first().getAttribute('href'), query).not.toContain('highlight=');
    }
    // A word that matches nothing is not quietly left out of the search.
    await page.goto(`${site.url}search/?q=zzzqqq+Bibilov`);
    expect(await waitForSummary(page, /match|No art/)).toBe('No article contains “zzzqqq”. 2 articles with “Bibilov” instead.');
    // Real matches stay matches: the start of a word, another form of it (Pagefind's stemming),
    // a word of the byline or of the printed date (metadata).
    for (const [query, count] of [['Bibil', 2], ['meetings', 2], ['Mariam', 1], ['Friday', 1], ['Tsikhelashvili Bibilov', 1]] as const) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      expect(await waitForSummary(page, /match|No art/), query).toBe(`${count === 1 ? '1 article matches' : `${count} articles match`} “${query}”.`);
    }
    expect(problems).toEqual([]);
  });

  it('finds an article by another name the gazetteer gives an entity it names, and says which', async () => {
    const { page, problems } = await watchedPage();
    // content/gazetteer/places.yaml: Sokhumi, also known as Sukhumi and Sukhum; only Civil Georgia's article names it, as "Sokhumi".
    for (const [query, alias] of [['Sukhumi', 'Sukhumi'], ['sukhum', 'Sukhum']]) {
      await page.goto(`${site.url}search/?q=${query}`);
      expect(await waitForSummary(page, /match|No art/)).toBe(`1 article matches “${query}”.`);
      expect(await resultTitles(page)).toEqual([CIVIL_GEORGIA]);
      expect(await page.locator('.search-result-note').textContent()).toBe(`Matched Sokhumi, also known as ${alias}.`);
      expect(await page.locator('.search-result-excerpt mark').allTextContents()).toEqual(['Sokhumi']);
    }
    // The article marks the name it uses, and shows it.
    await page.click('.search-result-title a');
    await page.waitForSelector('mark.search-highlight');
    expect(await page.locator('mark.search-highlight').allTextContents()).toEqual(['Sokhumi']);
    expect(problems).toEqual([]);
  });

  it('finds, for every other name in the gazetteer, every article naming that entity', async () => {
    const gazetteer = path.join(contentDir(), 'gazetteer');
    const articlesDir = path.join(contentDir(), 'articles');
    const articles = await Promise.all(
      (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith('.md')).map(async (file) => matter(await readFile(path.join(articlesDir, file), 'utf8')).data),
    );
    const { page } = await watchedPage();
    await page.goto(`${site.url}search/`);
    await page.waitForSelector('#search-shortcut-setting:not([hidden])');
    let checked = 0;
    for (const kind of ['people', 'places', 'organizations']) {
      const entries = yaml.load(await readFile(path.join(gazetteer, `${kind}.yaml`), 'utf8')) as Record<string, { name: string; aliases?: string[] }>;
      for (const [id, entity] of Object.entries(entries)) {
        const naming = articles.filter((data) => (data[kind] as string[]).includes(id)).map((data) => data.title as string).sort();
        for (const alias of entity.aliases ?? []) {
          // The search page's own Pagefind instance (one module per URL), with the page's options.
          const found = await page.evaluate(async (query) => {
            // (A Function: Vitest would rewrite an import() written here.)
            const pagefind = await (new Function('return import("/pagefind/pagefind.js")')() as Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<{ meta: { title: string } }> }[] }> }>);
            const response = await pagefind.search(query);
            return Promise.all(response.results.map(async (result) => (await result.data()).meta.title));
          }, alias);
          expect(found.sort(), `${alias} (${kind}/${id})`).toEqual(expect.arrayContaining(naming));
          checked += naming.length > 0 ? 1 : 0;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('narrows to Civil Georgia with the source filter, and puts the filter in the URL', async () => {
    const { page, problems } = await watchedPage();
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.goto(`${site.url}search/?q=Bibilov`);
    await waitForSummary(page, /^2 articles/);
    // No facet is counted until the reader opens it, and the chart of results over time counts
    // years by the index's year table (src/search/year-table.ts): no filter file is fetched.
    await page.locator('#search-timeline figure').waitFor();
    expect(filterFiles.length).toBe(0);
    expect(await page.locator('#search-facets input[type="checkbox"]').count()).toBe(0);
    const sourceFacet = page.locator('#search-facets [data-facet="source"] > summary');
    await sourceFacet.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox', { name: /^Civil Georgia \(1\)$/ });
    await box.waitFor();
    expect(filterFiles.length).toBe(1);
    // Redrawn with its counts, the facet keeps the keyboard on its summary.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-facet]')?.getAttribute('data-facet'))).toBe('source');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?q=Bibilov&source=civil-georgia$/);
    expect(await waitForSummary(page, /in Civil Georgia/)).toBe('1 article matches “Bibilov” in Civil Georgia.');
    expect(await resultTitles(page)).toEqual([CIVIL_GEORGIA]);
    // The panel was rebuilt with the new counts; the keyboard user is still on the same box.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('civil-georgia');
    // Another source stays on offer with its own count, and adds to the results.
    await page.getByRole('checkbox', { name: /^The Messenger \(1\)$/ }).check();
    await page.waitForURL(/\?q=Bibilov&source=civil-georgia&source=the-messenger$/);
    expect(await waitForSummary(page, /^2 articles/)).toBe('2 articles match “Bibilov” in Civil Georgia, The Messenger.');
    await page.goBack();
    await waitForSummary(page, /^1 article matches “Bibilov” in Civil Georgia\.$/);

    await page.goto(`${site.url}search/?source=civil-georgia`);
    expect(await waitForSummary(page, /^1 article in Civil Georgia\.$/)).toBe('1 article in Civil Georgia.');
    expect(await resultTitles(page)).toEqual([CIVIL_GEORGIA]);
    expect(problems).toEqual([]);
  });

  it('names people in the Person facet and in the summary, fetching the names only when needed', async () => {
    const { page, problems } = await watchedPage();
    const labelFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/labels/')) labelFiles.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.url}search/?q=Bibilov`);
    await waitForSummary(page, /^2 articles/);
    expect(labelFiles).toEqual([]);
    await page.click('#search-facets [data-facet="person"] > summary');
    // Both articles name Anatoly Bibilov (gazetteer id anatoly-bibilov); only one names Tsikhelashvili.
    await page.getByRole('checkbox', { name: /^Anatoly Bibilov \(2\)$/ }).check();
    await page.waitForURL(/\?q=Bibilov&person=anatoly-bibilov$/);
    expect(await waitForSummary(page, /in Anatoly Bibilov/)).toBe('2 articles match “Bibilov” in Anatoly Bibilov.');
    expect(await page.getByRole('checkbox', { name: /^Ketevan Tsikhelashvili \(1\)$/ }).count()).toBe(1);
    expect(labelFiles).toEqual(['/search/labels/person.json']);

    // A shared link with a person filter names the person without the facet being opened first.
    const fresh = await watchedPage();
    await fresh.page.goto(`${site.url}search/?person=ketevan-tsikhelashvili`);
    expect(await waitForSummary(fresh.page, /^1 article/)).toBe('1 article in Ketevan Tsikhelashvili.');
    expect(problems).toEqual([]);
    expect(fresh.problems).toEqual([]);
  });

  it('takes a query typed in the header of an article page to /search/?q=..., and Back restores each search', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(site.url + CIVIL_GEORGIA_PATH);
    await page.fill('#site-search', 'Tsikhelashvili');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${site.url}search/?q=Tsikhelashvili`);
    await waitForSummary(page, /^1 article matches “Tsikhelashvili”/);
    expect(await resultTitles(page)).toEqual([MESSENGER]);

    // A second search on the search page itself is a new history entry.
    await page.fill('#search-query', 'Bibilov');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(`${site.url}search/?q=Bibilov`);
    await waitForSummary(page, /^2 articles match “Bibilov”/);

    await page.goBack();
    await page.waitForURL(`${site.url}search/?q=Tsikhelashvili`);
    await waitForSummary(page, /^1 article matches “Tsikhelashvili”/);
    expect(await page.inputValue('#search-query')).toBe('Tsikhelashvili');
    expect(await resultTitles(page)).toEqual([MESSENGER]);

    // Out to a result and back again.
    await page.click('.search-result-title a');
    await page.waitForURL(/\/2019\/03\/08\//);
    await page.goBack();
    await waitForSummary(page, /^1 article matches “Tsikhelashvili”/);
    expect(await resultTitles(page)).toEqual([MESSENGER]);

    await page.goBack();
    await page.waitForURL(site.url + CIVIL_GEORGIA_PATH);
    expect(problems).toEqual([]);
  });

  it('links each matching paragraph to its #pN, and the article marks the searched word there', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}search/?q=Tsikhelashvili`);
    await waitForSummary(page, /^1 article/);
    const anchors = await page
      .locator('.search-result-paragraphs a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
    expect(anchors.length).toBeGreaterThan(0);

    await page.click('.search-result-paragraphs a >> nth=0');
    await page.waitForURL(new RegExp(`${anchors[0]}$`));
    // The listed paragraphs are exactly those of the article that contain the word.
    const containing = await page
      .locator('.article__body p[id]')
      .evaluateAll((paragraphs) => paragraphs.filter((p) => /tsikhelashvili/i.test(p.textContent ?? '')).map((p) => `#${p.id}`));
    expect(anchors).toEqual(containing);

    const target = page.locator(`${anchors[0]}`);
    await page.waitForSelector(`${anchors[0]} mark.search-highlight`);
    expect(await target.locator('mark.search-highlight').allTextContents()).toContain('Tsikhelashvili');
    expect(await target.evaluate((p) => p.matches(':target'))).toBe(true);
    const box = await target.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
    expect(problems).toEqual([]);
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const { page } = await watchedPage();
    // Both articles have all three words; only Civil Georgia has them in this order, together.
    await page.goto(`${site.url}search/?q=${encodeURIComponent('leader Anatoly Bibilov')}`);
    await waitForSummary(page, /^2 articles/);
    await page.goto(`${site.url}search/?q=${encodeURIComponent('"leader Anatoly Bibilov"')}`);
    await waitForSummary(page, /^1 article/);
    expect(await resultTitles(page)).toEqual([CIVIL_GEORGIA]);
    // The phrase is carried whole to the article page, to be marked whole.
    expect(await page.locator('.search-result-title a').getAttribute('href')).toContain('highlight=leader+Anatoly+Bibilov');
  });

  it('ignores diacritics a reader adds', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('Bíbílov')}`);
    await waitForSummary(page, /^2 articles/);
    expect((await resultTitles(page)).sort()).toEqual([CIVIL_GEORGIA, MESSENGER].sort());
  });

  it('says clearly when nothing matches, echoing the query as text, never as markup', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('<zzzqqq>')}`);
    expect(await waitForSummary(page, /^No articles/)).toBe('No articles found for “<zzzqqq>”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(await page.locator('zzzqqq').count()).toBe(0);

    // Pagefind falls back to indexed words these begin with ("on" for "onerror"): the results
    // are offered as that, never as matches, and the query is shown as the characters typed.
    const query = '<img src=x onerror=alert(1)>';
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    const summary = await waitForSummary(page, /articles? /);
    expect(summary).toMatch(/^No article contains “<img”, “src=x” or “onerror=alert\(1\)>”\. \d articles? with a word beginning “s” and a word beginning “on” instead\.$/);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.inputValue('#search-query')).toBe(query);
    expect(problems).toEqual([]);
  });

  it('focuses the search box with / on any page, and lets the reader switch that off', async () => {
    const { page } = await watchedPage();
    await page.goto(site.url + CIVIL_GEORGIA_PATH);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    await page.goto(`${site.url}search/`);
    await page.waitForSelector('#search-shortcut-setting:not([hidden])');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    // Typing a slash into a box is typing, not the shortcut.
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-query')).toBe('a/b');

    await page.uncheck('#search-shortcut');
    await page.goto(site.url + CIVIL_GEORGIA_PATH);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('site-search');
  });

  it('without JavaScript, says search needs it and links to the date and source archives', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=Bibilov`);
    const notice = page.locator('.search-results p.search-status').last();
    expect(await notice.textContent()).toMatch(/needs JavaScript/);
    for (const link of await notice.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect((await page.request.get(link)).status(), link).toBe(200);
    }
    await context.close();
  });
});

describe('search under a base path, on the 64-article corpus indexed in three shards', () => {
  const BASE = '/archive/';
  let site: ServedSite;

  beforeAll(async () => {
    // At most 25 articles per Pagefind run: the 64 articles are written as three shards of 23, 21
    // and 20 (src/search/shards.ts: 19 to 25 each, cut at the roundest instant), as a
    // 10,000-article archive is written as two.
    site = await serveSite({
      build: siteVariant({ contentDir: 'tests/fixtures/site-corpus', env: { BASE_PATH: BASE, DATELINE_SEARCH_SHARD_PAGES: '25' } }),
      host: { base: BASE },
    });
  }, 300_000);
  afterAll(() => site?.close());

  it('is written as three shards in date order, each holding its articles once', async () => {
    const bundle = path.join(site.outDir, 'pagefind');
    const { shards } = JSON.parse(await readFile(path.join(bundle, 'dateline-shards.json'), 'utf8')) as { shards: string[] };
    expect(shards).toEqual(['shard-1/', 'shard-2/']);
    const byShard = await Promise.all(['', ...shards].map((folder) => readIndexedPages(path.join(bundle, folder))));
    expect(byShard.map((pages) => pages.length)).toEqual([23, 21, 20]);
    const oldestFirst = Array.from({ length: CORPUS_SIZE }, (_, n) => corpusArticle(n))
      .sort((a, b) => Date.parse(a.published) - Date.parse(b.published))
      .map((article) => article.title);
    // Consecutive runs of the archive's date order, so a sorted search can join them shard by shard.
    const inOrder = (pages: { meta: Record<string, string> }[]) =>
      pages.sort((a, b) => Date.parse(a.meta.published!) - Date.parse(b.meta.published!)).map((page) => page.meta.title);
    expect(byShard.flatMap(inOrder)).toEqual(oldestFirst);
    // Only the first shard carries Pagefind's runtime; the others are index files only.
    expect((await readdir(path.join(bundle, shards[0]!))).sort()).toEqual(
      expect.arrayContaining(['filter', 'fragment', 'index', 'pagefind-entry.json']),
    );
    expect(await readdir(path.join(bundle, shards[0]!))).not.toContain('pagefind.js');
    expect((await readdir(path.join(bundle, shards[0]!))).filter((file) => file.startsWith('wasm.'))).toEqual([]);
  });

  it('counts each facet value over all shards, and lists the oldest first across them when asked', async () => {
    const { page, problems } = await watchedPage();
    const shardRuntime: string[] = [];
    page.on('request', (request) => {
      if (/\/shard-\d+\/(pagefind(-highlight)?\.js|wasm\.)/.test(request.url())) shardRuntime.push(request.url());
    });
    await page.goto(`${site.url}search/?q=Tbilisi&sort=oldest`);
    expect(await waitForSummary(page, /^\d+ articles/)).toBe(`${CORPUS_SIZE} articles match “Tbilisi”.`);
    const oldestFirst = Array.from({ length: CORPUS_SIZE }, (_, n) => corpusArticle(n))
      .sort((a, b) => Date.parse(a.published) - Date.parse(b.published))
      .map((article) => article.title);
    expect(await resultTitles(page)).toEqual(oldestFirst.slice(0, 10));
    await page.click('#search-facets [data-facet="source"] > summary');
    const perSource = Object.entries(
      Array.from({ length: CORPUS_SIZE }, (_, n) => corpusArticle(n).source).reduce<Record<string, number>>((counts, source) => ({ ...counts, [source]: (counts[source] ?? 0) + 1 }), {}),
    );
    expect(perSource.length).toBe(3);
    for (const [source, count] of perSource) {
      const name = { 'civil-georgia': 'Civil Georgia', 'the-messenger': 'The Messenger', 'georgia-today': 'Georgia Today' }[source];
      await page.getByRole('checkbox', { name: `${name} (${count})` }).waitFor();
    }
    // The merged shards reuse the first shard's Pagefind JS and WASM.
    expect(shardRuntime).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('pages through the results ten at a time, newest first, with links under the base path', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}search/?q=Tbilisi&sort=newest`);
    // Every corpus article names Tbilisi in its title.
    expect(await waitForSummary(page, /^\d+ articles/)).toBe(`${CORPUS_SIZE} articles match “Tbilisi”.`);
    const newestFirst = Array.from({ length: CORPUS_SIZE }, (_, n) => corpusArticle(n))
      .sort((a, b) => b.published.localeCompare(a.published))
      .map((article) => article.title);
    // Ten a page (src/search/client/result-pages-view.ts: each result fetches its article's text).
    expect(await resultTitles(page)).toEqual(newestFirst.slice(0, 10));
    const pages = Math.ceil(CORPUS_SIZE / 10);
    const titles = newestFirst.slice(0, 10);
    for (let next = 2; next <= pages; next += 1) {
      const link = page.getByRole('link', { name: `Next page, ${next}` });
      // The pager's links are the search's own address under the base path.
      expect(await link.getAttribute('href')).toBe(`${BASE}search/?q=Tbilisi&sort=newest&page=${next}`);
      await link.click();
      await page.waitForURL(new RegExp(`&page=${next}$`));
      const count = Math.min(10, CORPUS_SIZE - (next - 1) * 10);
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, count);
      // Focus goes to the page's first result, so a keyboard user carries on from there.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(newestFirst[(next - 1) * 10]);
      titles.push(...(await resultTitles(page)));
    }
    expect(titles).toEqual(newestFirst);
    expect(await page.getByRole('link', { name: /^Next page/ }).count()).toBe(0);

    const hrefs = await page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => href.startsWith(BASE) && /^\/archive\/\d{4}\/\d{2}\/\d{2}\//.test(href))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('fetches the index chunks of a word as it is typed, in every shard, so Enter fetches none and finds what the URL finds', async () => {
    const { page, problems } = await watchedPage();
    const chunks: { shard: string; afterEnter: boolean }[] = [];
    let entered = false;
    page.on('request', (request) => {
      const shard = /\/pagefind\/(?:(shard-\d+)\/)?index\/[^/]+\.pf_index$/.exec(new URL(request.url()).pathname);
      if (shard) chunks.push({ shard: shard[1] ?? 'shard-0', afterEnter: entered });
    });
    await page.goto(`${site.url}search/`, { waitUntil: 'networkidle' });
    const box = page.locator('#search-query');
    await box.click();
    // Three letters: their chunk is often not the word's own, so nothing is fetched yet.
    await page.keyboard.type('Obs', { delay: 30 });
    await page.waitForTimeout(500);
    expect(chunks).toEqual([]);
    await page.keyboard.type('ervers', { delay: 30 });
    await expect.poll(() => new Set(chunks.map((chunk) => chunk.shard)).size, { timeout: 10_000 }).toBe(3);
    await page.waitForLoadState('networkidle');
    entered = true;
    await page.keyboard.press('Enter');
    const summary = await waitForSummary(page, /match|No art/);
    expect(summary).toBe(`${CORPUS_SIZE} articles match “Observers”.`);
    // The search and its exact search per word (true-matches.ts) read the chunks fetched while typing.
    expect(chunks.filter((chunk) => chunk.afterEnter)).toEqual([]);
    const typed = await page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

    const fresh = await watchedPage();
    await fresh.page.goto(`${site.url}search/?q=Observers`);
    expect(await waitForSummary(fresh.page, /match|No art/)).toBe(summary);
    expect(await fresh.page.locator('.search-result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(typed);
    expect([...problems, ...fresh.problems]).toEqual([]);
  });

  it('tells a word begun from a fallback in every shard', async () => {
    const { page, problems } = await watchedPage();
    // "Tbilis": no article has the word whole, all have Tbilisi, which it begins; "Tbilisiz"
    // begins Tbilisi's word instead, which Pagefind falls back to in each of the three shards.
    await page.goto(`${site.url}search/?q=Tbilis`);
    expect(await waitForSummary(page, /match|No art/)).toBe(`${CORPUS_SIZE} articles match “Tbilis”.`);
    await page.goto(`${site.url}search/?q=Tbilisiz`);
    expect(await waitForSummary(page, /match|No art/)).toBe(`No article contains “Tbilisiz”. ${CORPUS_SIZE} articles with a word beginning “Tbilisi” instead.`);
    expect(problems).toEqual([]);
  });

  it('ranks a match in the title above matches in the body', async () => {
    const { page } = await watchedPage();
    await page.goto(`${site.url}search/?q=observers`);
    // Every corpus article says "Observers noted" in its body; eight also have it in the title.
    expect(await waitForSummary(page, /^\d+ articles/)).toBe(`${CORPUS_SIZE} articles match “observers”.`);
    const inTitle = Array.from({ length: CORPUS_SIZE }, (_, n) => corpusArticle(n).title).filter((title) => /observers/i.test(title));
    expect(inTitle.length).toBe(8);
    expect((await resultTitles(page)).slice(0, inTitle.length).sort()).toEqual(inTitle.sort());
  });

  it('lands on the matched paragraph under the base path, with the word marked', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}search/?q=Observers&source=georgia-today`);
    // Georgia Today prints reports 4, 20, 36 and 52 of the corpus; each says "Observers noted".
    expect(await waitForSummary(page, /^\d+ articles/)).toBe('4 articles match “Observers” in Georgia Today.');
    // The gazetteer's names come from under the base path too.
    const names = page.waitForResponse((r) => new URL(r.url()).pathname === `${BASE}search/labels/place.json`);
    await page.click('#search-facets [data-facet="place"] > summary');
    expect((await names).status()).toBe(200);
    const link = page.locator('.search-result-paragraphs a >> nth=0');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/archive\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/\?highlight=Observers#p3$/);
    const response = page.waitForResponse((r) => r.url().endsWith(href.replace(/#.*/, '')));
    await link.click();
    expect((await response).status()).toBe(200);
    await page.waitForSelector('#p3 mark.search-highlight');
    expect(await page.locator('#p3 mark.search-highlight').allTextContents()).toEqual(['Observers']);
    expect(problems).toEqual([]);
  });
});

describe('search in an empty archive', () => {
  let site: ServedSite;

  beforeAll(async () => {
    site = await serveSite({ build: siteVariant({ contentDir: 'tests/fixtures/site-empty' }) });
  }, 300_000);
  afterAll(() => site?.close());

  it('says there is nothing to search yet, instead of failing to load an index', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${site.url}search/?q=Bibilov`);
    expect(await waitForSummary(page, /no articles yet/)).toBe('The archive has no articles yet, so there is nothing to search.');
    expect(problems).toEqual([]);
  });
});
