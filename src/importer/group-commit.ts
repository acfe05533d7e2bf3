import type { ArchiveChange } from './archive-change.ts';
import {
  failed,
  planArticle,
  withdrawCreatedSource,
  writeCreatedSource,
  writeFailure,
  writtenResult,
  type Committer,
  type ImportDestination,
  type ImportOptions,
  type ImportResult,
  type PlannedArticle,
  type Prepared,
} from './import-file.ts';
import { articleChange, changedFiles, claimArticle, commitChanges, releaseClaim, underArchiveLock } from './write-article.ts';

/**
 * Group commit: prepared articles are written in batches, each under one taking of the archive
 * lock, with one journal and one round of syncs for the batch instead of a lock, a journal and
 * eight syncs an article. A batch closes at `articles` articles, or `waitMs` after its first once
 * no batch is being written (the slower the disk, the larger the batches), or at once when asked
 * (the end of the run, --strict, a page that creates a paper). Batches are written one at a time,
 * in order, while the next one fills.
 *
 * What each article was promised before still holds. It is written all or nothing: a batch is one
 * archive change (archive-change.ts), so a failure or a kill leaves each of its articles complete
 * or absent, and the next import recovers. Its result is known only once its batch is on disk, so
 * nothing is reported imported before it is. And it fails alone: an article refused while it is
 * placed is left out of the batch, and a batch whose writing fails is written again one article at
 * a time, so that only the article at fault fails.
 */

export interface BatchLimits {
  articles: number;
  waitMs: number;
}

/** 64 articles are a few MB of text and a journal of some 30 KB; 200 ms is what a report line may wait. */
export const BATCH_LIMITS: BatchLimits = { articles: 64, waitMs: 200 };

interface Entry {
  file: string;
  prepared: Prepared;
  resolve: (result: ImportResult) => void;
}

interface Planned {
  entry: Entry;
  plan: PlannedArticle;
  /** None for an unchanged article: nothing to write. */
  change?: ArchiveChange;
}

export class GroupCommit implements Committer {
  #open: Entry[] = [];
  #timer: NodeJS.Timeout | undefined;
  /** Batches closed and not yet written; while there are any, the open batch keeps filling. */
  #writing = 0;
  /** The open batch's time is up: it closes when the batches before it are written. */
  #due = false;
  #written: Promise<void> = Promise.resolve();
  readonly #destination: ImportDestination;
  readonly #options: ImportOptions;
  readonly #limits: BatchLimits;

  constructor(destination: ImportDestination, options: ImportOptions, limits: BatchLimits = BATCH_LIMITS) {
    this.#destination = destination;
    this.#options = options;
    this.#limits = limits;
  }

  add(file: string, prepared: Prepared): Promise<ImportResult> {
    return new Promise((resolve) => {
      this.#open.push({ file, prepared, resolve });
      if (this.#open.length >= this.#limits.articles || prepared.newSource) this.#close();
      else this.#timer ??= setTimeout(() => this.#closeWhenFree(), this.#limits.waitMs);
    });
  }

  /** Closes the open batch; resolves once every batch so far is written. */
  flush(): Promise<void> {
    this.#close();
    return this.#written;
  }

  /** While the disk is busy with a batch, the next one grows (up to its limit) instead of queueing behind it. */
  #closeWhenFree(): void {
    if (this.#writing > 0) this.#due = true;
    else this.#close();
  }

  #close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#due = false;
    const batch = this.#open;
    this.#open = [];
    if (batch.length === 0) return;
    this.#writing += 1;
    this.#written = this.#written
      .then(() => commitBatch(batch, this.#destination, this.#options))
      .finally(() => {
        this.#writing -= 1;
        if (this.#writing === 0 && this.#due) this.#close();
      });
  }
}

/** Writes a batch under the archive lock; every entry gets its result, none rejects. */
async function commitBatch(batch: Entry[], destination: ImportDestination, options: ImportOptions): Promise<void> {
  try {
    await underArchiveLock(destination, options.dryRun, async () => {
      for (let rest = batch; rest.length > 0; ) rest = await writeUntilOverlap(rest, destination, options);
    });
  } catch (error) {
    // The lock could not be taken (or an importer bug): what was not written yet fails. A settled result stays as it is.
    for (const entry of batch) entry.resolve(failed(entry.file, error));
  }
}

/**
 * Places the entries in order and writes them together, up to the first whose files the batch
 * already writes (a clipping given twice, two versions of one article): that one and the rest are
 * returned, to be placed once the others are on disk, against what is there then.
 */
async function writeUntilOverlap(entries: Entry[], destination: ImportDestination, options: ImportOptions): Promise<Entry[]> {
  const planned: Planned[] = [];
  const touched = new Set<string>();
  let next = 0;
  for (; next < entries.length; next += 1) {
    const entry = entries[next]!;
    let plan: PlannedArticle;
    try {
      plan = await planArticle(entry.file, entry.prepared, destination, options);
    } catch (error) {
      entry.resolve(failed(entry.file, error));
      continue;
    }
    const change = plan.placement.status === 'unchanged' ? undefined : articleChange(plan.placement, plan.markdown, plan.original);
    const files = [plan.placement.articleFile, plan.placement.originalFile, ...(change ? changedFiles(change) : [])];
    if (files.some((file) => touched.has(file))) break;
    for (const file of files) touched.add(file);
    // Later articles of the batch are placed as if this one were written: they see its file taken.
    claimArticle(destination, plan.placement.articleFile, plan.markdown);
    planned.push({ entry, plan, change });
  }
  await writePlanned(planned, destination, options);
  return entries.slice(next);
}

async function writePlanned(planned: Planned[], destination: ImportDestination, options: ImportOptions): Promise<void> {
  try {
    await writeTogether(planned, destination, options);
    for (const { entry, plan } of planned) entry.resolve(writtenResult(plan, destination));
  } catch (error) {
    const writing = planned.filter(({ change }) => change);
    if (writing.length > 1) {
      // Some article's files cannot be written (a folder on the way is a file, a name the disk refuses):
      // each on its own, so that only that article fails.
      for (const one of planned) await writePlanned([one], destination, options);
      return;
    }
    for (const { entry, plan, change } of planned) entry.resolve(change ? failed(entry.file, writeFailure(plan, error)) : writtenResult(plan, destination));
  } finally {
    // Once written, the file on disk answers for it; only a dry run must remember what it would have written.
    if (!options.dryRun) for (const { plan } of planned) releaseClaim(destination, plan.placement.articleFile);
  }
}

/** One archive change for every article that has something to write; the papers they create go first. */
async function writeTogether(planned: Planned[], destination: ImportDestination, options: ImportOptions): Promise<void> {
  const writing = planned.filter(({ change }) => change);
  if (options.dryRun || writing.length === 0) return;
  await options.beforeWrite?.();
  const created: PlannedArticle[] = [];
  try {
    for (const { plan } of writing) {
      await writeCreatedSource(plan, destination);
      created.push(plan);
    }
    await commitChanges(destination, writing.map(({ change }) => change!));
  } catch (error) {
    for (const plan of created) await withdrawCreatedSource(plan, destination);
    throw error;
  }
}
