import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCacheRecord } from '../../src/lib/cache-record.ts';
import { buildManifest, type BuildManifest } from '../../src/publish/build-manifest.ts';
import { readIndexRecord } from '../../src/search/index-record.ts';
import { INDEX_CHUNK_SIZE, indexSite, SearchIndexError, UNUSED_BUNDLE_FILES } from '../../src/search/index-site.ts';
import { PAGES_PER_SHARD } from '../../src/search/shards.ts';
import { YEAR_TABLE_FILE } from '../../src/search/year-table.ts';
import { readIndexedPages } from '../helpers/search-index-files.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A tiny built site: pages at `<dir>/<path>/index.html`. */
async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-search-index-'));
  made.push(dir);
  for (const [page, html] of Object.entries(pages)) {
    await mkdir(path.join(dir, page), { recursive: true });
    await writeFile(path.join(dir, page, 'index.html'), html);
  }
  return dir;
}

/**
 * The manifest a build would write for these article pages (site path -> published instant; a
 * page without one is dated 2020-01-01), in shards of at most `pagesPerShard`.
 */
function manifest(pages: Record<string, string | undefined> | string[], pagesPerShard = PAGES_PER_SHARD): BuildManifest {
  const dated = Array.isArray(pages) ? Object.fromEntries(pages.map((page) => [page, undefined])) : pages;
  const published = Object.entries(dated).map(([page, instant]) => ({ path: `${page}/`, published: instant ?? '2020-01-01T00:00:00.000Z', contentHash: page, files: [] }));
  return buildManifest(published, pagesPerShard);
}

