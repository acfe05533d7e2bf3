import path from 'node:path';
import { collectInputs } from './collect-inputs.ts';
import type { ContentData } from './content-data.ts';
import { importInput, type ImportDestination, type ImportOptions, type ImportResult } from './import-file.ts';
import { newSourceNote, newSourceWriter, withNewSource, type NewSource } from './new-source.ts';
import type { Reporter } from './report.ts';
import { archiveFolderFor } from './write-article.ts';

/**
 * A whole import run: every input in order, each on its own, so one bad file never stops or
 * spoils the others (unless --strict asks to stop at the first failure).
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
  /** A paper added by this run (--new-source): every input is read as it, and its file is written with the first article. */
  newSource?: NewSource;
  /** How long to wait for another import holding the archive (default: a minute). */
  lockWaitMs?: number;
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
  for (const file of inputs.files) {
    if (options.strict && results.some((result) => result.status === 'failed')) break;
    // A WARC gives one result per article it holds; any other file gives one.
    for await (const result of importInput(file, sourceData, destination, importOptions)) {
      reporter?.result(result);
      results.push(options.keepArticles === false ? { ...result, article: undefined } : result);
    }
    reporter?.inputDone(file);
  }
  const articleWritten = results.some((result) => result.status === 'imported' || result.status === 'updated');
  if (!articleWritten) await writer?.withdraw();
  reporter?.finish(results, options.dryRun, created && newSourceNote(created, results, options.dryRun));
  return results;
}
