import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lib/urls.ts';
import type { GeneratedArchive } from '../helpers/generated-archive.ts';
import { sharedGeneratedArchive } from '../helpers/shared-archive.ts';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * Issue 18, items 5 and 7, in Chromium on a generated archive of 1,000 articles: date pages that
 * list a month's articles by day and lead to the neighbouring periods, article pages whose
 * neighbours say when and where they were published and whose related articles say what they
 * share, and a front page of fixed size. Every expected value is worked out here from the
 * corpus the build read, by brute force.
 */
const ARTICLES = 1000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let archive: GeneratedArchive;
let served: OpenSite<GeneratedArchive>;

beforeAll(async () => {
  served = await openBuiltSite({ build: () => sharedGeneratedArchive({ articles: ARTICLES }) });
  archive = served.built;
}, 900_000);
afterAll(() => served?.close());

/** An article as the tests reason about it. */
interface Expected {
  id: string;
  path: string;
  title: string;
  instant: number;
  /** YYYY-MM-DD in the paper's zone (the digits of `published`). */
  day: string;
  paper: string;
  authors: string[];
  entities: { kind: 'people' | 'places' | 'organizations'; id: string; name: string }[];
}

const KINDS = ['people', 'places', 'organizations'] as const;
const ONE = { people: 'person', places: 'place', organizations: 'organization' };

