import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedArchive } from '../helpers/generated-archive.ts';
import { sharedGeneratedArchive } from '../helpers/shared-archive.ts';
import { nuErrors } from '../helpers/nu-checker.ts';
import { readSearchState } from '../../src/search/search-state.ts';
import type { SyntheticArticle } from '../../src/bench/corpus.ts';
import { fileFor, pageExists, readPage, squash } from './site-pages.ts';

/**
 * Issue 18 items 4 and 6 on a generated archive of 1,000 articles: entity, source and author
 * pages in both orders with per-year counts, jumps and numbered pages; the A–Z indexes of people
 * and authors with counts (authors by family name) and the names their filter boxes search.
 * Everything expected is counted here from the corpus (archive.articles, archive.world).
 */
let archive: GeneratedArchive;
let articles: SyntheticArticle['data'][];

beforeAll(async () => {
  // The archive browse-dates and browse-lists (e2e) read too: built once a run (shared-archive.ts).
  archive = await sharedGeneratedArchive({ articles: 1000 });
  articles = archive.articles.map((a) => a.data);
}, 1_200_000);

const PAGE_SIZE = 50;
const yearOf = (a: SyntheticArticle['data']) => a.published.slice(0, 4);
const pathOf = (a: SyntheticArticle['data']) => `/${a.published.slice(0, 4)}/${a.published.slice(5, 7)}/${a.published.slice(8, 10)}/${a.slug}/`;

/** The articles in a list's order: by time (ties by path), then each year's run together, years in order. */
function inOrder(list: SyntheticArticle['data'][], order: 'oldest' | 'newest') {
  const byTime = [...list].sort((a, b) => Date.parse(a.published) - Date.parse(b.published) || (pathOf(a) < pathOf(b) ? -1 : 1));
  if (order === 'newest') byTime.reverse();
  const years = [...new Set(byTime.map(yearOf))].sort();
  if (order === 'newest') years.reverse();
  return years.flatMap((year) => byTime.filter((a) => yearOf(a) === year));
}

/**
 * The page (1-based) of the `i`th article (0-based) of a list of `total` in `order`: fixed pages of
 * PAGE_SIZE counted from the oldest; newest first, page 1 is the newest PAGE_SIZE, page 2 the rest
 * of the fixed page that page 1 cuts, then the earlier fixed pages (src/archive/pagination.ts).
 */
function pageOf(i: number, total: number, order: 'oldest' | 'newest'): number {
  if (order === 'oldest') return Math.floor(i / PAGE_SIZE) + 1;
  return i < PAGE_SIZE ? 1 : Math.ceil(total / PAGE_SIZE) - Math.floor((total - 1 - i) / PAGE_SIZE);
}

