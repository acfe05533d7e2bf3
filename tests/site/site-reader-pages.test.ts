import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { builtDir, listHtmlFiles } from '../helpers/html-files.ts';
import { fileFor, pageExists, readPage, squash } from './site-pages.ts';

/**
 * What a new reader met on the seed archive (issue 14): garbled originals, missing index pages,
 * empty year and month pages, downloads that overwrite each other, paragraph marks in the Tab
 * order, no favicon. Read from the dist/ `npm test` built.
 */
const outDir = builtDir();
const seeds = [
  { path: '2017/11/15/putin-meets-south-ossetian-leader-in-moscow/', clipping: '004_c563c99bc929bd38.txt' },
  { path: '2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia/', clipping: '000_62f9dd80dc8d7e61.txt' },
];
const slugOf = (articlePath: string) => articlePath.split('/').at(-2)!;

describe('the original clipping (item 1)', () => {
  it.each(seeds)('$path: a page shows its text in UTF-8, and the raw bytes stay downloadable byte for byte', async (seed) => {
    const clipping = await readFile(path.join(projectRoot, 'tests/fixtures/seeds', seed.clipping));
    const article = await readPage(outDir, seed.path);
    const [view, raw] = article.querySelectorAll('article footer p a');
    expect(squash(view!.textContent)).toBe('The original clipping');
    expect(view!.getAttribute('href')).toBe(`/${seed.path}original/`);
    expect(raw!.getAttribute('href')).toBe(`/${seed.path}original.txt`);
    expect(raw!.hasAttribute('download')).toBe(true);
    expect(await readFile(fileFor(outDir, `${seed.path}original.txt`))).toEqual(clipping);

    const page = await readPage(outDir, `${seed.path}original/`);
    expect(page.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    // The text as the clipping's UTF-8 decodes it, curly quotes and all (line ends as LF).
    expect(page.querySelector('main pre')!.textContent).toBe(clipping.toString('utf8').replace(/\r\n?/g, '\n'));
    expect(page.querySelector('main pre')!.textContent).toContain('’');
    const download = page.querySelector('main a[download]')!;
    expect(download.getAttribute('href')).toBe(`/${seed.path}original.txt`);
  });
});

describe('references (items 7 and 14)', () => {
  it.each(seeds)('$path: downloads named after the article, shown on the page as text to copy', async (seed) => {
    const slug = slugOf(seed.path);
    const page = await readPage(outDir, seed.path);
    const downloads = page.querySelectorAll('#cite a[download]').map((a) => a.getAttribute('href'));
    expect(downloads).toEqual([`/${seed.path}${slug}.bib`, `/${seed.path}${slug}.ris`]);
    expect(pageExists(outDir, `${seed.path}cite.bib`)).toBe(false);
    for (const [id, file] of [['cite-bibtex', `${slug}.bib`], ['cite-ris', `${slug}.ris`]] as const) {
      const text = await readFile(fileFor(outDir, `${seed.path}${file}`), 'utf8');
      const box = page.querySelector(`#cite textarea#${id}`)!;
      expect(box.hasAttribute('readonly')).toBe(true);
      expect(box.textContent).toBe(text);
      expect(page.querySelector(`#cite label[for="${id}"]`)).not.toBeNull();
      expect(text).not.toContain('\t');
    }
  });

  it('the BibTeX reads back with the paper and the day, and no access date or other noise', async () => {
    const [seed] = seeds;
    const bib = await readFile(fileFor(outDir, `${seed!.path}${slugOf(seed!.path)}.bib`), 'utf8');
    expect(bib).toContain('  month = nov,\n');
    expect(bib).not.toMatch(/\bnote\b|howpublished/);
    const [read] = (await Cite.async(bib)).data as Record<string, any>[];
    expect(read!['container-title']).toBe('Civil Georgia');
    expect(read!.issued['date-parts']).toEqual([[2017, 11, 15]]);
    expect(read!.accessed).toBeUndefined();
    expect(bib).not.toContain('urldate');
    expect(read!.URL).toMatch(new RegExp(`/${seed!.path}$`));
  });
});

describe('paragraph links (item 11)', () => {
  it('stay links but leave the Tab order', async () => {
    const page = await readPage(outDir, seeds[1]!.path);
    const marks = page.querySelectorAll('.article__body p[id] > a[aria-label]');
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.every((a) => a.getAttribute('tabindex') === '-1' && a.getAttribute('href')?.startsWith('#p'))).toBe(true);
  });
});

