import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { originalFileName } from '../lib/content-files.ts';
import { articlePath } from '../lib/urls.ts';
import { buildDateline, type BuildFolders } from './builds.ts';
import { articleMarkdown, buildWorld, syntheticArticles, type SyntheticArticle } from './corpus.ts';
import { memoryTable, type MemoryPeaks } from './memory-peaks.ts';
import { phasesOf, type Phases } from './phases.ts';
import { seconds } from './report.ts';
import type { TimedRun } from './timed-command.ts';
import { writeCorpus } from './write-corpus.ts';

/**
 * `npm run bench -- --articles N --update K`: issue 16's measure of incremental builds. Builds an
 * N-article corpus in full (no cache), then adds K articles spread over the archive's years and
 * builds again, then K more of today's date and builds again: each update against the full build
 * of the same run (ratios within one run; the machine is shared). The new articles are the
 * corpus generator's articles N+1.. (src/bench/corpus.ts), written as the importer would write
 * them; the import itself is `--import`'s to measure.
 */

/** Issue 16's floor: one article into a 10,000-article archive rebuilds in at most 20 % of the full build's wall time. */
const FLOOR_SHARE = 0.2;

export interface BuildFigures {
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  /** Peak RSS by phase and by process (memory-peaks.ts). */
  memory: MemoryPeaks;
  /** Where the wall time went: content sync, page render, search index, the rest (Vite, start-up). */
  phases: Phases;
  /** Pages Astro rendered and pages it kept from the last build (its log: `(cached)`, `(restored)`). */
  pagesRendered: number;
  pagesKept: number;
  /** The search index step's `[search] re-indexed R of S shard(s)`; null when it printed none. */
  shards: { reindexed: number; total: number } | null;
  /** Share of the full build's wall time. */
  ofFull?: number;
  failureTail?: string[];
}

export interface UpdateBenchResult {
  date: string;
  articles: number;
  update: number;
  seed: number;
  commit: string;
  machine: { cpus: number; memoryBytes: number; node: string; loadBefore: number[]; loadAfter: number[] };
  full: BuildFigures;
  spread: BuildFigures;
  today: BuildFigures;
  floor: { limitShare: number; share: number; met: boolean; note: string };
}

function figures(run: TimedRun): BuildFigures {
  // Astro's raw log runs pages in flight together on one line: count the marks, not the lines.
  const log = run.lines.map((line) => line.text).join('\n');
  const pages = log.match(/├─/g)?.length ?? 0;
  const kept = log.match(/\((cached|restored)\)/g)?.length ?? 0;
  const shards = /\[search\] re-indexed (\d+) of (\d+) shard/.exec(log);
  return {
    exitCode: run.exitCode,
    wallMs: Math.round(run.wallMs),
    cpuMs: Math.round(run.cpuMs),
    peakRssBytes: run.peakRssBytes,
    memory: run.memory,
    phases: phasesOf(run.lines, run.wallMs),
    pagesRendered: pages - kept,
    pagesKept: kept,
    shards: shards ? { reindexed: Number(shards[1]), total: Number(shards[2]) } : null,
    ...(run.exitCode === 0 ? {} : { failureTail: run.lines.slice(-40).map((line) => line.text) }),
  };
}

/** The article as if published today, at the same local time and offset. */
function today(item: SyntheticArticle): SyntheticArticle {
  const day = new Date().toISOString().slice(0, 10);
  const published = `${day}${item.data.published.slice(10)}`;
  const file = originalFileName(articlePath({ published, slug: item.data.slug }).slice(0, -1));
  return { ...item, data: { ...item.data, published, printedDate: day, original: { ...item.data.original, file } } };
}

