import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { generateArchiveInto, type GeneratedArchive } from '../helpers/generated-archive.ts';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';
import { watchedPage, watchedSearchPage } from '../helpers/watched-page.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * Issue 18, items 1-3, in Chromium on a generated archive of 1,000 articles: each facet's filter
 * box, order and short list, facet files fetched only when opened, the phone's filter dialog, and
 * numbered result pages that Back and Forward return to. Every expected value is counted here
 * from the corpus's own articles and gazetteer, never read from the page's code.
 */

const ARTICLES = 1000;
/** Other names given to one person of the corpus before the build (the corpus has none). */
const ALIAS = 'Mélisande Quörtz';

let archive: GeneratedArchive;
let site: OpenSite<GeneratedArchive>;
/** The person given ALIAS: named by a few articles, so far down the facet's list. */
let aliased: { id: string; name: string };
/** A loaded machine (other builds beside this test) can take seconds to redraw a list. */
const SLOW = { timeout: 15_000 };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** People named by at least one article: id -> [name, number of articles]. */
function peopleCounts(articles = archive.articles): Map<string, { name: string; count: number }> {
  const names = new Map(archive.world.gazetteer.people.map((person) => [person.id, person.name]));
  const counts = new Map<string, { name: string; count: number }>();
  for (const { data } of articles) {
    for (const id of data.people) counts.set(id, { name: names.get(id)!, count: (counts.get(id)?.count ?? 0) + 1 });
  }
  return counts;
}

/** Gives ALIAS to a person two articles name, far down the facet's list; which one is up to the corpus. */
async function giveAlias(contentDir: string, { articles }: { articles: GeneratedArchive['articles'] }): Promise<void> {
  const file = path.join(contentDir, 'gazetteer/people.yaml');
  const people = yaml.load(await readFile(file, 'utf8')) as Record<string, { name: string; aliases?: string[] }>;
  const counts = new Map<string, number>();
  for (const { data } of articles) for (const id of data.people) counts.set(id, (counts.get(id) ?? 0) + 1);
  const id = [...counts].filter(([, count]) => count === 2).map(([person]) => person).sort()[0]!;
  aliased = { id, name: people[id]!.name };
  people[id] = { ...people[id]!, aliases: [ALIAS] };
  await writeFile(file, yaml.dump(people));
}

beforeAll(async () => {
  site = await openBuiltSite({ build: (dir) => generateArchiveInto(dir, { articles: ARTICLES, prepare: giveAlias }) });
  archive = site.built;
}, 600_000);

afterAll(() => site?.close());

/** The checkboxes' labels of a facet's list: ["Name (3)", ...]. */
async function facetLabels(page: Page, facet: string): Promise<string[]> {
  return page.locator(`[data-facet="${facet}"] fieldset label`).allTextContents();
}

async function openFacet(page: Page, facet: string): Promise<void> {
  await page.click(`#search-facets [data-facet="${facet}"] > summary`);
  await page.locator(`[data-facet="${facet}"] fieldset input`).first().waitFor();
}


