import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedArchive } from '../helpers/generated-archive.ts';
import { sharedGeneratedArchive } from '../helpers/shared-archive.ts';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';
import { watchedPage } from '../helpers/watched-page.ts';
import { axeViolations } from '../helpers/axe.ts';

/**
 * Issue 18 items 4 and 6 in Chromium, on a generated archive of 1,000 articles: the A–Z indexes'
 * filter box (typed, by keyboard, accents and case ignored), jumping to a year and switching
 * order on an entity's page, and axe-core finding nothing on them. Expected names and counts are
 * counted from the corpus.
 */

let archive: GeneratedArchive;
let site: OpenSite<GeneratedArchive>;

beforeAll(async () => {
  site = await openBuiltSite({ build: () => sharedGeneratedArchive({ articles: 1000 }) });
  archive = site.built;
}, 1_200_000);
afterAll(() => site?.close());

/** Named people with their article counts, from the corpus. */
function peopleCounts(): Map<string, { name: string; count: number }> {
  const names = new Map(archive.world.gazetteer.people.map((p) => [p.id, p.name]));
  const counts = new Map<string, { name: string; count: number }>();
  for (const { data } of archive.articles) {
    for (const id of new Set(data.people)) counts.set(id, { name: names.get(id)!, count: (counts.get(id)?.count ?? 0) + 1 });
  }
  return counts;
}


describe('the people index’s filter box', () => {
  it('narrows every page’s names as one types, accents and case ignored, and gives the list back when emptied', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}people/`);
    const people = [...peopleCounts().values()];
    // A family name's first four letters, typed in capitals with an accent on its vowel.
    const stem = people.map((p) => p.name.split(' ')[1]!.slice(0, 4)).find((s) => /[aeiou]/.test(s))!;
    const typed = stem.toUpperCase().replace(/[AEIOU]/, (vowel) => `${vowel}\u0301`);
    const expected = people.filter((p) => p.name.toLowerCase().includes(stem.toLowerCase()));
    expect(expected.length).toBeGreaterThan(0);

    const box = page.getByLabel('Filter people');
    await expect(box.isVisible()).resolves.toBe(true);
    await box.fill(typed);
    const status = page.locator('#index-filter-status');
    await page.waitForFunction(() => document.querySelector('#index-filter-status')!.textContent !== '');
    expect(await status.textContent()).toBe(`${expected.length} ${expected.length === 1 ? 'match' : 'matches'}${expected.length > 100 ? ', the first 100 shown: type more to narrow' : ''}.`);
    const matches = page.locator('[data-index-matches] li');
    const shown = await matches.evaluateAll((items) => items.map((li) => [li.querySelector('a')!.textContent, li.querySelector('.count')!.textContent]));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(shown).toEqual(
      expected
        .sort((a, b) => collator.compare(a.name, b.name))
        .slice(0, 100)
        .map((p) => [p.name, `${p.count} article${p.count === 1 ? '' : 's'}`]),
    );
    expect(await page.locator('[data-index-list]').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The keyboard goes from the box to the first match, which leads to the person's page.
    await box.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(shown[0]![0]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(shown[0]![0]);

    await page.goBack();
    await page.getByLabel('Filter people').fill('');
    await page.locator('[data-index-list]').waitFor();
    expect(await matches.count()).toBe(0);
    expect(await status.textContent()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}people/`);
    await page.getByLabel('Filter people').fill('qqqxz');
    await page.waitForFunction(() => document.querySelector('#index-filter-status')!.textContent !== '');
    expect(await page.locator('#index-filter-status').textContent()).toBe('No person matches “qqqxz”.');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('an entity’s page', () => {
  it('jumps to a year’s heading, switches to newest first, and has no axe violation', async () => {
    const [id, top] = [...peopleCounts()].sort((a, b) => b[1].count - a[1].count)[0]!;
    const years = new Map<string, number>();
    for (const { data } of archive.articles) if (data.people.includes(id)) years.set(data.published.slice(0, 4), (years.get(data.published.slice(0, 4)) ?? 0) + 1);
    const lastYear = [...years.keys()].sort().at(-1)!;
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}people/${id}/`);
    expect(await page.locator('h1').textContent()).toBe(top.name);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Articles by year' }).getByRole('link', { name: lastYear, exact: true }).click();
    await page.waitForURL(new RegExp(`#year-${lastYear}$`));
    const heading = page.locator(`#year-${lastYear}`);
    expect(await heading.textContent()).toBe(lastYear);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`year-${lastYear}`);
    expect(await page.locator(`section[aria-labelledby="year-${lastYear}"] time`).first().getAttribute('datetime')).toMatch(new RegExp(`^${lastYear}`));

    await page.getByRole('link', { name: 'Newest first' }).click();
    await page.waitForURL(`${site.url}people/${id}/newest/`);
    expect(await page.locator('main section h2').first().textContent()).toBe(lastYear);
    // The number over its year: Chromium may read the two lines with a space between.
    const current = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: new RegExp(`^Page\\s*1\\s*,\\s*from ${lastYear}$`) });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the authors index', () => {
  it('finds a byline by its family name and has no axe violation', async () => {
    const counts = new Map<string, number>();
    for (const { data } of archive.articles) for (const name of new Set(data.authors)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const family = name.split(' ').at(-1)!;
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.url}authors/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Filter authors').fill(family);
    const match = page.locator('[data-index-matches] li', { hasText: name });
    await match.waitFor();
    expect(await match.locator('.count').textContent()).toBe(`${count} articles`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