function addArticles(contentDir: string, items: SyntheticArticle[]): void {
  for (const item of items) {
    const article = path.join(contentDir, 'articles', `${articlePath(item.data).slice(0, -1)}.md`);
    const original = path.join(contentDir, 'originals', item.data.original.file);
    for (const [file, text] of [[article, articleMarkdown(item)], [original, item.clipping]] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
}

export async function updateBench(options: { articles: number; update: number; seed: number; keep: boolean; commit: string; log: (message: string) => void }): Promise<UpdateBenchResult> {
  const { articles, update, seed, log } = options;
  const work = await mkdtemp(path.join(os.tmpdir(), `dateline-bench-update-${articles}-`));
  const folders: BuildFolders = { contentDir: path.join(work, 'content'), outDir: path.join(work, 'out'), cacheDir: path.join(work, 'cache') };
  const loadBefore = os.loadavg();
  try {
    log(`generating ${articles} articles (seed ${seed}) in ${work}`);
    writeCorpus(folders.contentDir, { articles, seed });
    const added = [...syntheticArticles(buildWorld(seed), { articles: articles + 2 * update, seed })].slice(articles);

    log('full build (no cache)');
    const full = figures(await buildDateline(folders));
    log(`full build exit ${full.exitCode} in ${seconds(full.wallMs)}`);

    addArticles(folders.contentDir, added.slice(0, update));
    log(`added ${update} article(s) across the years; incremental build`);
    const spread = figures(await buildDateline(folders));
    log(`update exit ${spread.exitCode} in ${seconds(spread.wallMs)}: ${spread.pagesRendered} page(s) rendered, ${spread.pagesKept} kept`);

    addArticles(folders.contentDir, added.slice(update).map(today));
    log(`added ${update} article(s) of today's date; incremental build`);
    const todays = figures(await buildDateline(folders));
    log(`update exit ${todays.exitCode} in ${seconds(todays.wallMs)}: ${todays.pagesRendered} page(s) rendered, ${todays.pagesKept} kept`);

    for (const build of [spread, todays]) build.ofFull = build.wallMs / full.wallMs;
    const share = spread.ofFull ?? 1;
    return {
      date: new Date().toISOString(),
      articles,
      update,
      seed,
      commit: options.commit,
      machine: { cpus: os.cpus().length, memoryBytes: os.totalmem(), node: process.version, loadBefore, loadAfter: os.loadavg() },
      full,
      spread,
      today: todays,
      floor: {
        limitShare: FLOOR_SHARE,
        share,
        met: full.exitCode === 0 && spread.exitCode === 0 && share <= FLOOR_SHARE,
        note: `issue 16 sets it for 1 article into 10,000; this run: ${update} into ${articles}`,
      },
    };
  } finally {
    if (options.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export function updateTable(result: UpdateBenchResult): string {
  const phase = (ms: number | null) => (ms === null ? '-' : seconds(ms));
  const row = (name: string, build: BuildFigures) =>
    `| ${name} | ${seconds(build.wallMs)} | ${build.ofFull === undefined ? '' : `${(build.ofFull * 100).toFixed(1)} %`} | ${seconds(build.cpuMs)} | ${mib(build.peakRssBytes)} | ` +
    `${phase(build.phases.pageRenderMs)} / ${phase(build.phases.indexMs)} / ${phase(build.phases.otherMs)} | ` +
    `${build.pagesRendered} | ${build.pagesKept} | ${build.shards ? `${build.shards.reindexed} of ${build.shards.total}` : 'n/a'} |`;
  return [
    `${result.articles} articles, +${result.update} (load ${result.machine.loadBefore.map((load) => load.toFixed(1)).join(' ')} before, ${result.machine.loadAfter.map((load) => load.toFixed(1)).join(' ')} after)`,
    '',
    '| build | wall | of full | CPU | peak RSS | render / index / rest | pages rendered | pages kept | shards re-indexed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row('full (no cache)', result.full),
    row(`+${result.update} across the years`, result.spread),
    row(`+${result.update} of today`, result.today),
    '',
    ...[result.full, result.spread, result.today].flatMap((build, index) => ['', `Peak RSS by phase and process, ${['full', 'across the years', 'of today'][index]}:`, '', memoryTable(build.memory)]),
    '',
    `Floor (<= ${result.floor.limitShare * 100} % of the full build's wall): ${result.floor.met ? 'met' : 'NOT met'} at ${(result.floor.share * 100).toFixed(1)} % (${result.floor.note})`,
  ].join('\n');
}
