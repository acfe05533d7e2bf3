import path from 'node:path';
import { collectInputs } from './collect-inputs.ts';
import type { ContentData } from './content-data.ts';
import { BATCH_LIMITS, GroupCommit, type BatchLimits } from './group-commit.ts';
import { importInput, type ImportDestination, type ImportOptions, type ImportResult, type PendingResult } from './import-file.ts';
import { newSourceNote, newSourceWriter, withNewSource } from './new-source.ts';
import type { Reporter } from './report.ts';
import { archiveFolderFor } from './write-article.ts';

/**
 * A whole import run: every input in order, each on its own, so one bad file never stops or
 * spoils the others (unless --strict asks to stop at the first failure). Articles are written in
 * batches (group-commit.ts) while the next ones are read.
 */

export interface RunOptions extends ImportOptions {
  /** Where articles go (content/articles by default); originals go to its sibling originals/. */
  out: string;
  strict: boolean;
  /**
   * Whether the returned results keep each article and its body (tests read them). The CLI's
   * summary needs only status, file and error, so it drops them: memory stays flat over a long run.
   */
  keepArticles?: boolean;
  /** How long to wait for another import holding the archive (default: a minute). */
  lockWaitMs?: number;
  /** When a batch of articles is written (default: BATCH_LIMITS). */
  batchLimits?: BatchLimits;
}

/** `report` makes the reporter once the number of files is known, so a progress bar can show it. */
export async function runImport(
  args: readonly string[],
  data: ContentData,
  options: RunOptions,
  report?: (total: number) => Reporter,
): Promise<ImportResult[]> {
  const inputs = await collectInputs(args);
  const reporter = report?.(inputs.unreadable.length + inputs.files.length);
  const results: ImportResult[] = inputs.unreadable.map(({ file, reason, fix }) => ({ file, status: 'failed' as const, error: { reason, fix } }));
  results.forEach((result) => {
    reporter?.result(result);
    reporter?.inputDone(result.file);
  });
  const created = options.newSource;
  const sourceData = created ? withNewSource(data, created) : data;
  const writer = created ? newSourceWriter(created) : undefined;
  const importOptions = created && writer ? { ...options, sourceId: created.id, beforeWrite: writer.beforeWrite } : options;
  const destination: ImportDestination = {
    articlesDir: path.resolve(options.out),
    originalsDir: archiveFolderFor(options.out, 'originals'),
    claimed: new Map<string, string>(),
    lockWaitMs: options.lockWaitMs,
    newSources: new Map(),
  };
  const committer = new GroupCommit(destination, importOptions, options.batchLimits);
  // Results are reported in input order, each once its article is on disk; a bounded number wait,
  // so a long run holds no more than a couple of batches of articles.
  const waiting: (PendingResult | { inputDone: string })[] = [];
  const reportNext = async () => {
    const next = waiting.shift()!;
    if ('inputDone' in next) return reporter?.inputDone(next.inputDone);
    const result = await next.result;
    reporter?.result(result);
    results.push(options.keepArticles === false ? { ...result, article: undefined } : result);
  };
  const reportAll = async () => {
    await committer.flush();
    while (waiting.length > 0) await reportNext();
  };
  for (const file of inputs.files) {
    // --strict stops at the first failure, so each input is written before the next is read.
    if (options.strict) await reportAll();
    if (options.strict && results.some((result) => result.status === 'failed')) break;
    // A WARC gives one result per article it holds; any other file gives one.
    for await (const pending of importInput(file, sourceData, destination, importOptions, committer)) {
      waiting.push(pending);
      while (waiting.length > 2 * (options.batchLimits ?? BATCH_LIMITS).articles) await reportNext();
    }
    waiting.push({ inputDone: file });
  }
  await reportAll();
  const articleWritten = results.some((result) => result.status === 'imported' || result.status === 'updated');
  if (!articleWritten) await writer?.withdraw();
  reporter?.finish(results, options.dryRun, created && newSourceNote(created, results, options.dryRun));
  return results;
}
