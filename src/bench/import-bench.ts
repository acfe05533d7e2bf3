import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../harness/project.ts';
import { writeClippings } from './clippings.ts';
import { seconds } from './report.ts';
import { timedCommand } from './timed-command.ts';

/**
 * `npm run bench -- --import N`: N synthetic clippings in a temporary folder, imported with the real
 * `npm run import` into a temporary content folder, timed with the CPU time and peak RSS of its
 * whole process tree. Issue 13's floor: 10,000 clippings in at most two minutes on two cores.
 */

const FLOOR_MS_PER_10K = 120_000;

export interface ImportBenchResult {
  date: string;
  clippings: number;
  seed: number;
  /** False with --no-gazetteer: the import without entity matching. */
  gazetteer: boolean;
  /** True with --one-day: every clipping printed on one day, so all go to one day's folder. */
  oneDay: boolean;
  commit: string;
  machine: { cpus: number; memoryBytes: number; node: string; loadBefore: number[]; loadAfter: number[] };
  generate: { ms: number; files: number; bytes: number };
  import: {
    exitCode: number;
    wallMs: number;
    cpuMs: number;
    peakRssBytes: number;
    clippingsPerSecond: number;
    /** The importer's own summary line: how many imported and failed. */
    summary: string;
    /** The first refusals, when any clipping was refused: a benchmark of refusals measures nothing. */
    failures: string[];
  };
  floor: { limitMs: number; met: boolean };
}

export async function importBench(options: {
  clippings: number;
  seed: number;
  gazetteer: boolean;
  oneDay: boolean;
  keep: boolean;
  commit: string;
  log: (message: string) => void;
}): Promise<ImportBenchResult> {
  const { clippings, seed, log } = options;
  const work = await mkdtemp(path.join(os.tmpdir(), `dateline-import-bench-${clippings}-`));
  try {
    log(`generating ${clippings} clippings (seed ${seed}) in ${work}`);
    const started = performance.now();
    const written = writeClippings(work, { clippings, seed, gazetteer: options.gazetteer, oneDay: options.oneDay });
    const generate = { ms: Math.round(performance.now() - started), files: written.files, bytes: written.bytes };
    log(`generated ${written.files} clippings in ${seconds(generate.ms)}; importing`);

    const loadBefore = os.loadavg();
    const run = await timedCommand({
      command: 'npm',
      args: ['run', '--silent', 'import', '--', '--out', path.join(written.contentDir, 'articles'), written.inputDir],
      cwd: projectRoot,
      env: { ...process.env, DATELINE_CONTENT_DIR: written.contentDir },
    });
    const loadAfter = os.loadavg();
    const summary = run.lines.map((line) => line.text).find((text) => /^\d+ imported, /.test(text)) ?? '(no summary: the importer stopped)';
    const failures = run.lines.map((line) => line.text).filter((text) => text.startsWith('failed')).slice(0, 5);
    const limitMs = (FLOOR_MS_PER_10K * clippings) / 10_000;
    return {
      date: new Date().toISOString(),
      clippings,
      seed,
      gazetteer: options.gazetteer,
      oneDay: options.oneDay,
      commit: options.commit,
      machine: { cpus: os.cpus().length, memoryBytes: os.totalmem(), node: process.version, loadBefore, loadAfter },
      generate,
      import: {
        exitCode: run.exitCode,
        wallMs: Math.round(run.wallMs),
        cpuMs: Math.round(run.cpuMs),
        peakRssBytes: run.peakRssBytes,
        clippingsPerSecond: clippings / (run.wallMs / 1000),
        summary,
        failures,
      },
      floor: { limitMs, met: run.exitCode === 0 && run.wallMs <= limitMs },
    };
  } finally {
    if (options.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');

export function importTable(result: ImportBenchResult): string {
  const { import: run } = result;
  const rows = [
    ['clippings', `${result.clippings}${result.gazetteer ? '' : ' (no gazetteer)'}${result.oneDay ? ' (all on one day)' : ''}`],
    ['importer', run.summary],
    ['wall time', seconds(run.wallMs)],
    ['clippings per second', run.clippingsPerSecond.toFixed(0)],
    ['CPU (user + system)', seconds(run.cpuMs)],
    ['peak RSS', mib(run.peakRssBytes)],
    ['load before / after', `${load(result.machine.loadBefore)} / ${load(result.machine.loadAfter)}`],
    [`floor: at most ${seconds(result.floor.limitMs)}`, result.floor.met ? 'met' : '**missed**'],
  ];
  return [['measure', 'import'], ['---', '---'], ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export async function writeImportResult(result: ImportBenchResult, file: string): Promise<void> {
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
}
