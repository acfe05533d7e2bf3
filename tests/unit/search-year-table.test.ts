import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildManifest } from '../../src/publish/build-manifest.ts';
import { indexSite } from '../../src/search/index-site.ts';
import { unpack, type Meta } from '../../src/search/pagefind-files.ts';
import { shardFolder, shardNumberOf, shardTagOf } from '../../src/search/shards.ts';
import { YEAR_TABLE_FILE, yearOf, yearTable, type YearTable } from '../../src/search/year-table.ts';
import { metaFile, readCbor, readEntry } from '../helpers/search-index-files.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

it('codes each page\u2019s year from the first, one character a page, and reads them back', () => {
  const table = yearTable({ a1b2c3: [2017, 1995, null, 2024], d4e5f6: [1995] });
  expect(table.first).toBe(1995);
  expect(table.pages.a1b2c3).toHaveLength(4);
  expect([0, 1, 2, 3].map((number) => yearOf(table, 'a1b2c3', number))).toEqual([2017, 1995, null, 2024]);
  expect(yearOf(table, 'd4e5f6', 0)).toBe(1995);
  // Past the pages, or an index the table does not hold: unknown, never a year.
  expect(yearOf(table, 'a1b2c3', 4)).toBeNull();
  expect(yearOf(table, 'ffffff', 0)).toBeNull();
  // A span of centuries goes beyond ASCII and survives JSON.
  const wide = JSON.parse(JSON.stringify(yearTable({ a: [1850, 2024] }))) as YearTable;
  expect([yearOf(wide, 'a', 0), yearOf(wide, 'a', 1)]).toEqual([1850, 2024]);
});

it('writes beside every shard the local year of each result id, as the year filter has it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-year-table-'));
  made.push(dir);
  // The local day is the paper's: 23:30 on 31 December at UTC-05:00 is still that year.
  const days = ['1998-03-02T10:00:00+04:00', '2003-12-31T23:30:00-05:00', '2004-01-01T00:30:00+03:00', '2011-07-15T08:00:00Z', '2019-11-05T12:00:00+02:00'];
  const published = days.map((day, i) => {
    const page = `${day.slice(0, 10).replaceAll('-', '/')}/article-${i}`;
    return { page, day, year: day.slice(0, 4) };
  });
  for (const { page, day, year } of published) {
    await mkdir(path.join(dir, page), { recursive: true });
    await writeFile(
      path.join(dir, page, 'index.html'),
      `<!doctype html><html lang="en"><body><main><article data-pagefind-body><h1>Article ${page}</h1>` +
        `<time datetime="${day}" data-year="${year}" data-pagefind-meta="published[datetime]" data-pagefind-filter="year[data-year]">${day}</time>` +
        '<p>Observers met in Tbilisi.</p></article></main></body></html>',
    );
  }
  const manifest = buildManifest(
    published.map(({ page, day }) => ({ path: `${page}/`, published: day, contentHash: page, files: [] })),
    2,
  );
  const { bundleDir, shards } = await indexSite({ siteDir: dir, language: 'en', manifest });
  expect(shards).toBe(3);
  let checked = 0;
  for (const shardDir of [bundleDir, ...[1, 2].map((number) => path.join(bundleDir, shardFolder(number)))]) {
    const table = JSON.parse(await readFile(path.join(shardDir, YEAR_TABLE_FILE), 'utf8')) as YearTable;
    for (const { hash } of Object.values((await readEntry(shardDir)).languages)) {
      const [, pages] = await readCbor<Meta>(metaFile(shardDir, hash));
      for (const [fragment] of pages) {
        const { meta } = JSON.parse((await unpack(await readFile(path.join(shardDir, 'fragment', `${fragment}.pf_fragment`)))).toString('utf8')) as { meta: { published: string } };
        // A result's id is its fragment's name.
        expect(yearOf(table, shardTagOf(fragment), shardNumberOf(fragment)), fragment).toBe(Number(meta.published.slice(0, 4)));
        checked += 1;
      }
    }
  }
  expect(checked).toBe(days.length);
});