function countBy<T>(items: T[], key: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Every page of a list from its first, following its numbered pager. */
async function allPages(first: string) {
  const pages = [await readPage(archive.outDir, first)];
  for (;;) {
    const next = pages.at(-1)!.querySelector('link[rel="next"]')?.getAttribute('href');
    if (!next) return pages;
    pages.push(await readPage(archive.outDir, next.slice(1)));
  }
}
const hrefsOn = (page: Awaited<ReturnType<typeof readPage>>) => page.querySelectorAll('main section .article-list > li h3 a').map((a) => a.getAttribute('href'));

const people = () => [...countBy(articles, (a) => a.people)].sort((a, b) => b[1] - a[1]);

describe('an entity’s page (the most named person: hundreds of articles)', () => {
  it('lists every article oldest first at /people/<id>/ and newest first at /people/<id>/newest/, 50 a page under year headings', async () => {
    const [id, total] = people()[0]!;
    expect(total).toBeGreaterThan(3 * PAGE_SIZE);
    const named = articles.filter((a) => a.people.includes(id));
    for (const [first, order] of [[`people/${id}/`, 'oldest'], [`people/${id}/newest/`, 'newest']] as const) {
      const pages = await allPages(first);
      expect(pages).toHaveLength(Math.ceil(total / PAGE_SIZE));
      expect(pages.flatMap(hrefsOn)).toEqual(inOrder(named, order).map(pathOf));
      for (const page of pages) {
        for (const section of page.querySelectorAll('main section')) {
          const year = squash(section.querySelector('h2')!.textContent);
          expect(section.getAttribute('aria-labelledby')).toBe(`year-${year}`);
          expect(section.querySelectorAll('time').every((time) => time.getAttribute('datetime')!.startsWith(year))).toBe(true);
        }
      }
      expect(squash(pages[0]!.querySelector('.lede')!.textContent)).toMatch(new RegExp(`^${total} articles, ${order} first, from `));
    }
  });

  it('gives every year its count and a link to the page and heading where it starts, in each order', async () => {
    const [id] = people()[0]!;
    const named = articles.filter((a) => a.people.includes(id));
    const counts = countBy(named, (a) => [yearOf(a)]);
    for (const [first, order] of [[`people/${id}/`, 'oldest'], [`people/${id}/newest/`, 'newest']] as const) {
      const sequence = inOrder(named, order);
      const page = await readPage(archive.outDir, first);
      const jumps = page.querySelectorAll('nav.year-jumps li');
      const years = [...counts.keys()].sort();
      if (order === 'newest') years.reverse();
      expect(jumps.map((li) => [squash(li.querySelector('a')!.textContent), squash(li.querySelector('.count')!.textContent)])).toEqual(
        years.map((year) => [year, `${counts.get(year)} article${counts.get(year) === 1 ? '' : 's'}`]),
      );
      for (const li of jumps) {
        const year = squash(li.querySelector('a')!.textContent);
        const [target, anchor] = li.querySelector('a')!.getAttribute('href')!.split('#');
        const n = pageOf(sequence.findIndex((a) => yearOf(a) === year), sequence.length, order);
        expect(target).toBe(`/${first}${n > 1 ? `${n}/` : ''}`);
        expect((await readPage(archive.outDir, target!.slice(1))).querySelector(`#${anchor}`), `${year} on page ${n}`).not.toBeNull();
      }
    }
  });

  it('a later page says which of the list’s articles it holds, numbered as the list counts them from its oldest, and no whole-list count', async () => {
    const [id, total] = people()[0]!;
    const named = articles.filter((a) => a.people.includes(id));
    const oldest = inOrder(named, 'oldest').map(pathOf);
    for (const [first, order] of [[`people/${id}/`, 'oldest'], [`people/${id}/newest/`, 'newest']] as const) {
      const sequence = inOrder(named, order).map(pathOf);
      const pages = await allPages(first);
      for (const [i, page] of pages.entries()) {
        const numbers = page.querySelectorAll('main section .article-list').flatMap((list) => {
          const start = Number(list.getAttribute('start'));
          const down = list.hasAttribute('reversed');
          return list.querySelectorAll(':scope > li').map((_, j) => (down ? start - j : start + j));
        });
        expect(numbers, `${first} page ${i + 1}`).toEqual(hrefsOn(page).map((href) => oldest.indexOf(href!) + 1));
        expect(hrefsOn(page).map((href) => pageOf(sequence.indexOf(href!), total, order))).toEqual(hrefsOn(page).map(() => i + 1));
        if (i === 0) continue;
        const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
        expect(squash(page.querySelector('.lede')!.textContent)).toBe(
          `Articles ${order === 'oldest' ? `${low} to ${high}` : `${high} to ${low}`}, ${order} first (page ${i + 1}).`,
        );
        expect(page.querySelectorAll('nav.year-jumps .count')).toHaveLength(0);
        expect(squash(page.querySelectorAll('nav.list-tools a')[1]!.textContent)).toBe('Search within this list');
      }
    }
  });

  it('numbers the first, the last and nearby pages, each with the year it starts in', async () => {
    const [id, total] = people()[0]!;
    const sequence = inOrder(articles.filter((a) => a.people.includes(id)), 'oldest');
    const last = Math.ceil(total / PAGE_SIZE);
    const page = await readPage(archive.outDir, `people/${id}/${last}/`);
    const shown = page.querySelectorAll('nav.pager .pager__numbers li');
    // 1, the last, two either side of this page; a number alone between two shown is shown, longer runs are a gap.
    const near = (n: number) => n === 1 || n === last || Math.abs(n - last) <= 2;
    const pages = Array.from({ length: last }, (_, i) => i + 1);
    const shownNumber = (n: number) => near(n) || (near(n - 1) && near(n + 1));
    const expected = pages.filter((n) => shownNumber(n) || shownNumber(n - 1)).map((n) => (shownNumber(n) ? n : undefined));
    // Each number reads "Page 3, from 2004" (the words a screen reader needs are visually hidden).
    expect(shown.map((li) => (li.querySelector('a') ? squash(li.textContent) : undefined))).toEqual(
      expected.map((n) => n && `Page ${n}, from ${yearOf(sequence[(n - 1) * PAGE_SIZE]!)}`),
    );
    for (const link of shown.flatMap((li) => li.querySelectorAll('a'))) {
      const n = Number(/Page (\d+)/.exec(squash(link.textContent))![1]);
      expect(link.getAttribute('href')).toBe(`/people/${id}/${n > 1 ? `${n}/` : ''}`);
      expect(link.getAttribute('aria-current') ?? null).toBe(n === last ? 'page' : null);
    }
  });

  it('switches order and searches within, in the search page’s own URL state', async () => {
    const [id, total] = people()[0]!;
    for (const [first, order, other] of [[`people/${id}/`, 'oldest', `/people/${id}/newest/`], [`people/${id}/newest/`, 'newest', `/people/${id}/`]] as const) {
      const page = await readPage(archive.outDir, first);
      const tools = page.querySelector('nav.list-tools')!;
      expect(squash(tools.querySelector('[aria-current]')!.textContent)).toBe(order === 'oldest' ? 'Oldest first' : 'Newest first');
      expect(tools.querySelectorAll('a').map((a) => a.getAttribute('href'))[0]).toBe(other);
      const search = tools.querySelectorAll('a')[1]!;
      expect(squash(search.textContent)).toBe(`Search within these ${total} articles`);
      const url = new URL(search.getAttribute('href')!, 'http://archive.test/');
      expect(url.pathname).toBe('/search/');
      expect(readSearchState(url.searchParams)).toEqual({ query: '', filters: { person: [id] }, sort: order });
    }
  });
});

describe('source and author pages', () => {
  it('a source lists newest first, its oldest-first order at /sources/<id>/oldest/, with years and search within', async () => {
    const source = archive.world.sources[0]!;
    const list = articles.filter((a) => a.source === source.id);
    expect((await allPages(`sources/${source.id}/`)).flatMap(hrefsOn)).toEqual(inOrder(list, 'newest').map(pathOf));
    expect((await allPages(`sources/${source.id}/oldest/`)).flatMap(hrefsOn)).toEqual(inOrder(list, 'oldest').map(pathOf));
    const page = await readPage(archive.outDir, `sources/${source.id}/`);
    expect(page.querySelectorAll('nav.year-jumps li').length).toBe(new Set(list.map(yearOf)).size);
    const search = new URL(page.querySelectorAll('nav.list-tools a')[1]!.getAttribute('href')!, 'http://archive.test/');
    expect(readSearchState(search.searchParams)).toEqual({ query: '', filters: { source: [source.id] }, sort: 'newest' });
  });

  it('an author lists newest first and oldest first, searching within by the byline', async () => {
    const [name, total] = [...countBy(articles, (a) => a.authors)].sort((a, b) => b[1] - a[1])[0]!;
    const list = articles.filter((a) => a.authors.includes(name));
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    expect((await allPages(`authors/${slug}/`)).flatMap(hrefsOn)).toEqual(inOrder(list, 'newest').map(pathOf));
    expect((await allPages(`authors/${slug}/oldest/`)).flatMap(hrefsOn)).toEqual(inOrder(list, 'oldest').map(pathOf));
    const page = await readPage(archive.outDir, `authors/${slug}/`);
    expect(squash(page.querySelector('.lede')!.textContent)).toMatch(new RegExp(`^${total} articles, newest first`));
    const search = new URL(page.querySelectorAll('nav.list-tools a')[1]!.getAttribute('href')!, 'http://archive.test/');
    expect(readSearchState(search.searchParams).filters).toEqual({ author: [name] });
  });
});

describe('A–Z indexes', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

  it('/authors/ files every byline under its family name, A to Z, with its count, keeping the name as printed', async () => {
    const counts = countBy(articles, (a) => a.authors);
    // Generated bylines are "Given Family": the last word is the family name.
    const family = (name: string) => `${name.split(' ').at(-1)}, ${name.split(' ').slice(0, -1).join(' ')}`;
    const expected = [...counts.keys()].sort((a, b) => collator.compare(family(a), family(b)));
    const page = await readPage(archive.outDir, 'authors/');
    expect(pageExists(archive.outDir, 'authors/2/')).toBe(expected.length > 500);
    const items = page.querySelectorAll('main section .count-list li');
    expect(items.map((li) => squash(li.querySelector('a')!.textContent))).toEqual(expected.slice(0, 500));
    expect(items.map((li) => squash(li.querySelector('.count')!.textContent))).toEqual(
      expected.slice(0, 500).map((name) => `${counts.get(name)} article${counts.get(name) === 1 ? '' : 's'}`),
    );
    const initials = [...new Set(expected.map((name) => name.split(' ').at(-1)![0]!.toUpperCase()))];
    expect(page.querySelectorAll('nav.letters a').map((a) => squash(a.textContent))).toEqual(initials);
    for (const section of page.querySelectorAll('main section')) {
      const letter = squash(section.querySelector('h2')!.textContent);
      expect(section.querySelectorAll('li a').every((a) => squash(a.textContent).split(' ').at(-1)!.toUpperCase().startsWith(letter))).toBe(true);
    }
  });

  it('/people/ spans pages of at most 500 names, every named person once with its count, and its names.json holds them all', async () => {
    const counts = countBy(articles, (a) => a.people);
    const names = new Map(archive.world.gazetteer.people.map((p) => [p.id, p.name]));
    const expected = [...counts.keys()].map((id) => names.get(id)!).sort(collator.compare);
    const pages = await allPages('people/');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.querySelectorAll('main section .count-list li').length).toBeLessThanOrEqual(500);
    const listed = pages.flatMap((page) => page.querySelectorAll('main section .count-list li'));
    expect(listed.map((li) => squash(li.querySelector('a')!.textContent))).toEqual(expected);
    for (const li of listed) {
      const id = li.querySelector('a')!.getAttribute('href')!.split('/')[2]!;
      expect(squash(li.querySelector('.count')!.textContent), id).toBe(`${counts.get(id)} article${counts.get(id) === 1 ? '' : 's'}`);
    }
    const json = JSON.parse(await readFile(fileFor(archive.outDir, 'people/names.json'), 'utf8')) as [string, string[], string, number][];
    expect(json.map(([name]) => name)).toEqual(expected);
    expect(json.every(([, aliases, url, count]) => aliases.length === 0 && count === counts.get(url.split('/')[2]!))).toBe(true);
  });

  it('every index page carries the filter box, hidden until its script runs, labelled', async () => {
    for (const urlPath of ['people/', 'places/', 'organizations/', 'authors/']) {
      const page = await readPage(archive.outDir, urlPath);
      const box = page.querySelector('[data-index-filter]')!;
      expect(box.hasAttribute('hidden'), urlPath).toBe(true);
      expect(box.getAttribute('data-names')).toBe(`/${urlPath}names.json`);
      const input = box.querySelector('input')!;
      expect(squash(box.querySelector(`label[for="${input.getAttribute('id')}"]`)!.textContent)).toMatch(/^Filter /);
      expect(page.querySelector('script[src]')).not.toBeNull();
    }
  });
});

describe('limits and validity', () => {
  it('no list page is above 200 KB of HTML', async () => {
    const files = (await readdir(archive.outDir, { recursive: true })).filter((file) => /^(people|places|organizations|authors|sources)\/.*\.html$/.test(file));
    expect(files.length).toBeGreaterThan(1000);
    for (const file of files) expect((await stat(path.join(archive.outDir, file))).size, file).toBeLessThan(200 * 1024);
  });

  it('the new pages are valid HTML (the W3C Nu checker)', async () => {
    const [id] = people()[0]!;
    const source = archive.world.sources[0]!.id;
    const files = [`people/${id}/index.html`, `people/${id}/newest/2/index.html`, `sources/${source}/oldest/index.html`, 'people/index.html', 'people/2/index.html', 'authors/index.html'];
    expect(await nuErrors(archive.outDir, files)).toEqual([]);
  });
});
