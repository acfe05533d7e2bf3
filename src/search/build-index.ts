import path from 'node:path';
import { contentDir, siteDir as builtSite } from '../lib/project-folders.ts';
import { assertContentUnchanged, ContentChangedError, loadFingerprint } from '../lib/content-files.ts';
import { fingerprintFile } from '../publish/content-consistency.ts';
import { readManifest } from '../publish/build-manifest.ts';
import { forgetIndexRecord, readIndexRecord, writeIndexRecord } from './index-record.ts';
import { indexSite, SearchIndexError } from './index-site.ts';

/**
 * The search index step of `npm run build` (`astro build && tsx src/search/build-index.ts`).
 * It runs as its own process after Astro has exited, so Pagefind's memory peak no longer adds to
 * Astro's (6.5 GiB for the two together at 10k articles, BENCHMARKS.md). Any Pagefind error, or
 * an index that does not hold exactly the articles the build published (its manifest,
 * src/publish/build-manifest.ts), fails the build.
 *
 * It re-indexes only the shards whose pages changed since the last run on this site (its record,
 * src/search/index-record.ts); `--full` indexes every shard afresh.
 */

/** The archive's articles are English; Pagefind is told so rather than guessing from `<html lang>`. */
const ARCHIVE_LANGUAGE = 'en';

/** The site Astro just built. */
const siteDir = builtSite();

/** What content/ held when `astro build` started, if this index step follows one (src/site/content-consistency.ts). */
const startState = loadFingerprint(fingerprintFile());

let failure: unknown;
try {
  // The benchmark times the index phase from this line (src/bench/phases.ts).
  console.log(`[search] indexing the built site in ${path.relative(process.cwd(), siteDir) || '.'}`);
  const started = performance.now();
  const manifest = await readManifest();
  const previous = process.argv.includes('--full') ? undefined : await readIndexRecord();
  await forgetIndexRecord();
  const { indexedPages, bundleDir, shards, reindexed, patched, record } = await indexSite({ siteDir, language: ARCHIVE_LANGUAGE, manifest, previous, warn: (message) => console.warn(`[search] warning: ${message}`) });
  await writeIndexRecord(record);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // The benchmark reads the first line (src/bench).
  console.log(`[search] re-indexed ${reindexed} of ${shards} shard(s), ${patched} of them patched`);
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
