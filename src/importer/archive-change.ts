import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A change of several archive files (an article, its original, the replaced original kept under its
 * hash; or every such file of a batch of articles) that happens completely or not at all, whatever fails: a full disk, an I/O error, a killed
 * process. The archive lock (archive-lock.ts) must be held throughout.
 *
 * 1. A journal naming every step and temp file is written (and synced) before anything else.
 * 2. New contents go to temp files beside their final names (synced).
 * 3. Steps are renames, done as link + unlink so that none ever replaces a file: an existing file
 *    is first moved aside to a temp name. Each step's state can be read off the disk afterwards.
 * 4. The journal is marked committed; then the moved-aside files and the journal are removed.
 * On a failure the steps done are undone in reverse, in process or, after a kill, by the next import
 * (recoverInterruptedChange), which rolls back an uncommitted change and finishes a committed one.
 * Temp names start with a dot and end in .tmp, so the site build never reads them.
 */

export interface ArchiveChange {
  /** Files to write; a file already there is replaced (and kept aside until the change commits). */
  writes: { file: string; data: string | Uint8Array }[];
  /** Existing files to keep under another name, done before the writes (the replaced original). */
  moves: { from: string; to: string }[];
}

/**
 * One rename. `aside` moves an existing file to a name that did not exist (a temp name, or the
 * replaced original's hash name); `put` moves a temp file to its final name.
 */
interface Step {
  kind: 'aside' | 'put';
  from: string;
  to: string;
}

interface Journal {
  steps: Step[];
  /** Temp files the change may leave: removed once it is rolled back or committed. */
  temps: string[];
  /** Folders the change created, deepest last: removed again on rollback when empty. */
  createdDirs: string[];
  committed: boolean;
}

const JOURNAL = '.import-journal.json';

const tempName = (file: string, role: string) =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.${role}.tmp`);

const exists = (file: string) => stat(file).then(() => true, () => false);

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeJournal(dir: string, journal: Journal): Promise<void> {
  const file = path.join(dir, JOURNAL);
  const temp = tempName(file, 'journal');
  try {
    await writeFile(temp, JSON.stringify(journal), { flag: 'wx', flush: true });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}

/** A rename that never replaces a file: link fails if `to` exists. */
async function moveNoReplace({ from, to }: Step): Promise<void> {
  await link(from, to);
  await unlink(from);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a), stat(b)]);
  return x.ino === y.ino && x.dev === y.dev;
}

/**
 * Undoes whatever steps are done, last first. Steps run in order, and only once every temp file is
 * written, so the steps done are a prefix. Each step's state is read off the name that only it
 * uses: an `aside` is done once its new name exists, a `put` once its temp name is gone. A step
 * whose two names are one file was killed between link and unlink: it is half done.
 */
async function rollBack(journal: Journal): Promise<void> {
  const done: Step[] = [];
  for (const step of journal.steps) {
    const [fromThere, toThere] = await Promise.all([exists(step.from), exists(step.to)]);
    if (fromThere && toThere && (await sameFile(step.from, step.to))) {
      await unlink(step.to);
      break;
    }
    if (!(step.kind === 'aside' ? toThere : toThere && !fromThere)) break;
    done.push(step);
  }
  for (const step of done.reverse()) await rename(step.to, step.from);
  await removeTemps(journal);
  for (const dir of [...journal.createdDirs].reverse()) await rmdir(dir).catch(() => undefined);
}

async function removeTemps(journal: Journal): Promise<void> {
  for (const temp of journal.temps) await unlink(temp).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
  });
}

async function finish(dir: string, journal: Journal): Promise<void> {
  if (journal.committed) await removeTemps(journal);
  else await rollBack(journal);
  await unlink(path.join(dir, JOURNAL));
}

/**
 * Puts the archive back in one consistent state after an import was killed or failed to clean up:
 * an uncommitted change is undone, a committed one finished. Returns what it did.
 */
export async function recoverInterruptedChange(dir: string): Promise<'nothing' | 'rolled back' | 'completed'> {
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(await readFile(path.join(dir, JOURNAL), 'utf8')) as Journal;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // A journal's own temp file is all a kill while writing the journal can leave.
  for (const name of await readdir(dir).catch(() => [])) {
    if (name.startsWith(`.${JOURNAL}.`) && name.endsWith('.tmp')) await unlink(path.join(dir, name)).catch(() => undefined);
  }
  if (!journal) return 'nothing';
  await finish(dir, journal);
  return journal.committed ? 'completed' : 'rolled back';
}

/** Applies `change` completely or not at all; `dir` holds the journal (the content folder). */
export async function applyChange(dir: string, change: ArchiveChange): Promise<void> {
  const journal: Journal = { steps: [], temps: [], createdDirs: [], committed: false };
  const contents: { temp: string; data: string | Uint8Array }[] = [];
  for (const move of change.moves) journal.steps.push({ kind: 'aside', ...move });
  for (const { file, data } of change.writes) {
    const temp = tempName(file, 'new');
    journal.temps.push(temp);
    contents.push({ temp, data });
    const replaced = change.moves.some((move) => move.from === file) ? false : await exists(file);
    if (replaced) {
      const aside = tempName(file, 'old');
      journal.temps.push(aside);
      journal.steps.push({ kind: 'aside', from: file, to: aside });
    }
    journal.steps.push({ kind: 'put', from: temp, to: file });
  }
  const folders = [...new Set(change.writes.map(({ file }) => path.dirname(file)))];
  for (const folder of folders) {
    for (const missing of await missingAncestors(folder)) if (!journal.createdDirs.includes(missing)) journal.createdDirs.push(missing);
  }
  await mkdir(dir, { recursive: true });
  await writeJournal(dir, journal);
  try {
    for (const folder of folders) await mkdir(folder, { recursive: true });
    // The syncs of one change are issued together, so the disk makes one round of them, not one per file.
    await allOrFirstError(contents.map(({ temp, data }) => writeFile(temp, data, { flag: 'wx', flush: true })));
    for (const step of journal.steps) await moveNoReplace(step);
    await allOrFirstError(folders.map(syncDir));
    await writeJournal(dir, { ...journal, committed: true });
  } catch (error) {
    try {
      await finish(dir, journal);
    } catch (rollbackError) {
      throw new Error(
        `${(error as Error).message}; undoing the change failed too (${(rollbackError as Error).message}): the next import puts the archive back as it was`,
      );
    }
    throw error;
  }
  // Committed: the change stands even if tidying up fails; the next import tidies up then.
  await finish(dir, { ...journal, committed: true }).catch(() => undefined);
}

/** Waits for every call to end (a rollback must not race a write still running), then throws the first error. */
async function allOrFirstError(calls: Promise<unknown>[]): Promise<void> {
  const failure = (await Promise.allSettled(calls)).find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

/** `folder` and each parent of it that does not exist yet, outermost first. */
async function missingAncestors(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let current = folder; !(await exists(current)); current = path.dirname(current)) missing.unshift(current);
  return missing;
}
