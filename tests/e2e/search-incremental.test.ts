import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFiles } from '../../src/search/index-record.ts';
import { ARCHIVE_FACET_COUNTS_FOLDER } from '../../src/search/archive-facet-counts.ts';
import { SHARD_LIST_FILE, type ShardList } from '../../src/search/shards.ts';
import { childEnv, projectRoot } from '../helpers/build.ts';
import { CORPUS_DIR } from '../helpers/make-site-corpus.ts';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';

/**
 * The 64-article corpus is built with shards of at most 20 articles, then one article of a new
 * day is added and the site built again: the index step re-indexes the newest shard alone, the
 * others keep their files byte for byte, and the search page, merging them all, finds the new
 * article and the oldest one.
 */

const run = promisify(execFile);
let site: OpenSite;
let before: Record<string, string> = {};
let after: Record<string, string> = {};
let indexLog = '';

const ADDED = {
  path: '2021/01/05/harbour-crane-report',
  title: 'Harbour crane report',
  body: 'The port authority said the new zyxcrane lifted its first containers on Tuesday.',
};

async function addArticle(contentDir: string): Promise<void> {
  const original = `Civil Georgia\n\n${ADDED.title}\n\n${ADDED.body}\n`;
  for (const folder of ['originals', 'articles']) await mkdir(path.join(contentDir, folder, path.dirname(ADDED.path)), { recursive: true });
  await writeFile(path.join(contentDir, 'originals', `${ADDED.path}.txt`), original);
  const sha256 = createHash('sha256').update(original).digest('hex');
  await writeFile(
    path.join(contentDir, 'articles', `${ADDED.path}.md`),
    [
      '---',
      `title: "${ADDED.title}"`,
      'slug: harbour-crane-report',
      'source: civil-georgia',
      'authors: []',
      'published: "2021-01-05T09:00:00+04:00"',
      'printedDate: "2021-01-05"',
      'dateCertainty: exact',
      `original: {"file":"${ADDED.path}.txt","sha256":"${sha256}"}`,
      'people: []',
      'places: []',
      'organizations: []',
      'aliases: []',
      '---',
      '',
      ADDED.body,
      '',
    ].join('\n'),
  );
}

/** Builds the corpus in `root`, adds an article and builds again, recording the index's files before and after. */
async function buildTwice(root: string): Promise<{ outDir: string }> {
  const contentDir = path.join(root, 'content');
  const siteDir = path.join(root, 'site');
  const bundleDir = path.join(siteDir, 'pagefind');
  await cp(CORPUS_DIR, contentDir, { recursive: true });
  const env = { ...childEnv(), DATELINE_CONTENT_DIR: contentDir, DATELINE_OUT_DIR: siteDir, DATELINE_CACHE_DIR: path.join(root, 'cache'), DATELINE_SEARCH_SHARD_PAGES: '20' };
  const options = { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 };
  await run('npm', ['run', '--silent', 'build'], options);
  before = await hashFiles(bundleDir);

  await addArticle(contentDir);
  // The shipped command: Astro keeps the site folder and the publish step spares the index, which
  // the index step then brings up to date.
  indexLog = (await run('npm', ['run', '--silent', 'build'], options)).stdout;
  after = await hashFiles(bundleDir);
  return { outDir: siteDir };
}

beforeAll(async () => {
  site = await openBuiltSite({ build: buildTwice });
}, 900_000);

afterAll(() => site?.close());

async function search(query: string): Promise<string[]> {
  const page: Page = await site.browser.newPage();
  try {
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
    return await page.locator('.search-result-title a').allTextContents();
  } finally {
    await page.close();
  }
}

describe('an incremental re-index of the search index', () => {
  it('re-indexes only the newest shard, and the others keep their files byte for byte', async () => {
    const { shards } = JSON.parse(await readFile(path.join(site.outDir, 'pagefind', SHARD_LIST_FILE), 'utf8')) as ShardList;
    expect(shards.length).toBeGreaterThanOrEqual(3);
    expect(indexLog).toContain(`[search] re-indexed 1 of ${shards.length + 1} shard(s)`);
    const newest = shards.at(-1)!;
    // The shard list and the facets' counts (src/search/archive-facet-counts.ts) are the whole archive's, written by every run.
    const older = Object.keys(after).filter((file) => !file.startsWith(newest) && file !== SHARD_LIST_FILE && !file.startsWith(`${ARCHIVE_FACET_COUNTS_FOLDER}/`));
    expect(older.length).toBeGreaterThan(0);
    for (const file of older) expect(after[file], file).toBe(before[file]);
    expect(Object.keys(after).filter((file) => file.startsWith(newest) && after[file] !== before[file]).length).toBeGreaterThan(0);
  });

  it('finds the new article in the re-indexed shard and an old one in a kept shard', async () => {
    expect(await search('zyxcrane')).toEqual([ADDED.title]);
    // Report 1 (1 January 2017) is in shard 0, which was kept.
    expect(await search('1th')).toEqual(['Report 1: Tbilisi and Moscow trade words over talks']);
  });
});
