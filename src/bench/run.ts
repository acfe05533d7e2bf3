/**
 * `npm run bench -- --import N [--no-gazetteer] [--one-day] [--seed S] [--keep]` measures importing N
 * clippings instead (src/bench/import-bench.ts), written to bench/results/<date>-import-<N>.json;
 * `--one-day` dates them all on one day, so that they go to one day's folder.
 *
 * `npm run bench -- --articles N [--compare] [--seed S] [--no-browser] [--keep]`
 * Generates an N-article corpus in a temporary folder, builds it with the real `npm run build`,
 * measures the build, the output and search in Chromium, optionally builds the same corpus with
 * the minimal baseline site, prints one table and writes bench/results/<date>-<N>.json.
 * `--entities [--entities-mb N]` instead times entity matching alone (src/bench/entities.ts).
 *
 * `npm run bench -- --articles N --update K [--seed S] [--keep]` measures incremental builds
 * instead (src/bench/update-bench.ts): N in full, then K added across the years, then K of
 * today's date, written to bench/results/<date>-update-<N>.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../harness/browser.ts';
import { projectRoot } from '../harness/project.ts';
import { serveBuilt } from '../harness/serve.ts';
import { BASELINE_TEMPLATE, buildDateline, buildTemplate, type BuildFolders } from './builds.ts';
import { buildWorld, DEFAULT_SEED } from './corpus.ts';
import { importBench, importTable, writeImportResult } from './import-bench.ts';
import { benchEntities } from './entities.ts';
import { memoryTable } from './memory-peaks.ts';
import { phasesOf, renderByRoute } from './phases.ts';
import { checkTargets, routeTable, searchKindTable, facetTable, seconds, table, targetTable, type BenchResult, type BuildMeasure } from './report.ts';
import { probeArticle, probeExport, probeSearch, researchQueries } from './search-probe.ts';
import { probeFacets } from './facet-probe.ts';
import { siteStats } from './site-stats.ts';
import type { TimedRun } from './timed-command.ts';
import { runWarcBench } from './warc-import.ts';
import { updateBench, updateTable } from './update-bench.ts';
import { writeCorpus } from './write-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    import: { type: 'string' },
    'no-gazetteer': { type: 'boolean', default: false },
    'one-day': { type: 'boolean', default: false },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    compare: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    warc: { type: 'string' },
    wacz: { type: 'boolean', default: false },
    entities: { type: 'boolean', default: false },
    'entities-mb': { type: 'string', default: '5' },
    update: { type: 'string' },
  },
});
const articles = Number(values.import ?? values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles and --import take a positive integer, got ${values.import ?? values.articles}`);

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function measure(run: TimedRun, outDir: string): Promise<BuildMeasure> {
  const measured: BuildMeasure = {
    exitCode: run.exitCode,
    wallMs: Math.round(run.wallMs),
    cpuMs: run.cpuMs,
    phases: phasesOf(run.lines, run.wallMs),
    renderByRoute: renderByRoute(run.lines),
    articlesPerSecond: run.exitCode === 0 ? articles / (run.wallMs / 1000) : null,
    peakRssBytes: run.peakRssBytes,
    memory: run.memory,
  };
  if (run.exitCode !== 0) return { ...measured, failureTail: run.lines.slice(-40).map((line) => line.text) };
  const { articlePages, ...stats } = await siteStats(outDir);
  if (articlePages.length !== articles) log(`warning: ${articlePages.length} article pages built for ${articles} articles`);
  return { ...measured, stats };
}

/** bench/results/<date>-<N>.json, or -2, -3, ... after it: a second run the same day keeps the first. */
async function freshResultFile(day: string, kind = ''): Promise<string> {
  const folder = path.join(projectRoot, 'bench', 'results');
  await mkdir(folder, { recursive: true });
  for (let run = 1; ; run += 1) {
    const file = path.join(folder, `${day}-${kind}${articles}${run === 1 ? '' : `-${run}`}.json`);
    if (!existsSync(file)) return file;
  }
}

