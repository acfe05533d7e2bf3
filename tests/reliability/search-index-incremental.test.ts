import { execFile } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/publish/build-manifest.ts';
import { childEnv, projectRoot } from '../helpers/build.ts';
import { hashFiles, type IndexRecord } from '../../src/search/index-record.ts';
import { indexSite, type IndexSiteOptions, type IndexSiteResult } from '../../src/search/index-site.ts';
import { readIndexedPages } from '../helpers/search-index-files.ts';
import { FULL_SHARDS_BEFORE_SPLIT, RUNS_PER_SHARD } from '../../src/search/shards.ts';

/**
 * The index step re-indexes only the shards whose pages changed (src/search/index-site.ts), in
 * shards whose cuts a change rarely moves (src/search/shards.ts). For each kind of change to an
 * archive, the index it leaves must be byte for byte the index a full run writes for the same
 * site: same files, same names, same bytes. Here on built pages of the shape the site writes
 * (the indexed element, filters inside and outside it, a sort key), six to eight articles a shard.
 */

const SHARD_PAGES = 8;
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

interface Article {
  /** YYYY-MM-DD: the page's path and its date. */
  day: string;
  slug: string;
  text: string;
}

const sitePath = ({ day, slug }: Article) => `${day.replaceAll('-', '/')}/${slug}/`;

const page = (article: Article) =>
  '<!doctype html><html lang="en"><head><title>t</title></head><body><nav>menuword</nav><main><article>' +
  `<div data-pagefind-body><h1>${article.slug}</h1><p data-pagefind-ignore><time data-pagefind-sort="date:${article.day}" data-pagefind-filter="year">${article.day.slice(0, 4)}</time></p>` +
  `<p id="p1" data-pagefind-title="Paragraph 1">${article.text}</p></div>` +
  `<footer><a data-pagefind-filter="person">Person of ${article.slug}</a></footer></article></main></body></html>`;

/** 24 articles over twelve years: four shards (7, 7, 6 and 4 articles). */
const ARCHIVE: Article[] = Array.from({ length: 24 }, (_, n) => ({
  day: `${2012 + Math.floor(n / 2)}-${String(1 + ((n * 5) % 12)).padStart(2, '0')}-1${n % 10}`,
  slug: `story-${n}`,
  text: `Report number ${n} on the harbour works, word${n}.`,
}));

/** Writes the articles' pages into `siteDir` (removing pages of articles no longer there) and indexes them. */
async function indexArchive(siteDir: string, articles: Article[], previous?: IndexRecord, options: Partial<IndexSiteOptions> = {}): Promise<IndexSiteResult> {
  await rm(path.join(siteDir, '20'), { recursive: true, force: true });
  for (const article of articles) {
    const file = path.join(siteDir, sitePath(article), 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, page(article));
  }
  return indexSite({ siteDir, language: 'en', manifest: manifestOf(articles), previous, ...options });
}

/** The manifest a build of these articles writes. */
const manifestOf = (articles: Article[]) =>
  buildManifest(articles.map((article) => ({ path: sitePath(article), published: `${article.day}T10:00:00Z`, contentHash: article.text, files: [] })), SHARD_PAGES);

async function siteFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-incremental-index-'));
  made.push(dir);
  return dir;
}

/** A new folder holding the built pages of `siteDir`, without its index. */
async function siteFolderCopy(siteDir: string): Promise<string> {
  const dir = await siteFolder();
  await cp(siteDir, dir, { recursive: true, filter: (source) => path.basename(source) !== 'pagefind' });
  return dir;
}

/** Every file of the bundle with its digest. */
const bundle = (result: IndexSiteResult) => hashFiles(result.bundleDir);

/** The files of the bundle that belong to each shard, as before and after a change share them. */
function shardFiles(record: IndexRecord): Record<string, string>[] {
  return record.shards.map((shard) => shard.files);
}

const CHINESE = '格鲁吉亚议会28日以84票赞成、4票反对推翻总统否决。';
const JAPANESE = 'ジョージアの議会は28日、報道機関やNGOなどを規制する法案を再可決しました。';

/**
 * `patched`: of the shards re-indexed, those the step patched (index-site.ts, patchedShard):
 * their last files less the changed pages plus those pages indexed alone. The byte equality with
 * a full index is the proof that a patch writes what a full index writes.
 */
