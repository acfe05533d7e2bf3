import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { builtDir } from '../helpers/html-files.ts';
import { projectRoot } from '../helpers/build.ts';
import { readPage, squash } from './site-pages.ts';

/**
 * The seed archive's date pages, article neighbours, related articles and front page (issue 18,
 * items 5 and 7), read from the built dist/. The seeds are two articles, eighteen months apart:
 * each period's only neighbour is the other's. What two articles share is read here from their
 * frontmatter and the gazetteer, not from the site.
 */
const outDir = builtDir();
const EARLY = '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/';
const LATE = '2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia/';

const periodLine = async (urlPath: string, which: 'previous' | 'next') => {
  const line = (await readPage(outDir, urlPath)).querySelector(`.period-nav__${which}`);
  return line && [squash(line.textContent), line.querySelector('a')!.getAttribute('href')];
};

describe('date pages lead to the nearest period with articles, skipping the empty ones', () => {
  it.each([
    ['2017/', 'next', 'Next year 2019 1 article', '/2019/'],
    ['2019/', 'previous', 'Previous year 2017 1 article', '/2017/'],
    ['2017/11/', 'next', 'Next month March 2019 1 article', '/2019/03/'],
    ['2019/03/', 'previous', 'Previous month November 2017 1 article', '/2017/11/'],
    ['2017/11/15/', 'next', 'Next day 8 March 2019 1 article', '/2019/03/08/'],
    ['2019/03/08/', 'previous', 'Previous day 15 November 2017 1 article', '/2017/11/15/'],
  ] as const)('%s: %s', async (urlPath, which, text, href) => {
    expect(await periodLine(urlPath, which)).toEqual([text, href]);
    expect(await periodLine(urlPath, which === 'next' ? 'previous' : 'next')).toBeNull();
  });
});

async function frontmatter(articlePath: string) {
  return matter(await readFile(path.join(projectRoot, 'content/articles', `${articlePath.slice(0, -1)}.md`), 'utf8')).data as Record<
    'people' | 'places' | 'organizations' | 'authors',
    string[]
  > & { source: string };
}

async function gazetteerName(kind: string, id: string): Promise<string> {
  const entries = yaml.load(await readFile(path.join(projectRoot, 'content/gazetteer', `${kind}.yaml`), 'utf8')) as Record<string, { name: string }>;
  if (!entries[id]) throw new Error(`${id} is not in content/gazetteer/${kind}.yaml`);
  return entries[id].name;
}

describe('article pages (issue 18, item 7)', () => {
  it('the neighbours say their date and paper', async () => {
    const early = await readPage(outDir, EARLY);
    expect(squash(early.querySelector('.neighbours .next')!.textContent)).toBe(
      'Next article Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia 8 March 2019, The Messenger',
    );
    const late = await readPage(outDir, LATE);
    expect(squash(late.querySelector('.neighbours .previous')!.textContent)).toBe(
      'Previous article Putin Meets South Ossetian Leader in Moscow 15 November 2017, Civil Georgia',
    );
  });

  it('a related article says what it shares: in a two-article archive every shared entity counts, three named, then how many more', async () => {
    const [early, late] = [await frontmatter(EARLY), await frontmatter(LATE)];
    const kinds = { people: 'person', places: 'place', organizations: 'organization' } as const;
    const shared: string[] = [];
    for (const [kind, one] of Object.entries(kinds)) {
      for (const id of early[kind as keyof typeof kinds]) if (late[kind as keyof typeof kinds].includes(id)) shared.push(`${await gazetteerName(kind, id)} (${one})`);
    }
    expect(early.source).not.toBe(late.source);
    expect(shared.length).toBeGreaterThan(3);
    const page = await readPage(outDir, EARLY);
    expect(squash(page.querySelector('#related .shared')!.textContent)).toBe(`In common: ${shared.slice(0, 3).join(', ')}, ${shared.length - 3} more`);
  });
});

describe('the front page', () => {
  it('offers years, papers and the entities named most, each with a count, and the latest articles', async () => {
    const page = await readPage(outDir, '');
    const list = (heading: string) => page.querySelectorAll(`#${heading} ~ .count-list li`).map((li) => squash(li.textContent));
    expect(list('years-heading')).toEqual(['2019 1 article', '2017 1 article']);
    expect(list('sources-heading')).toEqual(['Civil Georgia 1 article', 'The Messenger 1 article']);
    // Both seeds name Anatoly Bibilov and Vladimir Putin; ties by name.
    expect(list('people-heading').slice(0, 2)).toEqual(['Anatoly Bibilov 2 articles', 'Vladimir Putin 2 articles']);
    expect(page.querySelectorAll('#latest-heading ~ .article-list h3 a').map((a) => a.getAttribute('href'))).toEqual([`/${LATE}`, `/${EARLY}`]);
  });
});