function expectedArticles(): Expected[] {
  const names = new Map(KINDS.map((kind) => [kind, new Map(archive.world.gazetteer[kind].map((entity) => [entity.id, entity.name]))]));
  const papers = new Map(archive.world.sources.map((source) => [source.id, source.name]));
  return archive.articles
    .map(({ data }) => {
      const articleUrl = articlePath(data);
      return {
        id: articleUrl.slice(0, -1),
        path: articleUrl,
        title: data.title,
        instant: Date.parse(data.published),
        day: data.published.slice(0, 10),
        paper: papers.get(data.source)!,
        authors: data.authors,
        entities: KINDS.flatMap((kind) => data[kind].map((id) => ({ kind, id, name: names.get(kind)!.get(id)! }))),
      };
    })
    .sort((a, b) => a.instant - b.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const dayLabel = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const count = (n: number) => `${n.toLocaleString('en')} article${n === 1 ? '' : 's'}`;
const urlOf = (period: string) => `/${period.replaceAll('-', '/')}/`;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

async function open(url: string): Promise<Page> {
  const page = await served.browser.newPage();
  const response = await page.goto(served.url + url.replace(/^\//, ''));
  expect(response?.status(), url).toBe(200);
  return page;
}

/** The previous and next period links of a date page: [label text, href] or null. */
async function periodLinks(page: Page) {
  const link = async (which: 'previous' | 'next') => {
    const anchor = page.locator(`.period-nav__${which} a`);
    return (await anchor.count()) === 0 ? null : [await anchor.textContent(), await anchor.getAttribute('href')];
  };
  return { previous: await link('previous'), next: await link('next') };
}

describe('date pages (issue 18, item 5)', () => {
  it('the busiest month lists every article under its day, in time order, across its pages, and its days with counts', async () => {
    const byMonth = groupBy(expectedArticles(), (a) => a.day.slice(0, 7));
    const [month, articles] = [...byMonth].sort((a, b) => b[1].length - a[1].length)[0]!;
    // In calendar order of days, each day's articles in time order.
    const expected = [...groupBy(articles, (a) => a.day)].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([day, list]) => list.map((a) => [dayLabel(day), `/${a.path}`]));
    // At 1,000 articles over 30 years the busiest month fits one page; paging is followed when there is one.
    expect(new Set(articles.map((a) => a.day)).size, 'days in the busiest month').toBeGreaterThan(1);

    const page = await open(urlOf(month));
    const days = await page.locator('main > .count-list li').allTextContents();
    expect(days).toEqual([...groupBy(articles, (a) => a.day)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, list]) => `${dayLabel(day)} ${count(list.length)}`));
    const listed: string[][] = [];
    for (let pages = 1; ; pages += 1) {
      for (const section of await page.locator('main section').all()) {
        const heading = (await section.locator('h2').textContent())!.trim();
        for (const href of await section.locator('.article-list h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) listed.push([heading, href]);
      }
      const next = page.locator('.pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForURL(/\/page\/\d+\/$/), next.click()]);
      expect(await page.locator('.pager__status').textContent()).toBe(`Page ${pages + 1} of ${Math.ceil(articles.length / 50)}`);
    }
    expect(listed).toEqual(expected);
    await page.close();
  });

  it('every year, month and day page links the nearest earlier and later period that has articles, with its count', async () => {
    const articles = expectedArticles();
    for (const [length, unit] of [
      [4, 'year'],
      [7, 'month'],
      [10, 'day'],
    ] as const) {
      const periods = [...groupBy(articles, (a) => a.day.slice(0, length))].sort(([a], [b]) => (a < b ? -1 : 1));
      const label = (period: string) => (unit === 'year' ? period : unit === 'month' ? monthLabel(period) : dayLabel(period));
      const problems: string[] = [];
      for (const [at, [period]] of periods.entries()) {
        const html = await readFile(path.join(archive.outDir, urlOf(period), 'index.html'), 'utf8');
        for (const [which, neighbour] of [
          ['previous', periods[at - 1]],
          ['next', periods[at + 1]],
        ] as const) {
          const shown = html.match(new RegExp(`<p class="period-nav__${which}">([\\s\\S]*?)</p>`))?.[1]?.replace(/\s+/g, ' ').trim();
          const want = neighbour && `${which === 'previous' ? 'Previous' : 'Next'} ${unit} <a href="${urlOf(neighbour[0])}">${label(neighbour[0])}</a> <span class="count">${count(neighbour[1].length)}</span>`;
          if (shown !== want) problems.push(`${urlOf(period)} ${which}: ${shown} instead of ${want}`);
        }
      }
      expect(problems, unit).toEqual([]);
      expect(periods.length, `${unit}s`).toBeGreaterThan(unit === 'year' ? 5 : 50);
    }
  });

  it('in the browser, "Next month" and "Previous day" lead on to the pages they name', async () => {
    const articles = expectedArticles();
    const months = [...new Set(articles.map((a) => a.day.slice(0, 7)))].sort();
    const page = await open(urlOf(months[3]!));
    expect((await periodLinks(page)).next).toEqual([monthLabel(months[4]!), urlOf(months[4]!)]);
    await Promise.all([page.waitForURL(`**${urlOf(months[4]!)}`), page.locator('.period-nav__next a').click()]);
    expect(await page.locator('h1').textContent()).toBe(monthLabel(months[4]!));

    const days = [...new Set(articles.map((a) => a.day))].sort();
    await page.goto(served.url + urlOf(days[10]!).slice(1));
    await Promise.all([page.waitForURL(`**${urlOf(days[9]!)}`), page.locator('.period-nav__previous a').click()]);
    expect(await page.locator('h1').textContent()).toBe(dayLabel(days[9]!));
    await page.close();
  });

  it('a year page lists its months with their counts', async () => {
    const byYear = groupBy(expectedArticles(), (a) => a.day.slice(0, 4));
    const [year, articles] = [...byYear].sort((a, b) => b[1].length - a[1].length)[0]!;
    const page = await open(urlOf(year));
    const months = [...groupBy(articles, (a) => a.day.slice(0, 7))].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(await page.locator('main > .count-list li').allTextContents()).toEqual(months.map(([month, list]) => `${monthLabel(month)} ${count(list.length)}`));
    await page.close();
  });

  it('no date page is above 200 KB of HTML (the largest is reported)', async () => {
    const sizes: [string, number][] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const sub = path.join(dir, entry.name);
        // Years, months, days and their page/N/ folders; not articles (slugs) or their files.
        if (!/^(\d+|page)$/.test(entry.name)) continue;
        const file = path.join(sub, 'index.html');
        const size = await stat(file).then((s) => s.size, () => undefined);
        if (size !== undefined) sizes.push([path.relative(archive.outDir, file), size]);
        if (depth < 4) await walk(sub, depth + 1);
      }
    };
    await walk(archive.outDir, 0);
    const largest = sizes.sort((a, b) => b[1] - a[1])[0]!;
    console.log(`largest date page at ${ARTICLES} articles: ${largest[0]}, ${largest[1]} bytes; ${sizes.length} date pages`);
    expect(sizes.length).toBeGreaterThan(500);
    expect(largest[1]).toBeLessThan(200 * 1024);
  });
});

describe('article pages (issue 18, item 7)', () => {
  it('previous and next article say their date and paper, and are the articles just before and after in time', async () => {
    const articles = expectedArticles();
    for (const at of [0, 1, 250, 500, 998, ARTICLES - 1]) {
      const page = await open(`/${articles[at]!.path}`);
      for (const [which, neighbour] of [
        ['previous', articles[at - 1]],
        ['next', articles[at + 1]],
      ] as const) {
        const line = page.locator(`.neighbours .${which}`);
        if (!neighbour) {
          expect(await line.count(), `${articles[at]!.path} has no ${which}`).toBe(0);
          continue;
        }
        expect(await line.locator('a').getAttribute('href')).toBe(`/${neighbour.path}`);
        expect((await line.innerText()).replace(/\s+/g, ' ')).toBe(
          `${which === 'previous' ? 'Previous' : 'Next'} article ${neighbour.title} ${dayLabel(neighbour.day)}, ${neighbour.paper}`,
        );
      }
      await page.close();
    }
  });

  it('each related article says what it has in common: its rarest distinctive entities, the paper, the authors', async () => {
    const articles = expectedArticles();
    const byPath = new Map(articles.map((a) => [`/${a.path}`, a]));
    const named = new Map<string, number>();
    for (const a of articles) for (const e of a.entities) named.set(`${e.kind}/${e.id}`, (named.get(`${e.kind}/${e.id}`) ?? 0) + 1);
    const commonAbove = Math.max(2, 0.1 * articles.length);
    const inCommon = (a: Expected, b: Expected) => {
      const shared = a.entities
        .filter((e) => b.entities.some((f) => f.kind === e.kind && f.id === e.id) && named.get(`${e.kind}/${e.id}`)! <= commonAbove)
        .map((e, order) => ({ ...e, order, n: named.get(`${e.kind}/${e.id}`)! }))
        .sort((x, y) => x.n - y.n || x.order - y.order);
      return [
        ...shared.slice(0, 3).map((e) => `${e.name} (${ONE[e.kind]})`),
        ...(shared.length > 3 ? [`${shared.length - 3} more`] : []),
        ...(a.paper === b.paper ? [`${a.paper} (paper)`] : []),
        ...a.authors.filter((name) => b.authors.includes(name)).map((name) => `${name} (author)`),
      ].join(', ');
    };
    let checked = 0;
    for (const subject of articles.filter((_, i) => i % 100 === 7)) {
      const page = await open(`/${subject.path}`);
      for (const item of await page.locator('#related li').all()) {
        const other = byPath.get((await item.locator('h3 a').getAttribute('href'))!)!;
        // The dot between them is drawn by CSS, not text.
        expect((await item.locator('.article-list__meta').textContent())!.replace(/\s+/g, ' ').trim()).toBe(`${dayLabel(other.day)} ${other.paper}`);
        const shared = inCommon(subject, other);
        expect(shared, `${subject.path} and ${other.path} share something`).not.toBe('');
        expect(await item.locator('.shared').innerText()).toBe(`In common: ${shared}`);
        checked += 1;
      }
      await page.close();
    }
    expect(checked, 'related articles checked').toBeGreaterThan(20);
  }, 300_000);

  it('has no script beyond what search needs', async () => {
    const page = await open(`/${expectedArticles()[500]!.path}`);
    const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => s.getAttribute('type') + ' ' + (s.getAttribute('src') ?? '').replace(/\.[\w-]+\.js$/, '.js')));
    expect(scripts).toEqual(['application/ld+json ', 'module /_astro/SearchEnhancements.js']);
    await page.close();
  });
});