const CHANGES: { kind: string; change: (articles: Article[]) => Article[]; reindexed: number; patched: number }[] = [
  { kind: 'one article added', change: (articles) => [...articles, { day: '2015-06-01', slug: 'added', text: 'A new report on the harbour, addedword.' }], reindexed: 1, patched: 1 },
  {
    kind: 'several articles added in other years',
    change: (articles) => [
      ...articles,
      { day: '2012-05-05', slug: 'early', text: 'An early report, earlyword.' },
      { day: '2020-02-02', slug: 'late', text: 'A late report, lateword.' },
    ],
    reindexed: 2,
    patched: 2,
  },
  { kind: 'one article updated', change: (articles) => articles.map((article, n) => (n === 7 ? { ...article, text: 'Corrected report, fixedword.' } : article)), reindexed: 1, patched: 1 },
  { kind: 'one article deleted', change: (articles) => articles.filter((_, n) => n !== 4), reindexed: 1, patched: 1 },
  { kind: 'an article added today, in the newest shard', change: (articles) => [...articles, { day: '2024-12-31', slug: 'today', text: 'Today, todayword.' }], reindexed: 1, patched: 1 },
  // Indexed from a copy with its words cut apart (src/search/segmented-page.ts).
  { kind: 'a Chinese article added', change: (articles) => [...articles, { day: '2015-06-01', slug: 'yihui', text: CHINESE }], reindexed: 1, patched: 1 },
  { kind: 'one article updated into Japanese', change: (articles) => articles.map((article, n) => (n === 7 ? { ...article, text: JAPANESE } : article)), reindexed: 1, patched: 1 },
  // More pages than a patch takes (a quarter of the shard's): the shard is indexed whole.
  {
    kind: 'three articles of one shard updated',
    change: (articles) => articles.map((article, n) => (n >= 8 && n <= 10 ? { ...article, text: `Corrected report ${n}, fixedword.` } : article)),
    reindexed: 1,
    patched: 0,
  },
  // Its new date moves it from the second shard to the third: one shard loses it, the other gains it.
  { kind: 'an article moved between shards', change: (articles) => articles.map((article, n) => (n === 9 ? { ...article, day: '2019-02-02' } : article)), reindexed: 2, patched: 2 },
];

