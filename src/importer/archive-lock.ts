import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ImportError, printableName } from './errors.ts';

/**
 * One importer at a time changes an archive: two imports (a cron job and a person) each take the
 * lock for every file they write, so both finish completely and neither sees the other half done.
 * The lock is a file created exclusively (O_EXCL), holding its owner's pid and host. A lock whose
 * process is gone (killed) is stale and taken over; a live one is waited for, up to a bound.
 */

interface Holder {
  pid: number;
  host: string;
  token: string;
  since: string;
}

export interface ArchiveLock {
  release(): Promise<void>;
}

const LOCK = '.import.lock';
/** An empty or unreadable lock file this old was left by a process killed while creating it. */
const HALF_WRITTEN_STALE_MS = 5_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<Holder | 'gone' | 'unreadable'> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Holder;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
}

/** This process holds no lock between files, so a lock naming it was left by an earlier, failed run. */
const heldTokens = new Set<string>();

async function isStale(file: string, holder: Holder | 'unreadable'): Promise<boolean> {
  if (holder === 'unreadable') {
    const info = await stat(file).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > HALF_WRITTEN_STALE_MS;
  }
  // A process on another machine (a shared folder) cannot be checked from here.
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldTokens.has(holder.token);
  return !alive(holder.pid);
}

/**
 * Moves a stale lock aside and removes it. Two importers may find the same stale lock; the one
 * that moves aside a lock that is no longer the stale one (just taken by the other) puts it back.
 */
async function breakStale(file: string, stale: Holder | 'unreadable'): Promise<void> {
  const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.stale.tmp`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readHolder(aside);
  const same = stale === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === stale.token;
  if (!same) await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function lockArchive(dir: string, waitMs: number): Promise<ArchiveLock> {
  const file = path.join(dir, LOCK);
  const me: Holder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  await mkdir(dir, { recursive: true });
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: 'wx' });
      heldTokens.add(me.token);
      return {
        release: async () => {
          heldTokens.delete(me.token);
          const holder = await readHolder(file);
          if (typeof holder === 'object' && holder.token === me.token) await unlink(file);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder === 'gone') continue;
    if (await isStale(file, holder)) {
      await breakStale(file, holder);
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder === 'unreadable' ? 'another import' : `another import (process ${holder.pid} on ${printableName(holder.host)}, since ${printableName(holder.since)})`;
      throw new ImportError(
        `${who} is writing to ${printableName(dir)}; waited ${Math.round(waitMs / 1000)} s for it`,
        `import again when it has finished; if no import is running, delete ${printableName(file)}`,
      );
    }
    await sleep(5 + Math.random() * 20);
  }
}