function commit(): string {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  return dirty ? `${head}+uncommitted` : head;
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), `dateline-bench-${articles}-`));
  const folders = (name: string): BuildFolders => ({
    contentDir: path.join(work, 'content'),
    outDir: path.join(work, `${name}-out`),
    cacheDir: path.join(work, `${name}-cache`),
  });
  try {
    log(`generating ${articles} articles (seed ${seed}) in ${work}`);
    const generateStart = performance.now();
    const written = writeCorpus(path.join(work, 'content'), { articles, seed });
    const generate = { ms: Math.round(performance.now() - generateStart), ...written };
    log(`generated ${written.files} files in ${seconds(generate.ms)}; building Dateline`);

    const dateline = await measure(await buildDateline(folders('dateline')), folders('dateline').outDir);
    log(`Dateline build exit ${dateline.exitCode} in ${seconds(dateline.wallMs)}`);
    if (dateline.failureTail) log(`build log tail:\n${dateline.failureTail.join('\n')}`);

    let search: BenchResult['search'];
    let article: BenchResult['article'];
    let exportProbe: BenchResult['exportProbe'];
    let facets: BenchResult['facets'];
    let probeError: string | undefined;
    if (dateline.exitCode === 0 && !values['no-browser']) {
      log('probing search in Chromium');
      const site = await serveBuilt(folders('dateline').outDir);
      const browser = await launchChromium();
      try {
        const world = buildWorld(seed);
        search = await probeSearch(browser, site.url, [...world.queries, ...researchQueries(world)]);
        // The benchmark's own queries, most frequent words first: one of them has 1,000 results at 10,000 articles.
        exportProbe = await probeExport(browser, site.url, world.queries.slice(0, 8));
        // The most frequent of the benchmark's words: 50 results or more at any size of a few hundred articles.
        facets = await probeFacets(browser, site.url, world.queries[0]!);
        const firstArticle = (await siteStats(folders('dateline').outDir)).articlePages[0];
        if (firstArticle) article = await probeArticle(browser, new URL(firstArticle.replace(/index\.html$/, ''), site.url).href);
      } catch (error) {
        // A broken search page is a finding to record, not a reason to lose the build figures.
        probeError = String(error);
        log(`search probe failed: ${probeError}`);
      } finally {
        await browser.close();
        await site.stop();
      }
    }

    let baseline: BuildMeasure | undefined;
    if (values.compare) {
      // The Dateline output is measured; free the disk before the second build of the corpus.
      await rm(folders('dateline').outDir, { recursive: true, force: true });
      log('building the baseline');
      baseline = await measure(await buildTemplate(BASELINE_TEMPLATE, path.join(work, 'baseline-site'), folders('baseline')), folders('baseline').outDir);
      log(`baseline build exit ${baseline.exitCode} in ${seconds(baseline.wallMs)}`);
      if (baseline.failureTail) log(`baseline log tail:\n${baseline.failureTail.join('\n')}`);
    }

    const measured = {
      date: new Date().toISOString(),
      articles,
      seed,
      commit: commit(),
      machine: { cpus: os.cpus().length, memoryBytes: os.totalmem(), node: process.version, load: os.loadavg() },
      generate,
      dateline,
      ...(search ? { search } : {}),
      ...(exportProbe !== undefined ? { exportProbe } : {}),
      ...(article ? { article } : {}),
      ...(facets ? { facets } : {}),
      ...(probeError ? { probeError } : {}),
      ...(baseline ? { baseline } : {}),
    };
    const result: BenchResult = { ...measured, targets: checkTargets(measured) };
    const file = await freshResultFile(result.date.slice(0, 10));
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    const searchBytes = search ? `Search transfer by kind of file:\n\n${searchKindTable(search)}\n\n` : '';
    const facetBytes = facets ? `Search facets opened one by one:\n\n${facetTable(facets)}\n\n` : '';
    process.stdout.write(
      `\n${table(result)}\n\nDateline peak RSS by phase and process:\n\n${memoryTable(dateline.memory)}\n\n` +
        `Dateline page render by kind of page:\n\n${routeTable(dateline)}\n\n${searchBytes}${facetBytes}` +
        `${targetTable(result.targets)}\n\nResults: ${path.relative(projectRoot, file)}\n`,
    );
    process.exitCode = dateline.exitCode === 0 ? 0 : 1;
  } finally {
    if (values.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

async function mainImport(): Promise<void> {
  const result = await importBench({
    clippings: articles,
    seed,
    gazetteer: !values['no-gazetteer'],
    oneDay: values['one-day'],
    keep: values.keep,
    commit: commit(),
    log,
  });
  const file = await freshResultFile(result.date.slice(0, 10), 'import-');
  await writeImportResult(result, file);
  if (result.import.failures.length > 0) log(`first refusals:\n${result.import.failures.join('\n')}`);
  process.stdout.write(`\n${importTable(result)}\n\nResults: ${path.relative(projectRoot, file)}\n`);
  process.exitCode = result.import.exitCode === 0 ? 0 : 1;
}

async function mainUpdate(update: number): Promise<void> {
  if (!Number.isInteger(update) || update < 1) throw new Error(`--update takes a positive integer, got ${values.update}`);
  const result = await updateBench({ articles, update, seed, keep: values.keep, commit: commit(), log });
  const file = await freshResultFile(result.date.slice(0, 10), 'update-');
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  for (const build of [result.full, result.spread, result.today]) if (build.failureTail) log(`build log tail:\n${build.failureTail.join('\n')}`);
  process.stdout.write(`\n${updateTable(result)}\n\nResults: ${path.relative(projectRoot, file)}\n`);
  process.exitCode = [result.full, result.spread, result.today].every((build) => build.exitCode === 0) ? 0 : 1;
}

// `--update K` measures incremental builds (src/bench/update-bench.ts), `--warc N` importing a
// web archive of N pages (src/bench/warc-import.ts; with `--wacz`, inside a WACZ), `--import N` importing N clippings
// (src/bench/import-bench.ts), `--entities` matching a large body against the gazetteer
// (src/bench/entities.ts); otherwise a build of N articles.
if (values.entities) benchEntities(Number(values['entities-mb']));
else if (values.update !== undefined) await mainUpdate(Number(values.update));
else if (values.warc !== undefined) await runWarcBench(Number(values.warc), values.keep, values.wacz);
else await (values.import === undefined ? main() : mainImport());
