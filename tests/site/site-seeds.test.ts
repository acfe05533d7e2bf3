import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { builtDir } from '../helpers/html-files.ts';
import { projectRoot } from '../helpers/build.ts';
import { bodyText, clippingBody, fileFor, jsonLdOf, metaContent, pageExists, readPage, sitemapLocations, squash } from './site-pages.ts';

/**
 * The two real clippings, as `npm test` built them into dist/: every way in and out of an article,
 * checked against facts read from the clippings by hand.
 */
const outDir = builtDir();
const site = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
const seeds = path.join(projectRoot, 'tests/fixtures/seeds');

const civilGeorgia = {
  path: '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/',
  clipping: '004_c563c99bc929bd38.txt',
  // Title, "Civil Georgia, Tbilisi / 15 Nov.'17 / 12:31", photo caption.
  headerLines: 3,
  title: 'Putin Meets South Ossetian Leader in Moscow',
  published: '2017-11-15T12:31:00+04:00',
  /** The clipping printed a time: machine-readable dates give it, in the paper's offset. */
  datePublished: '2017-11-15T12:31:00+04:00',
  feedDate: '2017-11-15T12:31:00+04:00',
  shownDate: '15 November 2017, 12:31',
  authors: [] as string[],
};
const messenger = {
  path: '2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia/',
  clipping: '000_62f9dd80dc8d7e61.txt',
  // "The messenger logo", title, "By Tea Mariamidze", "Friday, March 8".
  headerLines: 4,
  title: 'Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia',
  published: '2019-03-08T00:00:00+04:00',
  /** A date without a time: the day alone where a format allows it, else 12:00 UTC of that day, never 7 March. */
  datePublished: '2019-03-08',
  feedDate: '2019-03-08T12:00:00Z',
  shownDate: '8 March 2019',
  authors: ['Tea Mariamidze'],
};

