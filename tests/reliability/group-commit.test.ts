import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { recoverInterruptedChange } from '../../src/importer/archive-change.ts';
import { loadContentData } from '../../src/importer/content-data.ts';
import type { ImportResult } from '../../src/importer/import-file.ts';
import { runImport } from '../../src/importer/run-import.ts';
import { auditArchive, clipping, projectRoot, sameSlugTitle, snapshot } from './archive.ts';

/**
 * Issue 13's group commit keeps issue 19's promises: the articles of a batch are written with one
 * lock and one journal; a crash at any point of a batch's commit leaves the archive exactly as
 * before the batch or exactly as after it; an article whose files cannot be written, or a clipping
 * that is refused, fails alone; and an article is on disk when its result is reported.
 */

// Every call that changes the file system is counted; from the Nth on, every one fails, as if the
// process had died there: nothing more reaches the disk, not even the rollback.
const disk = vi.hoisted(() => ({ dieAt: -1, calls: 0, died: false, log: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const counted = <T extends (...args: never[]) => Promise<unknown>>(name: string, call: T) =>
    ((...args: Parameters<T>) => {
      disk.calls += 1;
      // The file a call creates or changes: a rename's or link's target, else its first argument.
      disk.log.push(`${name} ${path.basename(String(name === 'rename' || name === 'link' ? args[1] : args[0]))}`);
      if (disk.dieAt > 0 && disk.calls >= disk.dieAt) {
        disk.died = true;
        return Promise.reject(Object.assign(new Error(`EIO: i/o error, ${name} (the process is dead)`), { code: 'EIO' }));
      }
      return call(...args);
    }) as T;
  const changed = {
    writeFile: counted('writeFile', actual.writeFile),
    link: counted('link', actual.link),
    unlink: counted('unlink', actual.unlink),
    rename: counted('rename', actual.rename),
    mkdir: counted('mkdir', actual.mkdir),
    rmdir: counted('rmdir', actual.rmdir),
    open: counted('open', actual.open),
  };
  return { ...actual, ...changed, default: { ...actual, ...changed } };
});

const data = loadContentData(path.join(projectRoot, 'content'));
const root = mkdtempSync(path.join(tmpdir(), 'reliability-group-commit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date('2026-01-01T00:00:00Z');
/** One batch for the whole run, closed when the inputs end. */
const ONE_BATCH = { articles: 64, waitMs: 600_000 };

const BODY = 'The officials met in Gori and spoke about the bridge over the Mtkvari. '.repeat(20);
const dated = (title: string, day: number) => `${title}\nCivil Georgia, Tbilisi / ${day} Nov.'17 / 12:31\n\n${BODY}\n`;

function importInto(contentDir: string, files: string[], update: boolean, onResult?: (result: ImportResult) => void, batchLimits = ONE_BATCH) {
  const reporter = { result: (result: ImportResult) => onResult?.(result), inputDone: () => {}, finish: () => {} };
  return runImport(files, data, { out: path.join(contentDir, 'articles'), strict: false, update, dryRun: false, now: NOW, batchLimits }, () => reporter);
}

const visible = (contentDir: string) => Object.fromEntries(Object.entries(snapshot(contentDir)).filter(([file]) => !file.split(path.sep).some((part) => part.startsWith('.'))));
const journalWrites = () => disk.log.filter((entry) => entry === 'rename .import-journal.json').length;
const lockTakings = () => disk.log.filter((entry) => entry === 'writeFile .import.lock').length;

/** An archive holding one article, and a folder of inputs: a correction of it and three new clippings (two wanting one slug). */
function archiveWithBatch(dir: string): { contentDir: string; inputs: string[] } {
  const contentDir = path.join(dir, 'content');
  const input = path.join(dir, 'in');
  mkdirSync(input, { recursive: true });
  writeFileSync(path.join(input, '1-correction.txt'), clipping('Officials Meet in Gori', BODY));
  return { contentDir, inputs: [input] };
}

async function prepareBatch(dir: string) {
  const batch = archiveWithBatch(dir);
  await importInto(batch.contentDir, batch.inputs, false);
  const input = batch.inputs[0]!;
  writeFileSync(path.join(input, '1-correction.txt'), clipping('Officials Meet in Gori', `${BODY}Corrected.`));
  writeFileSync(path.join(input, '2-same-slug.txt'), clipping(sameSlugTitle(1), BODY));
  writeFileSync(path.join(input, '3-same-slug.txt'), clipping(sameSlugTitle(2), BODY));
  writeFileSync(path.join(input, '4-other-day.txt'), dated('Bridge Opens Near Gori', 16));
  return batch;
}

describe('group commit', () => {
  it('writes each batch of articles with one lock and one journal, and reports each article only once it is on disk', async () => {
    const dir = path.join(root, 'batches');
    const contentDir = path.join(dir, 'content');
    const input = path.join(dir, 'in');
    mkdirSync(input, { recursive: true });
    for (let n = 0; n < 12; n += 1) writeFileSync(path.join(input, `${String(n).padStart(2, '0')}.txt`), dated(`Report ${n} from Gori`, 10 + (n % 3)));
    disk.log = [];
    const onDisk: boolean[] = [];
    // Batches of 4, so that results are reported while later batches are still being read and written.
    const results = await importInto(contentDir, [input], false, (result) => onDisk.push(result.target !== undefined && existsSync(result.target)), { articles: 4, waitMs: 600_000 });
    expect(results.map((result) => result.status)).toEqual(Array(12).fill('imported'));
    expect(onDisk).toEqual(Array(12).fill(true));
    // Each batch writes the journal twice (the change, then its commit mark): three batches, not twelve articles one at a time.
    expect({ journalWrites: journalWrites(), lockTakings: lockTakings() }).toEqual({ journalWrites: 6, lockTakings: 3 });
    expect(auditArchive(contentDir)).toMatchObject({ articles: 12, problems: [] });
  });

  it('a crash at any point of a batch commit leaves the archive as before the batch or as after it, and the next import finishes it', { timeout: 300_000 }, async () => {
    // The archive after the whole batch, for comparison.
    const reference = await prepareBatch(path.join(root, 'reference'));
    const before = visible(reference.contentDir);
    disk.calls = 0;
    await importInto(reference.contentDir, reference.inputs, true);
    const callsOfBatch = disk.calls;
    const after = visible(reference.contentDir);
    expect(Object.keys(after).length).toBe(Object.keys(before).length + 7);

    const outcomes: Record<string, number> = { 'as before': 0, 'as after': 0 };
    for (let step = 1; step <= callsOfBatch; step += 1) {
      const { contentDir, inputs } = await prepareBatch(path.join(root, `crash-${step}`));
      disk.calls = 0;
      disk.dieAt = step;
      disk.died = false;
      await importInto(contentDir, inputs, true);
      disk.dieAt = -1;
      expect(disk.died).toBe(true);
      // What the next import does first, under the lock the dead one left (which it takes over).
      await recoverInterruptedChange(contentDir);
      const state = visible(contentDir);
      const outcome = JSON.stringify(state) === JSON.stringify(before) ? 'as before' : JSON.stringify(state) === JSON.stringify(after) ? 'as after' : undefined;
      expect(outcome, `crash at call ${step} (${disk.log.at(-1)}): neither before nor after the batch`).toBeDefined();
      outcomes[outcome!]! += 1;
      expect(auditArchive(contentDir).problems.filter((problem) => problem !== 'left behind: .import.lock')).toEqual([]);
      const again = await importInto(contentDir, inputs, true);
      expect(again.map((result) => result.status).sort()).toEqual(outcome === 'as after' ? ['unchanged', 'unchanged', 'unchanged', 'unchanged'] : ['imported', 'imported', 'imported', 'updated']);
      expect(visible(contentDir)).toEqual(after);
      rmSync(path.join(root, `crash-${step}`), { recursive: true, force: true });
    }
    console.log(`crash at each of ${callsOfBatch} calls of a batch commit: ${JSON.stringify(outcomes)}`);
    expect(outcomes['as before']).toBeGreaterThan(5);
    expect(outcomes['as after']).toBeGreaterThan(0);
  });

  it('an article that cannot be written and a clipping that is refused fail alone; the rest of their batch is written', async () => {
    const dir = path.join(root, 'failing-member');
    const contentDir = path.join(dir, 'content');
    const input = path.join(dir, 'in');
    mkdirSync(input, { recursive: true });
    writeFileSync(path.join(input, '1-good.txt'), dated('Bridge Opens Near Gori', 15));
    writeFileSync(path.join(input, '2-refused.txt'), 'Officials Meet Somewhere\n\nA clipping that prints no date at all.\n');
    writeFileSync(path.join(input, '3-blocked.txt'), dated('Road Closes Near Kutaisi', 16));
    writeFileSync(path.join(input, '4-good.txt'), dated('School Opens in Batumi', 17));
    // A file where the 16th's folder of articles would go: that article's files cannot be written.
    mkdirSync(path.join(contentDir, 'articles/2017/11'), { recursive: true });
    writeFileSync(path.join(contentDir, 'articles/2017/11/16'), 'in the way\n');
    disk.log = [];
    const results = await importInto(contentDir, [input], false);
    expect(results.map((result) => [path.basename(result.file), result.status])).toEqual([
      ['1-good.txt', 'imported'],
      ['2-refused.txt', 'failed'],
      ['3-blocked.txt', 'failed'],
      ['4-good.txt', 'imported'],
    ]);
    expect(results[2]!.error).toMatchObject({ reason: expect.stringMatching(/could not write .*road-closes-near-kutaisi/) });
    expect(results[2]!.error!.internal).toBeUndefined();
    expect(auditArchive(contentDir)).toMatchObject({ articles: 2, originals: 2, problems: [] });
  });
});
