/**
 * Experiment behind BENCHMARKS.md's index design: does splitting the Pagefind index into shards
 * bound its memory? Indexes the synthetic corpus straight into Pagefind (no Astro), either whole
 * or in K shards one after another, and reports the peak RSS of the process tree for each.
 *
 *   tsx src/bench/experiments/pagefind-shards.ts --articles 10000 --shards 1,4
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import * as pagefind from 'pagefind';
import { corpusFiles } from '../corpus.ts';
import { bytes, seconds } from '../report.ts';
import { timedCommand } from '../timed-command.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    shards: { type: 'string', default: '1,4' },
    /** Internal: index shard-by-shard into this folder (the measured child process). */
    child: { type: 'string' },
  },
});
const articles = Number(values.articles);

/** The articles as Pagefind records, shard by shard (consecutive runs of the corpus). */
function* records(shards: number) {
  const perShard = Math.ceil(articles / shards);
  let shard: { url: string; content: string; title: string }[] = [];
  for (const file of corpusFiles({ articles })) {
    if (!file.path.startsWith('articles/')) continue;
    const { data, content } = matter(file.content);
    shard.push({ url: `/${file.path.slice('articles/'.length, -'.md'.length)}/`, content, title: String(data.title) });
    if (shard.length === perShard) {
      yield shard;
      shard = [];
    }
  }
  if (shard.length > 0) yield shard;
}

async function indexInShards(outDir: string, shards: number): Promise<void> {
  let number = 0;
  for (const shard of records(shards)) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    for (const record of shard) {
      const added = await index.addCustomRecord({ url: record.url, content: record.content, language: 'en', meta: { title: record.title } });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    }
    await index.writeFiles({ outputPath: path.join(outDir, `shard-${number}`) });
    await index.deleteIndex();
    number += 1;
  }
  await pagefind.close();
}

/**
 * What a browser fetches per shard: the metadata file every first search loads, and the index
 * chunks a query loads one of (per shard, with mergeIndex).
 */
async function bundleSizes(outDir: string): Promise<{ metaBytes: number; chunkBytes: number; chunks: number }> {
  const sizes = { metaBytes: 0, chunkBytes: 0, chunks: 0 };
  for (const file of await readdir(outDir, { recursive: true })) {
    if (file.endsWith('.pf_meta')) sizes.metaBytes += (await stat(path.join(outDir, file))).size;
    if (file.endsWith('.pf_index')) {
      sizes.chunkBytes += (await stat(path.join(outDir, file))).size;
      sizes.chunks += 1;
    }
  }
  return sizes;
}

if (values.child) {
  await indexInShards(values.child, Number(values.shards));
} else {
  for (const shards of values.shards.split(',').map(Number)) {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-pagefind-shards-'));
    try {
      const run = await timedCommand({
        command: process.execPath,
        args: [...process.execArgv, import.meta.filename, '--articles', String(articles), '--shards', String(shards), '--child', outDir],
        cwd: process.cwd(),
        env: process.env,
      });
      if (run.exitCode !== 0) throw new Error(run.lines.map((line) => line.text).join('\n'));
      const sizes = await bundleSizes(outDir);
      console.log(
        `${articles} articles in ${shards} shard(s): peak RSS ${bytes(run.peakRssBytes)}, wall ${seconds(run.wallMs)}, ` +
          `CPU ${seconds(run.cpuMs)}; pf_meta ${bytes(sizes.metaBytes)} in all, ` +
          `${sizes.chunks} index chunks of ${bytes(sizes.chunkBytes / Math.max(1, sizes.chunks))} on average`,
      );
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }
}
