import cliProgress from 'cli-progress';
import { formatImportError, ImportError } from './errors.ts';
import type { ImportResult, ImportStatus } from './import-file.ts';

/**
 * What the archivist sees: a progress bar on a terminal, one plain line per file otherwise, or
 * JSON Lines with --json; then a summary that lists every failure with its file, line and fix.
 */

export interface Reporter {
  result(result: ImportResult): void;
  finish(results: readonly ImportResult[], dryRun: boolean): void;
}

export function describeFailure(result: ImportResult): string {
  const { error } = result;
  return formatImportError(result.file, new ImportError(error!.reason, error!.fix, error!.line));
}

function summary(results: readonly ImportResult[], dryRun: boolean): string {
  const count = (status: ImportStatus) => results.filter((result) => result.status === status).length;
  const lines = [
    `${dryRun ? 'Dry run (nothing written): ' : ''}${count('imported')} imported, ${count('unchanged')} unchanged, ${count('updated')} updated, ${count('failed')} failed`,
  ];
  for (const skipped of results.filter((result) => result.status === 'skipped')) lines.push(`  ${skipped.file}: ${skipped.notes?.join('; ')}`);
  for (const failed of results.filter((result) => result.status === 'failed')) lines.push(`  failed: ${describeFailure(failed)}`);
  return lines.join('\n');
}

function line(result: ImportResult): string {
  if (result.status === 'failed') return `failed     ${describeFailure(result)}`;
  const notes = result.notes?.length ? ` (${result.notes.join('; ')})` : '';
  return `${result.status.padEnd(10)} ${result.file}${result.target ? ` -> ${result.target}` : ''}${notes}`;
}

export function createReporter(options: { json: boolean; total: number; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Reporter {
  const { stdout, stderr } = options;
  if (options.json) {
    return {
      result: (result) => stdout.write(`${JSON.stringify(result)}\n`),
      finish: (results, dryRun) => stderr.write(`${summary(results, dryRun)}\n`),
    };
  }
  if (stderr.isTTY && options.total > 1) {
    const bar = new cliProgress.SingleBar({ stream: stderr, format: 'importing [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
    bar.start(options.total, 0, { file: '' });
    return {
      result: (result) => bar.increment({ file: result.file }),
      finish: (results, dryRun) => {
        bar.stop();
        stdout.write(`${summary(results, dryRun)}\n`);
      },
    };
  }
  return {
    result: (result) => stdout.write(`${line(result)}\n`),
    finish: (results, dryRun) => stdout.write(`${summary(results, dryRun)}\n`),
  };
}
