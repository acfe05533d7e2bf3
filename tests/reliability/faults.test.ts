import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { recoverInterruptedChange } from '../../src/importer/archive-change.ts';
import { loadContentData } from '../../src/importer/content-data.ts';
import { runImport } from '../../src/importer/run-import.ts';
import { auditArchive, clipping, importCli, projectRoot, snapshot } from './archive.ts';

/**
 * Issue 19 item 2: every multi-file change is all or nothing. A write error is injected at each
 * file-system call of an import in turn; the disk really fills up (a small tmpfs); the importer is
 * killed at random points. After a failure the archive is exactly as before; after a kill, the next
 * import finds it consistent and finishes the work.
 */

// Every call that changes the file system can be made to fail once, with EIO, at the Nth call.
const fault = vi.hoisted(() => ({ countdown: -1, injected: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const failing = <T extends (...args: never[]) => Promise<unknown>>(name: string, call: T) =>
    ((...args: Parameters<T>) => {
      if (fault.countdown > 0 && --fault.countdown === 0) {
        fault.injected = true;
        return Promise.reject(Object.assign(new Error(`EIO: i/o error, ${name}`), { code: 'EIO' }));
      }
      return call(...args);
    }) as T;
  const changed = {
    writeFile: failing('writeFile', actual.writeFile),
    link: failing('link', actual.link),
    unlink: failing('unlink', actual.unlink),
    rename: failing('rename', actual.rename),
    mkdir: failing('mkdir', actual.mkdir),
    rmdir: failing('rmdir', actual.rmdir),
    open: failing('open', actual.open),
  };
  return { ...actual, ...changed, default: { ...actual, ...changed } };
});

const data = loadContentData(path.join(projectRoot, 'content'));
const root = mkdtempSync(path.join(tmpdir(), 'reliability-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date('2026-01-01T00:00:00Z');

const BODY = 'The officials met in Gori and spoke about the bridge over the Mtkvari. '.repeat(40);
const FIRST = clipping('Officials Meet in Gori', BODY);
const CORRECTED = clipping('Officials Meet in Gori', `${BODY}Corrected.`);

const importInto = (contentDir: string, files: string[], update: boolean) =>
  runImport(files, data, { out: path.join(contentDir, 'articles'), strict: false, update, dryRun: false, now: NOW });

const visible = (contentDir: string) => Object.fromEntries(Object.entries(snapshot(contentDir)).filter(([file]) => !path.basename(file).startsWith('.')));
const withoutLock = (contentDir: string) => Object.fromEntries(Object.entries(snapshot(contentDir)).filter(([file]) => file !== '.import.lock'));

describe('an injected write error at every step', () => {
  it.each([
    ['a new article', false],
    ['an --update that keeps the old original under its hash', true],
  ])('%s: each failure leaves the archive exactly as before', { timeout: 120_000 }, async (_name, update) => {
    const outcomes: string[] = [];
    for (let step = 1; ; step += 1) {
      const dir = path.join(root, `injected-${update}-${step}`);
      const contentDir = path.join(dir, 'content');
      mkdirSync(contentDir, { recursive: true });
      const input = path.join(dir, 'clip.txt');
      if (update) {
        writeFileSync(input, FIRST);
        expect((await importInto(contentDir, [input], false))[0]!.status).toBe('imported');
      }
      writeFileSync(input, update ? CORRECTED : FIRST);
      const before = snapshot(contentDir);
      fault.countdown = step;
      fault.injected = false;
      const [result] = await importInto(contentDir, [input], update);
      fault.countdown = -1;
      if (!fault.injected) {
        expect(result!.status).toBe(update ? 'updated' : 'imported');
        outcomes.push('done');
        break;
      }
      if (result!.status === 'failed') {
        expect(result!.error!.internal, result!.error!.reason).toBeUndefined();
        expect(visible(contentDir)).toEqual(Object.fromEntries(Object.entries(before).filter(([file]) => !path.basename(file).startsWith('.'))));
        await recoverInterruptedChange(contentDir);
        expect(withoutLock(contentDir)).toEqual(before);
        outcomes.push('failed, as before');
      } else {
        // The change had committed when the error came (tidying up): it stands.
        outcomes.push(`${result!.status} (failure after commit)`);
      }
      // The next import finds a consistent archive and completes the work.
      const [again] = await importInto(contentDir, [input], update);
      expect(['imported', 'updated', 'unchanged']).toContain(again!.status);
      expect(auditArchive(contentDir).problems).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`injected faults (${update ? 'update' : 'new'}): ${outcomes.length - 1} steps failed in turn: ${JSON.stringify(outcomes)}`);
    expect(outcomes.filter((outcome) => outcome === 'failed, as before').length).toBeGreaterThan(8);
  });
});

/** A tmpfs of a few hundred KB, mounted for the test (root only): the real ENOSPC. */
function mountSmallDisk(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a full disk', () => {
  const disk = path.join(root, 'disk');
  const mounted = process.getuid?.() === 0 && mountSmallDisk(disk);
  afterAll(() => {
    if (mounted) execFileSync('umount', [disk]);
  });

  // Mounting needs root; without it the injected errors above cover the same steps.
  it.skipIf(!mounted)('an --update on a disk with too little room fails cleanly at every fill level', { timeout: 120_000 }, async () => {
    const contentDir = path.join(disk, 'content');
    mkdirSync(contentDir, { recursive: true });
    const input = path.join(root, 'disk-input.txt');
    writeFileSync(input, FIRST);
    expect((await importInto(contentDir, [input], false))[0]!.status).toBe('imported');
    const base = path.join(root, 'disk-base');
    cpSync(contentDir, base, { recursive: true });
    writeFileSync(input, CORRECTED);
    const filler = path.join(disk, 'filler');
    const outcomes: string[] = [];
    for (let free = 0; free <= 64 * 1024; free += 4096) {
      rmSync(contentDir, { recursive: true, force: true });
      cpSync(base, contentDir, { recursive: true });
      // Fill the disk completely, then give back `free` bytes.
      writeFileSync(filler, '');
      try {
        writeFileSync(filler, Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: the filler has taken every byte it could.
      }
      const size = readFileSync(filler).length;
      truncateSync(filler, Math.max(0, size - free));
      const before = snapshot(contentDir);
      const [result] = await importInto(contentDir, [input], true);
      if (result!.status === 'failed') {
        expect(result!.error!.reason).toMatch(/ENOSPC/);
        expect(withoutLock(contentDir)).toEqual(before);
        outcomes.push(`${free}: failed, as before`);
      } else {
        expect(result!.status).toBe('updated');
        expect(auditArchive(contentDir).problems).toEqual([]);
        outcomes.push(`${free}: updated`);
        break;
      }
    }
    rmSync(filler);
    console.log(`full disk: ${JSON.stringify(outcomes)}`);
    expect(outcomes.at(-1)).toMatch(/updated/);
    expect(outcomes.filter((outcome) => outcome.endsWith('as before')).length).toBeGreaterThan(0);
  });
});

describe('an importer killed at random points', () => {
  const TRIALS = Number(process.env.RELIABILITY_KILLS ?? 4);
  const COUNT = 20;
  const named = (n: number, corrected: boolean) => clipping(`Report ${n} from Gori`, `${BODY}${corrected ? ' Corrected.' : ''}`);

  /** Imports COUNT clippings, then runs the command on COUNT corrections and COUNT new ones and kills it `delayMs` after result `killAfter`. */
  async function trial(name: string, killAfter: number, delayMs: number) {
    const dir = path.join(root, `killed-${name}`);
    const contentDir = path.join(dir, 'content');
    const input = path.join(dir, 'in');
    mkdirSync(input, { recursive: true });
    for (let n = 0; n < COUNT; n += 1) writeFileSync(path.join(input, `${n}.txt`), named(n, false));
    await importInto(contentDir, [input], false);
    for (let n = 0; n < 2 * COUNT; n += 1) writeFileSync(path.join(input, `${n}.txt`), named(n, n < COUNT));
    let seen = 0;
    const run = await importCli(['--out', path.join(contentDir, 'articles'), '--update', '--json', input], {
      onLine: (_line, child) => {
        if ((seen += 1) === killAfter) setTimeout(() => child.kill('SIGKILL'), delayMs);
      },
    });
    const halfDone = Object.keys(snapshot(contentDir)).some((file) => file.endsWith('.tmp') || file.endsWith('.import-journal.json'));
    await recoverInterruptedChange(contentDir);
    // The killed importer's lock stays until the next import takes it over.
    const afterKill = auditArchive(contentDir).problems.filter((problem) => problem !== 'left behind: .import.lock');
    const again = await importInto(contentDir, [input], true);
    const final = auditArchive(contentDir);
    return { killAfter, delayMs, killed: run.signal === 'SIGKILL', halfDone, afterKill, problems: final.problems, articles: final.articles, failed: again.filter((result) => result.status === 'failed').length };
  }

  /**
   * A trial at a random result and delay. The last results can come in one burst (group commit),
   * so an importer may finish before a late kill lands: then the trial runs again, killing earlier.
   */
  async function killedTrial(index: number) {
    let killAfter = 1 + Math.floor(Math.random() * (2 * COUNT - 1));
    let delayMs = Math.round(Math.random() * 15);
    for (let attempt = 0; ; attempt += 1) {
      const result = await trial(`${index}-${attempt}`, killAfter, delayMs);
      if (result.killed || attempt === 4) return result;
      killAfter = Math.max(1, Math.floor(killAfter / 2));
      delayMs = 0;
    }
  }

  it(`${TRIALS} kills: the archive is consistent after each, and the next import finishes`, { timeout: 300_000 }, async () => {
    const results = await Promise.all(Array.from({ length: TRIALS }, (_, index) => killedTrial(index)));
    console.log(`killed importers: ${JSON.stringify(results)}`);
    for (const result of results) {
      expect(result).toMatchObject({ killed: true, afterKill: [], problems: [], articles: 2 * COUNT, failed: 0 });
    }
  });
});