describe('the incremental search index', () => {
  for (const { kind, change, reindexed, patched } of CHANGES) {
    it(`after ${kind}, equals a full index of the same site byte for byte, and keeps the other shards\u2019 files`, async () => {
      const siteDir = await siteFolder();
      const before = await indexArchive(siteDir, ARCHIVE);
      expect(before).toMatchObject({ shards: 4, reindexed: 4 });
      const beforeFiles = await bundle(before);

      const after = await indexArchive(siteDir, change(ARCHIVE), before.record);
      const fullDir = await siteFolder();
      const full = await indexArchive(fullDir, change(ARCHIVE));
      expect(after.shards).toBe(full.shards);
      expect(after.reindexed).toBe(reindexed);
      expect(after.patched).toBe(patched);
      expect(await bundle(after)).toEqual(await bundle(full));

      // Each shard not re-indexed is the same files, names and bytes as before the change.
      const kept = shardFiles(after.record).filter((files) => shardFiles(before.record).some((old) => JSON.stringify(old) === JSON.stringify(files)));
      expect(kept).toHaveLength(after.shards - reindexed);
      for (const files of kept) for (const [file, digest] of Object.entries(files)) expect(beforeFiles[file]).toBe(digest);
    });
  }

  it('in an archive of FULL_SHARDS_BEFORE_SPLIT full shards and more, re-indexes for an article of today the newest run alone, and equals a full index', async () => {
    // 44 articles in shards of at most 8: five full shards, then the newest pages split in runs of 2.
    const large: Article[] = Array.from({ length: 44 }, (_, n) => ({ day: `${2000 + Math.floor(n / 2)}-0${1 + (n % 2) * 6}-15`, slug: `report-${n}`, text: `Report ${n} from the quay, quay${n}.` }));
    const today = [...large, { day: '2024-12-31', slug: 'today', text: 'Today, todayword.' }];
    const [before, after] = [manifestOf(large), manifestOf(today)];
    expect(before.shards).toBeGreaterThan(FULL_SHARDS_BEFORE_SPLIT + 1);
    const newest = after.articles.filter((article) => article.shard === after.shards - 1);
    expect(newest.length).toBeLessThanOrEqual(SHARD_PAGES / RUNS_PER_SHARD);
    // The shards whose pages differ between the two layouts: what the step must re-index.
    const pagesOf = (manifest: typeof before) => Array.from({ length: manifest.shards }, (_, shard) => JSON.stringify(manifest.articles.filter((article) => article.shard === shard).map((article) => article.path)));
    const changed = pagesOf(after).filter((pages) => !pagesOf(before).includes(pages)).length;
    expect(changed).toBeLessThanOrEqual(2);

    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, large);
    const incremental = await indexArchive(siteDir, today, first.record);
    expect(incremental.reindexed).toBe(changed);
    expect(await bundle(incremental)).toEqual(await bundle(await indexArchive(await siteFolder(), today)));
  });

  it('patches no shard under another Pagefind version: its files stay as Pagefind wrote them, and a changed shard is indexed whole', async () => {
    const siteDir = await siteFolder();
    const warnings: string[] = [];
    const other = { pagefindVersion: '1.7.0', warn: (message: string) => warnings.push(message) };
    const first = await indexArchive(siteDir, ARCHIVE, undefined, other);
    expect(first.record.shards.map((shard) => shard.pages)).toEqual([null, null, null, null]);
    expect(warnings).toHaveLength(4);
    const after = await indexArchive(siteDir, CHANGES[2]!.change(ARCHIVE), first.record, other);
    expect(after).toMatchObject({ reindexed: 1, patched: 0 });
  });

  it('indexes a Chinese article with its words apart and leaves its page as it was', async () => {
    const siteDir = await siteFolder();
    const chinese = { day: '2015-06-01', slug: 'yihui', text: CHINESE };
    const result = await indexArchive(siteDir, [...ARCHIVE, chinese]);
    const indexed = (await Promise.all(result.record.shards.map((shard) => readIndexedPages(path.join(result.bundleDir, shard.folder))))).flat();
    const content = indexed.find((page) => page.url === `/${sitePath(chinese)}`)!.content;
    expect(content.split(' ')).toEqual(expect.arrayContaining(['_议会', '_推翻', '_总统']));
    expect(await readFile(path.join(siteDir, sitePath(chinese), 'index.html'), 'utf8')).toBe(page(chinese));
  });

  it('re-indexes nothing when nothing changed, and writes the same bundle', async () => {
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    const files = await bundle(first);
    const again = await indexArchive(siteDir, ARCHIVE, first.record);
    expect(again.reindexed).toBe(0);
    expect(await bundle(again)).toEqual(files);
  });

  it('re-indexes a shard whose files in the site are missing or altered, and removes what no shard wrote', async () => {
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    const files = await bundle(first);
    const [, second, third] = first.record.shards;
    await unlink(path.join(first.bundleDir, Object.keys(second!.files).find((file) => file.includes('/fragment/'))!));
    await appendFile(path.join(first.bundleDir, Object.keys(third!.files).find((file) => file.endsWith('.pf_meta'))!), 'x');
    await writeFile(path.join(first.bundleDir, 'shard-1', 'stray.txt'), 'left by someone');
    await cp(path.join(first.bundleDir, 'shard-1'), path.join(first.bundleDir, 'shard-9'), { recursive: true });
    const again = await indexArchive(siteDir, ARCHIVE, first.record);
    expect(again.reindexed).toBe(2);
    expect(await bundle(again)).toEqual(files);
  });

  it('keeps a shard whose pages changed only where Pagefind reads nothing: links to other articles, navigation', async () => {
    // What a new article changes on pages of other shards: their previous/next and related links.
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    for (const article of ARCHIVE.slice(8, 12)) {
      const file = path.join(siteDir, sitePath(article), 'index.html');
      await writeFile(file, (await readFile(file, 'utf8')).replace('<nav>menuword</nav>', '<nav><a rel="next" href="/2030/01/01/new/">A newer article</a></nav>'));
    }
    const again = await indexSite({ siteDir, language: 'en', manifest: manifestOf(ARCHIVE), previous: first.record });
    expect(again.reindexed).toBe(0);
    const full = await indexSite({ siteDir: await siteFolderCopy(siteDir), language: 'en', manifest: manifestOf(ARCHIVE) });
    expect(await bundle(again)).toEqual(await bundle(full));
  });

  it('reads what Pagefind reads from a page again only when its bytes changed, under the same settings', async () => {
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    const page = `${sitePath(ARCHIVE[10]!)}index.html`;
    const [bytes, , state] = first.record.pages[page]!;
    const misread = { ...first.record, pages: { ...first.record.pages, [page]: [bytes, 'not what the page holds', state] as [string, string, string] } };
    // The page is unchanged, so the record's digest of what Pagefind reads is taken as it is.
    expect((await indexSite({ siteDir, language: 'en', manifest: manifestOf(ARCHIVE), previous: misread })).reindexed).toBe(1);
    // Read under other settings (another exclusion, other code), no page digest of the record is used.
    expect((await indexSite({ siteDir, language: 'en', manifest: manifestOf(ARCHIVE), previous: { ...misread, settings: 'other' } })).reindexed).toBe(0);
  });

  it('re-indexes a shard whose page changed a filter outside the indexed text', async () => {
    // Pagefind reads filters and metadata anywhere on the page (src/search/indexed-content.ts).
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    const file = path.join(siteDir, sitePath(ARCHIVE[10]!), 'index.html');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Person of story-10', 'Someone else'));
    const again = await indexSite({ siteDir, language: 'en', manifest: manifestOf(ARCHIVE), previous: first.record });
    expect(again.reindexed).toBe(1);
    const pages = await readIndexedPages(path.join(again.bundleDir, 'shard-1'));
    expect(pages.find((indexed) => indexed.url === `/${sitePath(ARCHIVE[10]!)}`)?.filters.person).toEqual(['Someone else']);
  });

  it('re-indexes shard 0, which carries Pagefind\u2019s runtime, without touching the others', async () => {
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    const files = await bundle(first);
    const after = await indexArchive(siteDir, [...ARCHIVE, { day: '2011-01-01', slug: 'oldest', text: 'The oldest report, oldestword.' }], first.record);
    expect(after.reindexed).toBe(1);
    const afterFiles = await bundle(after);
    const full = await indexArchive(await siteFolder(), [...ARCHIVE, { day: '2011-01-01', slug: 'oldest', text: 'The oldest report, oldestword.' }]);
    expect(afterFiles).toEqual(await bundle(full));
    // Pagefind's runtime is the same bytes whatever shard 0 holds.
    for (const runtime of ['pagefind.js', 'pagefind-highlight.js', 'wasm.en.pagefind']) expect(afterFiles[runtime]).toBe(files[runtime]);
  });

  it('writes a re-indexed shard\u2019s files only where their bytes changed: Pagefind\u2019s runtime stays the file it was', async () => {
    const siteDir = await siteFolder();
    const first = await indexArchive(siteDir, ARCHIVE);
    const runtime = ['pagefind.js', 'pagefind-highlight.js', 'wasm.en.pagefind'];
    const before = await Promise.all(runtime.map((file) => stat(path.join(first.bundleDir, file))));
    const after = await indexArchive(siteDir, [...ARCHIVE, { day: '2011-01-01', slug: 'oldest', text: 'The oldest report, oldestword.' }], first.record);
    expect(after.reindexed).toBe(1);
    const now = await Promise.all(runtime.map((file) => stat(path.join(after.bundleDir, file))));
    expect(now.map(({ ino, mtimeMs }) => [ino, mtimeMs])).toEqual(before.map(({ ino, mtimeMs }) => [ino, mtimeMs]));
  });

  it('is what `tsx src/search/build-index.ts` runs: it keeps its record beside the manifest, says what it re-indexed, and --full re-indexes all', async () => {
    const siteDir = await siteFolder();
    const cacheDir = await siteFolder();
    await indexArchive(siteDir, ARCHIVE);
    await writeFile(path.join(cacheDir, 'dateline-build-manifest.json'), JSON.stringify(manifestOf(ARCHIVE)));
    const step = async (...args: string[]) =>
      (await promisify(execFile)('npx', ['tsx', 'src/search/build-index.ts', ...args], { cwd: projectRoot, env: { ...childEnv(), DATELINE_OUT_DIR: siteDir, DATELINE_CACHE_DIR: cacheDir } })).stdout;
    // No record yet (the run above was not the step's): every shard.
    expect(await step()).toContain('[search] re-indexed 4 of 4 shard(s)');
    const files = await hashFiles(path.join(siteDir, 'pagefind'));
    expect(JSON.parse(await readFile(path.join(cacheDir, 'dateline-search-index.json'), 'utf8')).value.shards).toHaveLength(4);
    expect(await step()).toContain('[search] re-indexed 0 of 4 shard(s)');
    expect(await step('--full')).toContain('[search] re-indexed 4 of 4 shard(s)');
    expect(await hashFiles(path.join(siteDir, 'pagefind'))).toEqual(files);
  });
});
