import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditArchive, importCli, writeSameSlugClippings, type CliRun } from './archive.ts';

/**
 * Issue 19 item 1: two `npm run import` processes, 150 + 150 different clippings whose titles all
 * give the same slug on the same day, into one archive. Both must import every clipping; every
 * article must keep its own original. Before the lock, runs lost 5 to 26 articles.
 */
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 3);
const PER_PROCESS = 150;
const root = mkdtempSync(path.join(tmpdir(), 'reliability-concurrent-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Trial {
  runs: [CliRun, CliRun];
  contentDir: string;
  inputs: string[];
}

/**
 * Both processes start behind a lock this test holds, so both have started up before either writes:
 * each first reports an empty file (which needs no lock), and the lock goes once both have.
 */
async function trial(index: number): Promise<Trial> {
  const dir = path.join(root, `run-${index}`);
  const contentDir = path.join(dir, 'content');
  mkdirSync(contentDir, { recursive: true });
  const lock = path.join(contentDir, '.import.lock');
  writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'test', since: new Date().toISOString() }));
  const inputs = [0, 1].map((process) => path.join(dir, `in-${process}`));
  const files = inputs.flatMap((input, process) => writeSameSlugClippings(input, process * PER_PROCESS, PER_PROCESS, `${index}-${process}`));
  let started = 0;
  const runs = inputs.map((input) => {
    const empty = path.join(dir, `${path.basename(input)}-empty.txt`);
    writeFileSync(empty, '');
    return importCli(['--out', path.join(contentDir, 'articles'), '--json', empty, input], {
      timeoutMs: 240_000,
      onLine: (line) => {
        if (line.includes('"status":"failed"') && (started += 1) === 2) rmSync(lock);
      },
    });
  }) as [Promise<CliRun>, Promise<CliRun>];
  return { runs: await Promise.all(runs), contentDir, inputs: files };
}

describe('two importers into one archive', () => {
  it(`lose nothing in ${RUNS} runs of ${PER_PROCESS} + ${PER_PROCESS} same-slug clippings`, { timeout: RUNS * 250_000 }, async () => {
    const trials: Trial[] = [];
    for (let index = 0; index < RUNS; index += 1) trials.push(await trial(index));
    const figures = trials.map(({ runs, contentDir, inputs }) => {
      const audit = auditArchive(contentDir);
      const results = runs.map((run) => run.lines.map((line) => JSON.parse(line) as { status: string; target?: string }));
      const imported = results.map((lines) => lines.filter((line) => line.status === 'imported').length);
      const inputHashes = inputs.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex')).sort();
      // Both really ran at once: their slugs interleave (-2 to -40 to one, -41 to -90 to the other, ...).
      const owner = new Map(results.flatMap((lines, process) => lines.filter((line) => line.target).map((line) => [line.target!, process])));
      const order = [...owner.keys()].sort((a, b) => suffix(a) - suffix(b)).map((target) => owner.get(target));
      const switches = order.filter((process, i) => i > 0 && process !== order[i - 1]).length;
      return {
        codes: runs.map((run) => run.code),
        crashes: runs.filter((run) => run.signal !== null || run.stderr.includes('internal error')).length,
        imported,
        articles: audit.articles,
        originals: audit.originals,
        lost: 2 * PER_PROCESS - audit.articles,
        problems: audit.problems,
        originalsMatchInputs: JSON.stringify(audit.originalHashes.sort()) === JSON.stringify(inputHashes),
        switches,
      };
    });
    console.log(`concurrent imports: ${JSON.stringify(figures.map(({ problems, ...figure }) => ({ ...figure, problems: problems.length })))}`);
    for (const figure of figures) {
      // Exit 1 only for the empty file each process was given first.
      expect(figure).toMatchObject({ codes: [1, 1], crashes: 0, imported: [PER_PROCESS, PER_PROCESS], articles: 2 * PER_PROCESS, originals: 2 * PER_PROCESS, lost: 0, problems: [], originalsMatchInputs: true });
      // How often their batches took turns (logged above, 3-5 on a quiet machine) is the scheduler's
      // to decide: on a loaded one a process may write all its batches in a row. That both ran at
      // once is the gate's doing (the lock both wait behind), so it is not asserted here.
    }
  });
});

function suffix(target: string): number {
  const match = /-(\d+)\.md$/.exec(target);
  return match ? Number(match[1]) : 1;
}
