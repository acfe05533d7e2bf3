/**
 * Experiment behind BENCHMARKS.md's 100k design: can Astro's content layer hold 100k articles
 * when it stores frontmatter only (bodies rendered from their files at page render)? Builds the
 * synthetic corpus with src/bench/experiments/lean-store/ (no search index) and, with --glob,
 * the same corpus with the glob-loader baseline, and prints what each build cost.
 *
 *   tsx src/bench/experiments/lean-store.ts --articles 100000
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BASELINE_TEMPLATE, buildTemplate } from '../builds.ts';
import { phasesOf } from '../phases.ts';
import { bytes, seconds } from '../report.ts';
import { articlePages, folderSize } from '../site-stats.ts';
import { writeCorpus } from '../write-corpus.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, glob: { type: 'boolean', default: false } },
});
const articles = Number(values.articles);
const LEAN_TEMPLATE = path.join(import.meta.dirname, 'lean-store');

const work = await mkdtemp(path.join(os.tmpdir(), `dateline-lean-store-${articles}-`));
try {
  const contentDir = path.join(work, 'content');
  writeCorpus(contentDir, { articles });
  const templates = { 'frontmatter-only store': LEAN_TEMPLATE, ...(values.glob ? { 'glob loader (baseline)': BASELINE_TEMPLATE } : {}) };
  for (const [name, template] of Object.entries(templates)) {
    const folder = path.join(work, name.replace(/\W+/g, '-'));
    const folders = { contentDir, outDir: path.join(folder, 'out'), cacheDir: path.join(folder, 'cache') };
    const run = await buildTemplate(template, path.join(folder, 'site'), folders);
    const phases = phasesOf(run.lines, run.wallMs);
    const built = run.exitCode === 0 ? (await articlePages(folders.outDir)).length : 0;
    const store = await folderSize(folders.cacheDir).catch(() => ({ bytes: 0, files: 0 }));
    console.log(
      `${name}, ${articles} articles: exit ${run.exitCode}, ${built} article pages, wall ${seconds(run.wallMs)}, ` +
        `CPU ${seconds(run.cpuMs)}, peak RSS ${bytes(run.peakRssBytes)}, content sync ${seconds(phases.contentSyncMs)}, ` +
        `render ${seconds(phases.pageRenderMs)}, index ${seconds(phases.indexMs)}, cache (data store) ${bytes(store.bytes)}`,
    );
    if (run.exitCode !== 0) console.log(run.lines.slice(-15).map((line) => line.text).join('\n'));
    await rm(folder, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