const frame = (main: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Archive Sources menuword</nav><main>${main}</main><footer>footerword</footer></body></html>`;
const article = (title: string, text: string) =>
  frame(`<article><div data-pagefind-body><h1>${title}</h1><p id="p1" data-pagefind-title="Paragraph 1">${text}</p></div><aside>relatedword</aside></article>`);

describe('indexSite', () => {
  it('indexes exactly the marked article text, nothing around it', async () => {
    const dir = await site({
      '2017/11/15/a': article('First', 'Bibilov met Putin.'),
      '2019/03/08/b': article('Second', 'Tsikhelashvili spoke.'),
      search: frame('<h1>Search</h1><p>searchpageword</p>'),
    });
    const result = await indexSite({ siteDir: dir, language: 'en', manifest: manifest(['2017/11/15/a', '2019/03/08/b']) });
    expect(result.indexedPages).toBe(2);
    const pages = await readIndexedPages(result.bundleDir);
    expect(pages.map((page) => [page.url, page.content])).toEqual([
      ['/2017/11/15/a/', 'First. Bibilov met Putin.'],
      ['/2019/03/08/b/', 'Second. Tsikhelashvili spoke.'],
    ]);
    expect(pages[0]!.anchors).toEqual([expect.objectContaining({ id: 'p1', title: 'Paragraph 1' })]);
    // The language is the one given, not guessed.
    const entry = JSON.parse(await readFile(path.join(result.bundleDir, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    // The folder the shard's pages were gathered in for Pagefind is gone.
    expect((await readdir(dir)).sort()).toEqual(['2017', '2019', 'pagefind', 'search']);
  });

  it('leaves out the bundle files the site never loads, and keeps those it does', async () => {
    const dir = await site({ '2017/11/15/a': article('First', 'Bibilov met Putin.') });
    const { bundleDir } = await indexSite({ siteDir: dir, language: 'en', manifest: manifest(['2017/11/15/a']) });
    const files = await readdir(bundleDir);
    for (const unused of UNUSED_BUNDLE_FILES) expect(files).not.toContain(unused);
    // The search page's runtime and the article pages' highlighter, with the index they read.
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'index', 'fragment']));
  });

  it('fails when a page the build published does not mark its article', async () => {
    const dir = await site({ '2017/11/15/a': article('First', 'text'), '2019/03/08/b': frame('<p>no marker here</p>') });
    const published = manifest(['2017/11/15/a', '2019/03/08/b']);
    await expect(indexSite({ siteDir: dir, language: 'en', manifest: published })).rejects.toThrow(SearchIndexError);
    await expect(indexSite({ siteDir: dir, language: 'en', manifest: published })).rejects.toThrow(
      /the build published 2 article\(s\), Pagefind indexed 1: every article page, and nothing else, must mark its article with data-pagefind-body/,
    );
  });

  it('indexes the pages the manifest lists, no other page, however it is marked', async () => {
    const dir = await site({ '2017/11/15/a': article('First', 'Bibilov met Putin.'), 'about': article('About', 'aboutword') });
    const result = await indexSite({ siteDir: dir, language: 'en', manifest: manifest(['2017/11/15/a']) });
    expect((await readIndexedPages(result.bundleDir)).map((page) => page.url)).toEqual(['/2017/11/15/a/']);
  });

  it('gives an empty archive an empty index instead of indexing every page whole', async () => {
    const dir = await site({ '': frame('<h1>Dateline</h1><p>No articles yet.</p>'), search: frame('<h1>Search</h1>') });
    const result = await indexSite({ siteDir: dir, language: 'en', manifest: manifest([]) });
    expect(result.indexedPages).toBe(0);
    expect(await readIndexedPages(result.bundleDir)).toEqual([]);
  });

  it('writes a large archive as shards of consecutive dates, and lists them for the search page', async () => {
    // Path order is each paper's local date; the manifest orders by instant. The Tokyo paper's
    // 2 March article was published before the Los Angeles paper's 1 March one.
    const dated = {
      '2020/03/01/la': '2020-03-01T21:00:00-08:00',
      '2020/03/02/tokyo': '2020-03-02T05:00:00+09:00',
      '2019/01/01/first': '2019-01-01T10:00:00Z',
      '2021/06/01/later': '2021-06-01T10:00:00Z',
      '2022/06/01/last': '2022-06-01T10:00:00Z',
    };
    const dir = await site({
      '2020/03/01/la': article('LA', 'alpha'),
      '2020/03/02/tokyo': article('Tokyo', 'beta'),
      '2019/01/01/first': article('First', 'gamma'),
      '2021/06/01/later': article('Later', 'delta'),
      '2022/06/01/last': article('Last', 'epsilon'),
    });
    const result = await indexSite({ siteDir: dir, language: 'en', manifest: manifest(dated, 2) });
    expect(result).toMatchObject({ indexedPages: 5, shards: 3 });
    const list = JSON.parse(await readFile(path.join(result.bundleDir, 'dateline-shards.json'), 'utf8'));
    expect(list).toEqual({ shards: ['shard-1/', 'shard-2/'] });
    const titles = await Promise.all(['', ...list.shards].map(async (folder: string) => (await readIndexedPages(path.join(result.bundleDir, folder))).map((page) => page.content.split('.')[0])));
    expect(titles.map((shard) => shard.sort())).toEqual([['First', 'Tokyo'], ['LA', 'Later'], ['Last']]);
    // The merged shards are index files only; the first keeps the runtime.
    // (These pages have no filters, so Pagefind writes no filter folder.)
    const shardFiles = await readdir(path.join(result.bundleDir, 'shard-2'));
    // Besides Pagefind's, each shard has the year table the search page's chart counts by.
    expect(shardFiles.filter((file) => !['fragment', 'index', 'pagefind-entry.json', YEAR_TABLE_FILE].includes(file))).toEqual([expect.stringMatching(/^pagefind\.en_[0-9a-f]+\.pf_meta$/)]);
    expect(shardFiles).toContain(YEAR_TABLE_FILE);
    expect(await readdir(result.bundleDir)).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.en.pagefind', 'shard-1', 'shard-2']));

    // Built again as one shard, no earlier shard is left behind.
    const again = await indexSite({ siteDir: dir, language: 'en', manifest: manifest(dated) });
    expect(again.shards).toBe(1);
    expect(JSON.parse(await readFile(path.join(again.bundleDir, 'dateline-shards.json'), 'utf8'))).toEqual({ shards: [] });
    expect((await readdir(again.bundleDir)).filter((file) => file.startsWith('shard-'))).toEqual([]);
    expect(await readIndexedPages(again.bundleDir)).toHaveLength(5);
  });

  /** Four articles with sources and people (and a filter that is no facet), two a shard. */
  const taggedSite = async () => {
    const tagged = (title: string, source: string, people: string[]) =>
      frame(`<article><div data-pagefind-body><h1>${title}</h1><p>${title} text</p><span data-pagefind-filter="source:${source}"></span>${people.map((person) => `<span data-pagefind-filter="person:${person}"></span>`).join('')}<span data-pagefind-filter="other:x"></span></div></article>`);
    const dated = { '2019/01/01/a': '2019-01-01T10:00:00Z', '2020/01/01/b': '2020-01-01T10:00:00Z', '2021/01/01/c': '2021-01-01T10:00:00Z', '2022/01/01/d': '2022-01-01T10:00:00Z' };
    const dir = await site({
      '2019/01/01/a': tagged('A', 'civil', ['anna', 'boris']),
      '2020/01/01/b': tagged('B', 'messenger', ['anna']),
      '2021/01/01/c': tagged('C', 'civil', ['anna', 'chen']),
      '2022/01/01/d': tagged('D', 'civil', []),
    });
    return { dir, manifest: manifest(dated, 2) };
  };
  const facetCounts = async (bundleDir: string) =>
    Object.fromEntries(await Promise.all((await readdir(path.join(bundleDir, 'dateline-facets'))).map(async (file) => [file, await readFile(path.join(bundleDir, 'dateline-facets', file), 'utf8')])));

  it('writes each facet\'s counts over every shard, as the search page shows them before any search', async () => {
    const { dir, manifest: published } = await taggedSite();
    const result = await indexSite({ siteDir: dir, language: 'en', manifest: published });
    expect(result.shards).toBe(2);
    const counts = async (facet: string) => JSON.parse(await readFile(path.join(result.bundleDir, 'dateline-facets', `${facet}.json`), 'utf8'));
    expect(await counts('source')).toEqual({ civil: 3, messenger: 1 });
    expect(await counts('person')).toEqual({ anna: 3, boris: 1, chen: 1 });
    // A facet no page sets is an empty list; a filter that is no facet gets no file.
    expect(await counts('place')).toEqual({});
    expect((await readdir(path.join(result.bundleDir, 'dateline-facets'))).sort()).toEqual(['author.json', 'organization.json', 'person.json', 'place.json', 'source.json', 'year.json']);
  });

  it('writes the same facet counts when it re-indexes no shard, from the record, reading no shard\'s filter files', async () => {
    const { dir, manifest: published } = await taggedSite();
    const first = await indexSite({ siteDir: dir, language: 'en', manifest: published });
    const counts = await facetCounts(first.bundleDir);
    // Shard 1's filter files are gone, and its record no longer lists them, so it is still kept whole:
    // counts read from the files would fail on them.
    const [shard0, shard1] = first.record.shards;
    const filterFiles = Object.keys(shard1!.files).filter((file) => file.startsWith('shard-1/filter/'));
    expect(filterFiles.length).toBeGreaterThan(0);
    for (const file of filterFiles) await rm(path.join(first.bundleDir, file));
    const files = Object.fromEntries(Object.entries(shard1!.files).filter(([file]) => !filterFiles.includes(file)));
    const again = await indexSite({ siteDir: dir, language: 'en', manifest: published, previous: { ...first.record, shards: [shard0!, { ...shard1!, files }] } });
    expect(again.reindexed).toBe(0);
    expect(await facetCounts(again.bundleDir)).toEqual(counts);
    // Two index steps: more than the default 5 s on the shared machine.
  }, 30_000);

  it('reads a record an older index step wrote, without filter counts, as none: every shard is indexed again', async () => {
    const cache = await site({});
    const older = { settings: 'settings', pages: {}, shards: [{ folder: '', input: 'input', files: { 'pagefind-entry.json': 'digest' } }] };
    await writeCacheRecord(cache, 'dateline-search-index.json', 2, older);
    const saved = process.env.DATELINE_CACHE_DIR;
    process.env.DATELINE_CACHE_DIR = cache;
    try {
      expect(await readIndexRecord()).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.DATELINE_CACHE_DIR;
      else process.env.DATELINE_CACHE_DIR = saved;
    }
  });

  it('splits the word index into chunks of the chosen size, not the default of 20,000 positions', async () => {
    // Two pages of distinct words, each word once: about 2 x 2,000 word positions in all, which
    // Pagefind's default would keep in one chunk.
    const words = (page: number) => Array.from({ length: 2000 }, (_, n) => `w${page}x${n.toString(36)}`).join(' ');
    const dir = await site({ '2020/01/01/a': article('A', words(1)), '2020/01/02/b': article('B', words(2)) });
    const { bundleDir } = await indexSite({ siteDir: dir, language: 'en', manifest: manifest(['2020/01/01/a', '2020/01/02/b']) });
    const chunks = await readdir(path.join(bundleDir, 'index'));
    expect(INDEX_CHUNK_SIZE).toBeLessThan(4000);
    expect(chunks.length).toBeGreaterThanOrEqual(2);
  });
});