describe('people, places and organizations (item 4)', () => {
  it.each([
    ['people/', 'People', ['Anatoly Bibilov', 'Giorgi Totchiev', 'Ketevan Tsikhelashvili', 'Raul Khajimba', 'Veronika Skvortsova', 'Vladimir Putin']],
    ['organizations/', 'Organizations', ['Ministry of Health of the Russian Federation', 'Office of the State Minister of Georgia for Reconciliation and Civic Equality', 'The Kremlin']],
  ] as const)('%s lists every entity named in an article, A to Z by letter, with counts and a jump list', async (urlPath, title, names) => {
    const page = await readPage(outDir, urlPath);
    expect(squash(page.querySelector('h1')!.textContent)).toBe(title);
    const listed = page.querySelectorAll('main section .count-list li');
    expect(listed.map((li) => squash(li.querySelector('a')!.textContent))).toEqual(names);
    expect(squash(listed.find((li) => li.textContent.includes('Vladimir Putin') || li.textContent.includes('Kremlin'))!.querySelector('.count')!.textContent)).toBe('2 articles');
    const letters = page.querySelectorAll('nav.letters a');
    for (const link of letters) expect(page.querySelector(link.getAttribute('href')!.replace(/^[^#]*/, ''))).not.toBeNull();
    expect(letters.map((a) => squash(a.textContent))).toEqual([...new Set(names.map((name) => name[0]))]);
  });

  it('an entity page’s kind label leads to its index', async () => {
    const page = await readPage(outDir, 'places/tbilisi/');
    expect(page.querySelector('.kicker a')!.getAttribute('href')).toBe('/places/');
  });

  it('every page README lists exists and is linked from every page’s navigation', async () => {
    const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const using = readme.slice(readme.indexOf('## Using the archive'), readme.indexOf('## Building for a real host'));
    const listed = [...new Set([...using.matchAll(/`(\/[a-z]+\/)(?:\?[^`]*)?`/g)].map((m) => m[1]!))];
    expect(listed).toEqual(expect.arrayContaining(['/archive/', '/sources/', '/authors/', '/people/', '/places/', '/organizations/', '/search/']));
    const files = await listHtmlFiles(outDir);
    for (const file of files.filter((f) => !f.includes('/original'))) {
      const page = await readPage(outDir, file);
      if (page.querySelector('meta[http-equiv="refresh"]')) continue;
      const navigation = new Set(page.querySelectorAll('header nav a, body > footer nav a').map((a) => a.getAttribute('href')));
      for (const urlPath of listed) {
        expect(pageExists(outDir, urlPath), urlPath).toBe(true);
        expect(navigation.has(urlPath), `${file} links ${urlPath}`).toBe(true);
      }
    }
  });
});

describe('year and month pages (item 8)', () => {
  it.each([
    ['2017/', 'November 2017', seeds[0]!.path],
    ['2017/11/', '15 November 2017', seeds[0]!.path],
    ['2019/03/', '8 March 2019', seeds[1]!.path],
  ])('%s lists its articles under their %s heading', async (urlPath, heading, article) => {
    const page = await readPage(outDir, urlPath);
    const section = page.querySelector('main section')!;
    expect(squash(section.querySelector('h2')!.textContent)).toBe(heading);
    expect(section.querySelectorAll('.article-list h3 a').map((a) => a.getAttribute('href'))).toEqual([`/${article}`]);
  });
});

describe('favicon (item 13)', () => {
  it('is served as SVG and as favicon.ico, and every page names it', async () => {
    expect((await readFile(fileFor(outDir, 'favicon.ico'))).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(await readFile(fileFor(outDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg /);
    for (const file of ['index.html', '404.html', `${seeds[0]!.path}index.html`]) {
      expect((await readPage(outDir, file)).querySelector('link[rel="icon"]')!.getAttribute('href'), file).toBe('/favicon.svg');
    }
  });
});
