import path from 'node:path';
import { collectInputs } from './collect-inputs.ts';
import type { ContentData } from './content-data.ts';
import { importFile, type ImportOptions, type ImportResult } from './import-file.ts';
import type { Reporter } from './report.ts';
import { originalsDirFor } from './write-article.ts';

/**
 * A whole import run: every input in order, each on its own, so one bad file never stops or
 * spoils the others (unless --strict asks to stop at the first failure).
 */

export interface RunOptions extends ImportOptions {
  /** Where articles go (content/articles by default); originals go to its sibling originals/. */
  out: string;
  strict: boolean;
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
  const reporter = report?.(inputs.files.length);
  const results: ImportResult[] = inputs.unreadable.map(({ file, reason, fix }) => ({ file, status: 'failed' as const, error: { reason, fix } }));
  results.forEach((result) => reporter?.result(result));
  const destination = { articlesDir: path.resolve(options.out), originalsDir: originalsDirFor(options.out), claimed: new Map<string, string>(), lockWaitMs: options.lockWaitMs };
  for (const file of inputs.files) {
    if (options.strict && results.some((result) => result.status === 'failed')) break;
    const result = await importFile(file, data, destination, options);
    results.push(result);
    reporter?.result(result);
  }
  reporter?.finish(results, options.dryRun);
  return results;
}
