import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { assertContentUnchanged, ContentChangedError, isArticleFile, loadFingerprint } from '../lib/content-files.ts';
import { fingerprintFile } from '../site/content-consistency.ts';
import { siteDir as builtSite } from '../lib/site-dir.ts';
import { indexSite, SearchIndexError } from './index-site.ts';

/**
 * The search index step of `npm run build` (`astro build && tsx src/search/build-index.ts`).
 * It runs as its own process after Astro has exited, so Pagefind's memory peak no longer adds to
 * Astro's (6.5 GiB for the two together at 10k articles, BENCHMARKS.md). Any Pagefind error, or
 * an index that does not hold exactly the collection's articles, fails the build.
 */

/** The archive's articles are English; Pagefind is told so rather than guessing from `<html lang>`. */
const ARCHIVE_LANGUAGE = 'en';


/**
 * DATELINE_SEARCH_SHARD_PAGES overrides how many articles one Pagefind run indexes (default
 * PAGES_PER_SHARD, sized for the 3 GiB a 10,000-article build may use): a machine with memory to
 * spare can index a large archive in fewer shards, which readers pay for in fewer index chunks
 * per search; the tests use it to make a small archive several shards.
 */
function pagesPerShard(): number | undefined {
  const value = process.env.DATELINE_SEARCH_SHARD_PAGES;
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new SearchIndexError(`DATELINE_SEARCH_SHARD_PAGES must be a positive whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Article files in the content collection's folder, as its loader counts them. */
async function countArticles(articlesDir: string): Promise<number> {
  try {
    const files = await readdir(articlesDir, { recursive: true });
    return files.filter(isArticleFile).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** The site Astro just built. */
const siteDir = builtSite();

/** What content/ held when `astro build` started, if this index step follows one (src/site/content-consistency.ts). */
const startState = loadFingerprint(fingerprintFile());

let failure: unknown;
try {
  // The benchmark times the index phase from this line (src/bench/phases.ts).
  console.log(`[search] indexing the built site in ${path.relative(process.cwd(), siteDir) || '.'}`);
  const started = performance.now();
  const expectedArticles = await countArticles(path.join(contentDir(), 'articles'));
  const { indexedPages, bundleDir, shards } = await indexSite({ siteDir, language: ARCHIVE_LANGUAGE, expectedArticles, pagesPerShard: pagesPerShard() });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search] indexed ${indexedPages} article(s) into ${path.relative(process.cwd(), bundleDir)} in ${seconds}s (${shards} shard(s))`);
} catch (error) {
  failure = error;
}
try {
  // Checked even when indexing failed: a change under the build explains an index that does not match.
  if (startState) assertContentUnchanged(contentDir(), startState);
} catch (error) {
  failure = error;
}
if (failure instanceof ContentChangedError) {
  console.error(`[build] the build failed: ${failure.message}`);
  process.exitCode = 1;
} else if (failure) {
  // A SearchIndexError's message is the whole story; anything else keeps its stack for debugging.
  console.error(`[search] the search index failed, so the build failed:\n${failure instanceof SearchIndexError ? failure.message : ((failure as Error).stack ?? String(failure))}`);
  process.exitCode = 1;
}