describe('facets: a filter box, an order and a short list', () => {
  it('lists the most named people first, ten of them, fetching the facet only when it is opened', async () => {
    const { page, problems, fetched } = await watchedSearchPage(site.browser, site.url);
    expect(fetched.filter((file) => file.includes('/labels/'))).toEqual([]);
    const filterFilesBefore = fetched.filter((file) => file.endsWith('.pf_filter')).length;

    const labelsFile = page.waitForResponse((response) => new URL(response.url()).pathname === '/search/labels/person.json');
    await openFacet(page, 'person');
    const labels = (await (await labelsFile).json()) as Record<string, string | string[]>;
    // Before any search, its counts file, not Pagefind's filter files (search-facet-counts.test.ts).
    expect(fetched).toContain('/pagefind/dateline-facets/person.json');
    expect(fetched.filter((file) => file.endsWith('.pf_filter')).length).toBe(filterFilesBefore);

    const counts = peopleCounts();
    expect(counts.size).toBeGreaterThan(500);
    // The names file holds the people the archive names, no others, with the other names.
    expect(Object.keys(labels).sort()).toEqual([...counts.keys()].sort());
    expect(labels[aliased.id]).toEqual([aliased.name, ALIAS]);

    const shown = await facetLabels(page, 'person');
    expect(shown.length).toBe(10);
    const byCount = [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
    expect(shown).toEqual(byCount.slice(0, 10).map(({ name, count }) => `${name} (${count})`));
    expect(await page.locator('[data-facet="person"] .facet-note').textContent()).toBe(`10 of ${counts.size} shown.`);

    await page.locator('[data-facet="person"]').getByRole('button', { name: 'Show 20 more' }).click();
    expect(await facetLabels(page, 'person')).toEqual(byCount.slice(0, 30).map(({ name, count }) => `${name} (${count})`));
    expect(problems).toEqual([]);
  });

  it('narrows a facet as the reader types, case and accents aside, by other names too, and sorts A–Z', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}search/`);
    await page.locator('#search-facets [data-facet="person"]').waitFor();
    // The keyboard way in: the facet's summary, then its filter box.
    await page.focus('#search-facets [data-facet="person"] > summary');
    await page.keyboard.press('Enter');
    await page.locator('[data-facet="person"] fieldset input').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('facet-person-filter');
    expect(await page.getByLabel('Find a person').count()).toBe(1);

    const counts = peopleCounts();
    // A piece of a name that two to ten people named in the archive share.
    const names = [...counts.values()].map(({ name }) => name);
    const piece = names
      .flatMap((name) => [fold(name).slice(1, 5)])
      .find((candidate) => candidate.length === 4 && /^[a-z]+$/.test(candidate) && names.filter((name) => fold(name).includes(candidate)).length >= 2 && names.filter((name) => fold(name).includes(candidate)).length <= 10)!;
    expect(piece).toBeDefined();
    const matching = [...counts.values()]
      .filter(({ name }) => fold(name).includes(piece))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
      .map(({ name, count }) => `${name} (${count})`);
    // Typed in capitals, with an accent on its first vowel: the same people.
    const typed = piece.toUpperCase().replace(/[AEIOU]/, (vowel) => ({ A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü' })[vowel]!);
    await page.keyboard.type(typed);
    await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual(matching);

    // Another name of a person finds them under their own.
    await page.fill('#facet-person-filter', 'melisande quortz');
    await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual([`${aliased.name} (${counts.get(aliased.id)!.count})`]);

    // A–Z: the first ten names in alphabetical order.
    await page.fill('#facet-person-filter', '');
    await page.selectOption('#facet-person-order', 'name');
    const alphabetical = [...counts.values()].sort((a, b) => collator.compare(a.name, b.name)).slice(0, 10);
    await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual(alphabetical.map(({ name, count }) => `${name} (${count})`));
    expect(problems).toEqual([]);
  });

  it('keeps a chosen value in view whatever the filter, and counts the others within the choice', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}search/`);
    await page.locator('#search-facets [data-facet="person"]').waitFor();
    await openFacet(page, 'person');
    const counts = peopleCounts();
    const [first] = [...counts].sort(([, a], [, b]) => b.count - a.count || collator.compare(a.name, b.name));
    await page.getByRole('checkbox', { name: `${first![1].name} (${first![1].count})` }).check();
    await page.waitForURL(new RegExp(`\\?person=${first![0]}$`));
    const within = archive.articles.filter(({ data }) => data.people.includes(first![0]));
    // The first filtered search fetches Pagefind's filter file (opening the facet fetched only its counts file).
    await expect.poll(() => page.locator('#search-status').textContent(), SLOW).toMatch(new RegExp(`^${within.length} articles in ${first![1].name}\\.$`));
    await page.fill('#facet-person-filter', 'zzzz');
    await expect.poll(() => page.locator('[data-facet="person"] .facet-note').textContent(), SLOW).toBe('None match “zzzz”.');
    expect(await facetLabels(page, 'person')).toEqual([`${first![1].name} (${first![1].count})`]);
    expect(await page.locator('[data-facet="person"] fieldset input').isChecked()).toBe(true);
    // The other people, counted among the chosen person's articles.
    await page.fill('#facet-person-filter', '');
    const withFirst = [...peopleCounts(within)].filter(([id]) => id !== first![0]).map(([, value]) => value);
    const expected = withFirst.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)).slice(0, 10);
    await expect.poll(async () => (await facetLabels(page, 'person')).slice(1), SLOW).toEqual(expected.map(({ name, count }) => `${name} (${count})`));
    expect(problems).toEqual([]);
  });

  it('Back and Forward return each facet in the order, as far down and with the filter text the reader left it', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const source = archive.world.sources[1]!;
    const inSource = archive.articles.filter(({ data }) => data.source === source.id);
    const people = [...peopleCounts(inSource).values()];
    const label = ({ name, count }: { name: string; count: number }) => `${name} (${count})`;
    const alphabetical = [...people].sort((a, b) => collator.compare(a.name, b.name)).map(label);
    const byCount = [...people].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name)).map(label);
    expect(people.length).toBeGreaterThan(30);
    const base = `${site.url}search/?source=${source.id}`;
    await page.goto(base);
    await page.locator('.search-result').first().waitFor();

    // People A–Z, 30 of them; years by count, narrowed by filter text.
    await openFacet(page, 'person');
    await page.selectOption('#facet-person-order', 'name');
    await page.locator('[data-facet="person"]').getByRole('button', { name: 'Show 20 more' }).click();
    await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual(alphabetical.slice(0, 30));
    await openFacet(page, 'year');
    await page.selectOption('#facet-year-order', 'count');
    await page.fill('#facet-year-filter', '1');
    const years = await facetLabels(page, 'year');
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((year) => year.split(' ')[0]!.includes('1'))).toBe(true);

    /** The two facets as they were left: order, filter text and the values listed. */
    const left = async () => {
      await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual(alphabetical.slice(0, 30));
      expect(await page.inputValue('#facet-person-order')).toBe('name');
      expect(await page.inputValue('#facet-year-order')).toBe('count');
      expect(await page.inputValue('#facet-year-filter')).toBe('1');
      expect(await facetLabels(page, 'year')).toEqual(years);
    };

    // To an article and Back.
    await page.waitForTimeout(400);
    await page.locator('.search-result-title a').first().click();
    await page.waitForURL(/\/\d{4}\/\d{2}\/\d{2}\//);
    await page.goBack();
    await page.waitForURL(base);
    await left();

    // To page 2, where people are put back in count order, then Back and Forward between the two.
    await page.getByRole('link', { name: 'Page 2' }).click();
    await page.waitForURL(`${base}&page=2`);
    await page.selectOption('#facet-person-order', 'count');
    await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual(byCount.slice(0, 30));
    await page.waitForTimeout(400);
    await page.goBack();
    await page.waitForURL(base);
    await left();
    await page.goForward();
    await page.waitForURL(`${base}&page=2`);
    await expect.poll(() => facetLabels(page, 'person'), SLOW).toEqual(byCount.slice(0, 30));
    expect(await page.inputValue('#facet-year-filter')).toBe('1');
    expect(problems).toEqual([]);
  });

  it('stays under 3,000 elements with every facet open, and is accessible', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}search/`);
    const facets = await page.locator('#search-facets [data-facet]').evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset.facet!));
    expect(facets.length).toBeGreaterThanOrEqual(6);
    for (const facet of facets) await openFacet(page, facet);
    const size = await page.evaluate(() => ({ elements: document.querySelectorAll('*').length, boxes: document.querySelectorAll('#search-facets input[type="checkbox"]').length }));
    expect(size.elements).toBeLessThan(3000);
    expect(size.boxes).toBeLessThanOrEqual(10 * facets.length);
    await page.fill('#facet-person-filter', 'a');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('on a phone', () => {
  it('puts the results first and the filters in a dialog that says how many results they give', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const source = archive.world.sources[0]!;
    const inSource = archive.articles.filter(({ data }) => data.source === source.id);
    await page.goto(`${site.url}search/?source=${source.id}`);
    await page.locator('.search-result').first().waitFor();
    // The status is written after the first results are drawn: wait for it rather than read it at once.
    await expect.poll(() => page.locator('#search-status').textContent()).toBe(`${inSource.length} articles in ${source.name}.`);
    // Nothing of the filter panel stands above the results: one button, in the dialog's stead.
    expect(await page.locator('#search-filters').isHidden()).toBe(true);
    expect(await page.locator('#search-facets').isVisible()).toBe(false);
    const button = await page.locator('#search-filter-open').boundingBox();
    const firstResult = await page.locator('.search-result').first().boundingBox();
    expect(button!.height).toBeLessThan(60);
    expect(button!.y).toBeLessThan(firstResult!.y);

    const opener = page.getByRole('button', { name: 'Filters (1 chosen)' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Filter the results' });
    await dialog.waitFor();
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await page.getByRole('button', { name: `Show ${inSource.length} results` }).waitFor();

    // A person of this paper's articles: ticking them updates the count on the button.
    await dialog.locator('[data-facet="person"] > summary').click();
    const [person] = [...peopleCounts(inSource)].sort(([, a], [, b]) => b.count - a.count || collator.compare(a.name, b.name));
    await dialog.getByRole('checkbox', { name: `${person![1].name} (${person![1].count})` }).check();
    const both = inSource.filter(({ data }) => data.people.includes(person![0]));
    await dialog.getByRole('button', { name: `Show ${both.length === 1 ? '1 result' : `${both.length} results`}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes it, and the keyboard is back on the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filter-open');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.getByRole('button', { name: /^Show \d+ results?$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.search-result').count()).toBe(Math.min(10, both.length));
    const shownResult = await page.locator('.search-result').first().boundingBox();
    expect(shownResult!.y).toBeGreaterThanOrEqual(0);
    expect(shownResult!.y).toBeLessThan(844);
    await context.close();
  });
});

