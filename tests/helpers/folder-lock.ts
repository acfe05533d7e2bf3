import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Inside a lock's folder: the process id of the test worker that holds it. */
const HOLDER = 'pid';

/**
 * Is the lock's holder gone? Vitest ends a test file's worker when its hook times out, so a
 * file that died building leaves its lock behind with no one to remove it. A lock whose pid file
 * is not written yet is being taken, not left.
 */
async function holderDied(lock: string): Promise<boolean> {
  let pid: number;
  try {
    pid = Number(await readFile(path.join(lock, HOLDER), 'utf8'));
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs `work` while holding `lock`, a folder: making one either succeeds or finds it made. A lock
 * left by a worker that died is taken over; one held longer than `waitMs` by a live worker is an
 * error naming it.
 */
export async function underLock<T>(lock: string, work: () => Promise<T>, { waitMs }: { waitMs: number }): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(path.join(lock, HOLDER), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await holderDied(lock)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lock} was held for over ${Math.round(waitMs / 1000)} s by a live test worker: another test file is still building what it guards`);
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
