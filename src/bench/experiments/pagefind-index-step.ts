/**
 * Measures the build's index step alone (`tsx src/search/build-index.ts`, exactly as `npm run
 * build` runs it after Astro) on a site that is already built, e.g. one kept by
 * `npm run bench -- --keep` or written by pagefind-synthetic-site.ts: peak RSS of the process
 * tree, wall and CPU time, and what the index costs a reader per shard.
 *
 *   tsx src/bench/experiments/pagefind-index-step.ts --site <dist> --content <content dir> [--shard-pages N]
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLE_FOLDER } from '../../search/index-site.ts';
import { SHARD_LIST_FILE, type ShardList } from '../../search/shards.ts';
import { bytes, seconds } from '../report.ts';
import { timedCommand } from '../timed-command.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    content: { type: 'string' },
    'shard-pages': { type: 'string' },
  },
});
if (!values.site || !values.content) throw new Error('--site <built site> and --content <its content folder> are required');
const siteDir = path.resolve(values.site);

const run = await timedCommand({
  command: path.resolve('node_modules/.bin/tsx'),
  args: ['src/search/build-index.ts'],
  cwd: process.cwd(),
  env: {
    ...process.env,
    DATELINE_OUT_DIR: siteDir,
    DATELINE_CONTENT_DIR: path.resolve(values.content),
    ...(values['shard-pages'] ? { DATELINE_SEARCH_SHARD_PAGES: values['shard-pages'] } : {}),
  },
});
for (const line of run.lines) console.log(`  ${line.text}`);
console.log(`exit ${run.exitCode}: tree peak ${bytes(run.peakRssBytes)}, wall ${seconds(run.wallMs)}, CPU ${seconds(run.cpuMs)}`);

/** Sizes (bytes as served, i.e. gzip) of one shard's files by kind. */
async function shardSizes(dir: string) {
  const sizes = { meta: 0, chunks: 0, chunkBytes: 0, filters: 0, filterBytes: 0, fragments: 0, fragmentBytes: 0 };
  for (const file of await readdir(dir, { recursive: true })) {
    const size = () => stat(path.join(dir, file)).then((info) => info.size);
    if (file.endsWith('.pf_meta')) sizes.meta += await size();
    else if (file.endsWith('.pf_index') && !file.includes('shard-')) {
      sizes.chunks += 1;
      sizes.chunkBytes += await size();
    } else if (file.endsWith('.pf_filter') && !file.includes('shard-')) {
      sizes.filters += 1;
      sizes.filterBytes += await size();
    } else if (file.endsWith('.pf_fragment') && !file.includes('shard-')) {
      sizes.fragments += 1;
      sizes.fragmentBytes += await size();
    }
  }
  return sizes;
}

if (run.exitCode === 0) {
  const bundleDir = path.join(siteDir, BUNDLE_FOLDER);
  const { shards } = JSON.parse(await readFile(path.join(bundleDir, SHARD_LIST_FILE), 'utf8')) as ShardList;
  for (const [number, folder] of ['', ...shards].entries()) {
    const dir = path.join(bundleDir, folder);
    const files = (await readdir(dir)).filter((file) => file.endsWith('.pf_meta'));
    const meta = await stat(path.join(dir, files[0]!)).then((info) => info.size);
    const sizes = await shardSizes(dir);
    console.log(
      `shard ${number}: pf_meta ${bytes(meta)}, ${sizes.chunks} index chunks of ${bytes(sizes.chunkBytes / Math.max(1, sizes.chunks))}, ` +
        `${sizes.filters} filter files ${bytes(sizes.filterBytes)} in all, ${sizes.fragments} fragments of ${bytes(sizes.fragmentBytes / Math.max(1, sizes.fragments))}`,
    );
  }
}