describe.each([
  ['Civil Georgia', civilGeorgia],
  ['The Messenger', messenger],
])('%s article page', (_name, seed) => {
  it('exists at its dated permalink with the right title, date and byline', async () => {
    const page = await readPage(outDir, seed.path);
    expect(squash(page.querySelector('h1')!.textContent)).toBe(seed.title);
    const time = page.querySelector('article header time')!;
    expect(time.getAttribute('datetime')).toBe(seed.published);
    expect(squash(time.textContent)).toBe(seed.shownDate);
    const byline = page.querySelector('.byline');
    if (seed.authors.length) expect(squash(byline!.textContent)).toBe(`By ${seed.authors.join(' and ')}`);
    else expect(byline).toBeNull();
  });

  it('shows the clipping’s body text word for word (whitespace aside)', async () => {
    const clipping = await readFile(path.join(seeds, seed.clipping), 'utf8');
    const page = await readPage(outDir, seed.path);
    expect(bodyText(page)).toBe(clippingBody(clipping, seed.headerLines));
  });

  it('serves the original clipping byte for byte beside the article, and links to it', async () => {
    const original = await readFile(path.join(seeds, seed.clipping));
    expect(await readFile(fileFor(outDir, `${seed.path}original.txt`))).toEqual(original);
    const page = await readPage(outDir, seed.path);
    expect(page.querySelector('article footer a[href$="original.txt"][download]')!.getAttribute('href')).toBe(`/${seed.path}original.txt`);
  });

  it('numbers every body paragraph p1..pN, each with a labelled link to itself', async () => {
    const page = await readPage(outDir, seed.path);
    const paragraphs = page.querySelectorAll('.article__body > p');
    expect(paragraphs.length).toBeGreaterThan(5);
    paragraphs.forEach((p, i) => {
      expect(p.id).toBe(`p${i + 1}`);
      const link = p.querySelector('a[aria-label]')!;
      expect(link.getAttribute('href')).toBe(`#p${i + 1}`);
      expect(link.getAttribute('tabindex')).toBe('-1');
      expect(link.getAttribute('aria-label')).toBe(`Paragraph ${i + 1}`);
    });
  });

  it('has an absolute canonical URL, Open Graph and Highwire tags', async () => {
    const page = await readPage(outDir, seed.path);
    const url = `${site}/${seed.path}`;
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
    expect(metaContent(page, 'property', 'og:type')).toEqual(['article']);
    expect(metaContent(page, 'property', 'article:published_time')).toEqual([seed.datePublished]);
    expect(metaContent(page, 'property', 'article:author')).toEqual(seed.authors);
    expect(metaContent(page, 'property', 'article:section')).toEqual([_name]);
    const entityNames = page.querySelectorAll('#entities a').map((a) => squash(a.textContent));
    expect(entityNames.length).toBeGreaterThan(0);
    expect(metaContent(page, 'property', 'article:tag')).toEqual(entityNames);
    expect(metaContent(page, 'name', 'citation_title')).toEqual([seed.title]);
    expect(metaContent(page, 'name', 'citation_author')).toEqual(seed.authors);
    expect(metaContent(page, 'name', 'citation_publication_date')).toEqual([seed.published.slice(0, 10).replace(/-/g, '/')]);
    expect(metaContent(page, 'name', 'citation_public_url')).toEqual([url]);
    expect(metaContent(page, 'name', 'citation_language')).toEqual(['en']);
    expect(metaContent(page, 'name', 'description')[0]).toMatch(/^\S.{20,}[.”]$/);
  });

  it('describes itself in JSON-LD as a NewsArticle and a BreadcrumbList', async () => {
    const page = await readPage(outDir, seed.path);
    const [article, breadcrumbs] = jsonLdOf(page) as [Record<string, any>, Record<string, any>];
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe(seed.title);
    expect(article.datePublished).toBe(seed.datePublished);
    expect(article.author).toEqual(
      seed.authors.length
        ? seed.authors.map((name) => ({ '@type': 'Person', name }))
        : [expect.objectContaining({ '@type': 'NewsMediaOrganization', name: _name })],
    );
    expect(article.publisher.name).toBe(_name);
    expect(article.isPartOf['@type']).toBe('WebSite');
    expect(article.mainEntityOfPage['@id']).toBe(`${site}/${seed.path}`);
    expect(article.about).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Person', name: 'Anatoly Bibilov' })]));
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    // The article's own crumb is the current page: named, without a URL of its own.
    expect(breadcrumbs.itemListElement.at(-1)).toEqual({ '@type': 'ListItem', position: 5, name: seed.title });
    expect(breadcrumbs.itemListElement.at(-2).item).toBe(`${site}/${seed.path.split('/').slice(0, 3).join('/')}/`);
  });

  it('runs no script of its own: one JSON-LD data block, plus at most the search box’s one external module', async () => {
    const page = await readPage(outDir, seed.path);
    const scripts = page.querySelectorAll('script');
    const executable = scripts.filter((script) => script.getAttribute('type') !== 'application/ld+json');
    expect(scripts.length - executable.length).toBe(1);
    expect(executable.length).toBeLessThanOrEqual(1);
    for (const script of executable) {
      expect(script.getAttribute('type')).toBe('module');
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/Search[^/]*\.js$/);
      expect(script.textContent.trim()).toBe('');
    }
  });

  it('marks title, caption and body for the search index and nothing else', async () => {
    const page = await readPage(outDir, seed.path);
    const indexed = page.querySelectorAll('[data-pagefind-body]');
    expect(indexed).toHaveLength(1);
    expect(indexed[0]!.querySelector('h1')).not.toBeNull();
    expect(indexed[0]!.querySelector('.article__body')).not.toBeNull();
    expect(indexed[0]!.querySelector('header')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page.querySelector('#cite')!.closest('[data-pagefind-body]')).toBeNull();
  });
});

