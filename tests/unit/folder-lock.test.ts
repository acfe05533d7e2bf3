import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { underLock } from '../helpers/folder-lock.ts';

// The shared archive's lock (tests/helpers/shared-archive.ts): a test worker that died holding it
// (Vitest ends a worker whose hook timed out) must not make every other file wait and fail.
describe('a folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-folder-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('runs the work holding the lock, then removes it', async () => {
    const lock = path.join(dir, 'a.lock');
    expect(await underLock(lock, async () => existsSync(lock), { waitMs: 1000 })).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose holder has died', async () => {
    const lock = path.join(dir, 'a.lock');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    await mkdir(lock);
    await writeFile(path.join(lock, 'pid'), String(gone));
    const started = Date.now();
    expect(await underLock(lock, async () => 'done', { waitMs: 60_000 })).toBe('done');
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('waits for a live holder, then names the lock', async () => {
    const lock = path.join(dir, 'a.lock');
    await mkdir(lock);
    await writeFile(path.join(lock, 'pid'), String(process.pid));
    await expect(underLock(lock, async () => 'never', { waitMs: 1000 })).rejects.toThrow(`${lock} was held for over 1 s by a live test worker`);
    expect(existsSync(lock)).toBe(true);
  });
});