describe('numbered result pages', () => {
  /** The instants of the results on screen, as their dates say. */
  async function shownInstants(page: Page, count: number): Promise<number[]> {
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, count);
    return (await page.locator('.search-result time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))).map((date) => Date.parse(date));
  }

  it('puts the page and its size in the URL, and Back returns to the page, the scroll and the open facets', async () => {
    const { page, problems } = await watchedPage(site.browser);
    const source = archive.world.sources[1]!;
    const newestFirst = archive.articles
      .filter(({ data }) => data.source === source.id)
      .map(({ data }) => Date.parse(data.published))
      .sort((a, b) => b - a);
    expect(newestFirst.length).toBeGreaterThan(60);
    const base = `${site.url}search/?source=${source.id}&sort=newest`;
    await page.goto(base);
    expect(await shownInstants(page, 10)).toEqual(newestFirst.slice(0, 10));
    const pages = Math.ceil(newestFirst.length / 10);
    expect(await page.locator('#search-page-range').textContent()).toBe(`Results 1–10 of ${newestFirst.length}, page 1 of ${pages}`);

    await page.getByRole('link', { name: 'Page 3' }).click();
    await page.waitForURL(`${base}&page=3`);
    expect(await shownInstants(page, 10)).toEqual(newestFirst.slice(20, 30));
    // The keyboard is on the page's first result.
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);

    await page.selectOption('#search-page-size', '25');
    // Still from result 21: now on page 1 of 25 (results 1-25).
    await page.waitForURL(`${base}&size=25`);
    expect(await shownInstants(page, 25)).toEqual(newestFirst.slice(0, 25));
    const last = Math.ceil(newestFirst.length / 25);
    await page.getByRole('link', { name: `Page ${last}` }).click();
    await page.waitForURL(`${base}&page=${last}&size=25`);
    expect(await shownInstants(page, newestFirst.length - (last - 1) * 25)).toEqual(newestFirst.slice((last - 1) * 25));

    // Back through the pages.
    await page.goBack();
    await page.waitForURL(`${base}&size=25`);
    expect(await shownInstants(page, 25)).toEqual(newestFirst.slice(0, 25));
    await page.goBack();
    await page.waitForURL(`${base}&page=3`);
    expect(await shownInstants(page, 10)).toEqual(newestFirst.slice(20, 30));

    // Result 25 is opened from page 3, scrolled down, with the Person facet open; Back returns there.
    await openFacet(page, 'person');
    const fifth = page.locator('.search-result').nth(4);
    await fifth.scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, 150));
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(200);
    await page.waitForTimeout(400);
    await fifth.locator('.search-result-title a').click();
    await page.waitForURL(/\/\d{4}\/\d{2}\/\d{2}\//);
    await page.goBack();
    await page.waitForURL(`${base}&page=3`);
    expect(await shownInstants(page, 10)).toEqual(newestFirst.slice(20, 30));
    await page.locator('[data-facet="person"] fieldset input').first().waitFor();
    expect(await page.locator('[data-facet="person"]').evaluate((group) => (group as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.evaluate(() => scrollY), SLOW).toBe(scrolled);

    await page.goForward();
    await page.waitForURL(/\/\d{4}\/\d{2}\/\d{2}\//);
    expect(problems).toEqual([]);
  });

  it('is accessible with the pager on screen', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?source=${archive.world.sources[1]!.id}&page=2`);
    await page.locator('#search-pager a').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Result pages' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