describe('links between the two seeds', () => {
  it('the Civil Georgia article’s next article in time is the Messenger’s, and back', async () => {
    const first = await readPage(outDir, civilGeorgia.path);
    const second = await readPage(outDir, messenger.path);
    expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(`/${messenger.path}`);
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(second.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe(`/${civilGeorgia.path}`);
  });

  it('each lists the other as related (they share Putin, Bibilov, South Ossetia, ...)', async () => {
    const first = await readPage(outDir, civilGeorgia.path);
    expect(first.querySelectorAll('#related a').map((a) => a.getAttribute('href'))).toEqual([`/${messenger.path}`]);
    const second = await readPage(outDir, messenger.path);
    expect(second.querySelectorAll('#related a').map((a) => a.getAttribute('href'))).toEqual([`/${civilGeorgia.path}`]);
  });

  it('the entity timeline for Anatoly Bibilov lists both, oldest first', async () => {
    const page = await readPage(outDir, 'people/anatoly-bibilov/');
    // Under their years' headings, so each title is a level below (h3).
    expect(page.querySelectorAll('.article-list h3 a').map((a) => a.getAttribute('href'))).toEqual([
      `/${civilGeorgia.path}`,
      `/${messenger.path}`,
    ]);
  });

  it('the home page lists both newest first with date, source and first sentence', async () => {
    const page = await readPage(outDir, '');
    const items = page.querySelectorAll('.article-list > li');
    expect(items.map((item) => squash(item.querySelector('h3')!.textContent))).toEqual([messenger.title, civilGeorgia.title]);
    // The date line: the date, then the paper and the byline as spans (base.css draws a dot before each).
    const dateLine = (item: (typeof items)[number]) => {
      const line = item.querySelector('p')!;
      return [squash(line.querySelector('time')!.textContent), ...line.querySelectorAll('span').map((span) => squash(span.textContent))];
    };
    expect(dateLine(items[1]!)).toEqual(['15 November 2017', 'Civil Georgia']);
    expect(squash(items[1]!.querySelector('.article-list__summary')!.textContent)).toBe(
      'Russian President Vladimir Putin met with South Ossetian leader Anatoly Bibilov in Moscow on November 14 to discuss “the current state of bilateral cooperation,” including “the multifaceted efforts in implementing the Treaty of Alliance and Integration,” the Kremlin reported.',
    );
    expect(dateLine(items[0]!)).toEqual(['8 March 2019', 'The Messenger', 'Tea Mariamidze']);
    expect(squash(items[0]!.querySelector('p')!.textContent)).toBe('8 March 2019 The Messenger Tea Mariamidze');
  });

  it('every prefix of each permalink is a page with the right count', async () => {
    for (const [urlPath, count] of [
      ['2017/', '1 article'],
      ['2017/11/', '1 article'],
      ['2019/', '1 article'],
      ['2019/03/', '1 article'],
    ] as const) {
      const page = await readPage(outDir, urlPath);
      expect(squash(page.querySelector('.lede')!.textContent)).toBe(`${count}.`);
    }
    const day = await readPage(outDir, '2017/11/15/');
    expect(day.querySelectorAll('.article-list > li')).toHaveLength(1);
    const archive = await readPage(outDir, 'archive/');
    const years = archive.querySelectorAll('.count-list > li');
    expect(years.map((li) => `${squash(li.querySelector('a')!.textContent)} ${squash(li.querySelector('.count')!.textContent)}`)).toEqual([
      '2019 1 article',
      '2017 1 article',
    ]);
    expect(years.map((li) => squash(li.querySelector('.month-list')!.textContent))).toEqual(['Mar 1', 'Nov 1']);
  });

  it('sources, authors and their pages exist', () => {
    for (const urlPath of ['sources/', 'sources/civil-georgia/', 'sources/the-messenger/', 'authors/', 'authors/tea-mariamidze/', 'places/south-ossetia/']) {
      expect(pageExists(outDir, urlPath), urlPath).toBe(true);
    }
  });
});

describe('Cite this article (Civil Georgia)', () => {
  const url = `${site}/${civilGeorgia.path}`;
  const slug = 'putin-meets-south-ossetian-leader-in-moscow';
  // Expected texts written by hand from APA 7, MLA 9 and Chicago 17 for an online newspaper article
  // with no byline (see tests/unit/site-citation.test.ts for the rules followed). An archive page
  // never changes, so no style is given an access date (src/views/citation-record.ts).
  const expected = {
    'APA (7th edition)': `Putin Meets South Ossetian Leader in Moscow. (2017, November 15). Civil Georgia. ${url}`,
    'MLA (9th edition)': `“Putin Meets South Ossetian Leader in Moscow.” Civil Georgia, 15 Nov. 2017, ${url}.`,
    'Chicago (17th edition, bibliography)': `“Putin Meets South Ossetian Leader in Moscow.” Civil Georgia, November 15, 2017. ${url}.`,
  };

  it('shows APA, MLA and Chicago text as the style rules give it, and BibTeX and RIS as their downloads hold them', async () => {
    const page = await readPage(outDir, civilGeorgia.path);
    const terms = page.querySelectorAll('#cite dt').map((dt) => squash(dt.textContent));
    const references = page.querySelectorAll('#cite dd');
    expect(terms).toHaveLength(references.length);
    expect(terms.slice(-2)).toEqual([`BibTeX (download ${slug}.bib)`, `RIS (download ${slug}.ris)`]);
    const styles = Object.fromEntries(terms.slice(0, -2).map((term, i) => [term, squash(references[i]!.textContent)]));
    expect(styles).toEqual(expected);
    const bib = await readFile(fileFor(outDir, `${civilGeorgia.path}${slug}.bib`), 'utf8');
    expect(references.at(-2)!.querySelector('textarea')!.textContent).toBe(bib);
  });

  it('offers .ris and .bib downloads carrying the same reference', async () => {
    const ris = await readFile(fileFor(outDir, `${civilGeorgia.path}${slug}.ris`), 'utf8');
    expect(ris).toMatch(/^TY {2}- NEWS\n/);
    expect(ris).toContain(`\nTI  - ${civilGeorgia.title}\n`);
    expect(ris).toContain('\nT2  - Civil Georgia\n');
    expect(ris).toContain('\nDA  - 2017/11/15/\n');
    expect(ris).toContain(`\nUR  - ${url}\n`);
    const bib = await readFile(fileFor(outDir, `${civilGeorgia.path}${slug}.bib`), 'utf8');
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain(`url = {${url}}`);
    expect(bib).toContain('journal = {Civil Georgia}');
    const page = await readPage(outDir, civilGeorgia.path);
    expect(page.querySelectorAll('#cite a[download]').map((a) => a.getAttribute('href'))).toEqual([
      `/${civilGeorgia.path}${slug}.bib`,
      `/${civilGeorgia.path}${slug}.ris`,
    ]);
  });
});

describe('feeds', () => {
  const parser = new Parser();
  const seedUrls = [messenger, civilGeorgia].map((seed) => `${site}/${seed.path}`);
  const instants = [messenger, civilGeorgia].map((seed) => new Date(seed.feedDate).toISOString());

  it.each(['rss.xml', 'atom.xml'])('%s parses and carries both seeds, newest first, with correct dates and clean full text', async (file) => {
    const feed = await parser.parseString(await readFile(fileFor(outDir, file), 'utf8'));
    expect(feed.items.map((item) => item.link)).toEqual(seedUrls);
    expect(feed.items.map((item) => item.isoDate)).toEqual(instants);
    for (const item of feed.items) {
      const html = (item['content:encoded'] as string | undefined) ?? item.content ?? '';
      expect(html).toMatch(/^<p>/);
      // Paragraphs only: none of the page's ids, search attributes or ¶ links.
      expect(html).not.toMatch(/\sid=|data-pagefind|aria-label|¶|#p\d/);
    }
    const civil = feed.items[1]!;
    expect((civil['content:encoded'] as string | undefined) ?? civil.content).toContain('A similar agreement was concluded with Sokhumi on August 8');
  });

  it('keeps the date-only Messenger article on 8 March for readers in every zone from UTC-11 to UTC+11', async () => {
    const rss = await readFile(fileFor(outDir, 'rss.xml'), 'utf8');
    // Was "Thu, 07 Mar 2019 20:00:00 GMT": midnight in Tbilisi, 7 March for every reader west of it.
    expect(rss).toContain('<pubDate>Fri, 08 Mar 2019 12:00:00 GMT</pubDate>');
    const atom = await parser.parseString(await readFile(fileFor(outDir, 'atom.xml'), 'utf8'));
    const json = JSON.parse(await readFile(fileFor(outDir, 'feed.json'), 'utf8'));
    const instantsGiven = [
      new Date((await parser.parseString(rss)).items[0]!.isoDate!),
      new Date(atom.items[0]!.isoDate!),
      new Date(json.items[0].date_published),
    ];
    for (const zone of ['Pacific/Pago_Pago', 'Pacific/Honolulu', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Tbilisi', 'Asia/Tokyo', 'Pacific/Noumea']) {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      expect(instantsGiven.map((instant) => day.format(instant)), zone).toEqual(['2019-03-08', '2019-03-08', '2019-03-08']);
    }
  });

  it('feed.json is JSON Feed 1.1 with both seeds and their dates', async () => {
    const feed = JSON.parse(await readFile(fileFor(outDir, 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${site}/feed.json`);
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(seedUrls);
    expect(feed.items.map((item: { date_published: string }) => item.date_published)).toEqual([messenger.feedDate, civilGeorgia.feedDate]);
    expect(feed.items[0].authors).toEqual([{ name: 'Tea Mariamidze' }]);
  });

  it('each source has its own feeds with only its articles', async () => {
    const feed = await parser.parseString(await readFile(fileFor(outDir, 'sources/civil-georgia/rss.xml'), 'utf8'));
    expect(feed.items.map((item) => item.link)).toEqual([seedUrls[1]]);
    const json = JSON.parse(await readFile(fileFor(outDir, 'sources/the-messenger/feed.json'), 'utf8'));
    expect(json.items.map((item: { url: string }) => item.url)).toEqual([seedUrls[0]]);
  });

  it('pages point at the feeds with <link rel=alternate>: every format from the home page, RSS from an article', async () => {
    const alternates = async (pagePath: string) =>
      (await readPage(outDir, pagePath)).querySelectorAll('link[rel="alternate"]').map((link) => link.getAttribute('href'));
    expect(await alternates('')).toEqual(['/rss.xml', '/atom.xml', '/feed.json']);
    // One link per feed the article belongs to: the archive's and its paper's.
    expect(await alternates(civilGeorgia.path)).toEqual(['/rss.xml', '/sources/civil-georgia/rss.xml']);
  });
});

describe('crawlers', () => {
  it('robots.txt points at the sitemap index, which lists both articles', async () => {
    const robots = await readFile(fileFor(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    const listed = await sitemapLocations(outDir);
    for (const seed of [civilGeorgia, messenger]) expect(listed).toContain(`${site}/${seed.path}`);
  });

  it('the 404 page offers a search form and the newest articles', async () => {
    const page = await readPage(outDir, '404.html');
    expect(page.querySelector('main form[role="search"]')!.getAttribute('action')).toBe('/search/');
    expect(page.querySelectorAll('main .article-list a').map((a) => a.getAttribute('href'))).toEqual([
      `/${messenger.path}`,
      `/${civilGeorgia.path}`,
    ]);
  });
});