describe('the front page of a big archive (issue 18, item 7)', () => {
  it('shows the 10 newest articles, the years with counts, and the 8 papers and entities of each kind named most', async () => {
    const articles = expectedArticles();
    const page = await open('/');
    expect(await page.locator('#latest-heading + .article-list h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      articles.slice(-10).reverse().map((a) => `/${a.path}`),
    );
    const listed = (heading: string) => page.locator(`section:has(> h2#${heading}) .count-list li`).allTextContents();
    const years = [...groupBy(articles, (a) => a.day.slice(0, 4))].sort(([a], [b]) => (a < b ? 1 : -1));
    expect(await listed('years-heading')).toEqual(years.map(([year, list]) => `${year} ${count(list.length)}`));
    const top = (entries: [string, number][]) =>
      entries
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
        .slice(0, 8)
        .map(([name, n]) => `${name} ${count(n)}`);
    expect(await listed('sources-heading')).toEqual(top([...groupBy(articles, (a) => a.paper)].map(([paper, list]) => [paper, list.length])));
    for (const kind of KINDS) {
      const counts = new Map<string, number>();
      for (const a of articles) for (const e of a.entities.filter((e) => e.kind === kind)) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
      expect(await listed(`${kind}-heading`), kind).toEqual(top([...counts]));
    }
    // Its size does not follow the archive's: 10 articles and 8-name lists (years aside).
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(500);
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds no violation on the front page, a year, a month, a day and an article page', async () => {
    const articles = expectedArticles();
    const sample = articles[400]!;
    const context = await served.browser.newContext({ bypassCSP: true });
    const violations: string[] = [];
    for (const url of ['/', urlOf(sample.day.slice(0, 4)), urlOf(sample.day.slice(0, 7)), urlOf(sample.day), `/${sample.path}`]) {
      const page = await context.newPage();
      await page.goto(served.url + url.slice(1), { waitUntil: 'networkidle' });
      const found = await axeViolations(page);
      violations.push(...found.map((line) => `${url}: ${line}`));
      await page.close();
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 300_000);
});
