import cliProgress from 'cli-progress';
import { escapeUnprintable, formatImportError, ImportError, printableName } from './errors.ts';
import type { ImportResult, ImportStatus } from './import-file.ts';

/**
 * What the archivist sees: a progress bar on a terminal, one plain line per article otherwise, or
 * JSON Lines with --json; then a summary. Every failure is printed exactly once: on its own line
 * as it happens, or (behind a progress bar, which shows no lines) in the summary.
 *
 * One input gives one result (a clipping, a saved page) or several (every article in a web
 * archive, and one `skipped` result counting what it passed over), each printed as it comes.
 */

export interface Reporter {
  /** One article's result (or one input's failure), as soon as it is known. */
  result(result: ImportResult): void;
  /** One input is done: the progress bar counts inputs, everything else counts articles. */
  inputDone(file: string): void;
  /** `note` is a last word about the run as a whole (a paper added with --new-source). */
  finish(results: readonly ImportResult[], dryRun: boolean, note?: string): void;
}

function describeFailure(result: ImportResult): string {
  const { error } = result;
  return escapeUnprintable(formatImportError(printableName(result.file), new ImportError(error!.reason, error!.fix, error!.line)));
}

function summary(results: readonly ImportResult[], dryRun: boolean, listFailures: boolean, note: string | undefined): string {
  const count = (status: ImportStatus) => results.filter((result) => result.status === status).length;
  const lines = [
    `${dryRun ? 'Dry run (nothing written): ' : ''}${count('imported')} imported, ${count('unchanged')} unchanged, ${count('updated')} updated, ${count('failed')} failed`,
  ];
  for (const skipped of results.filter((result) => result.status === 'skipped')) lines.push(`  ${printableName(skipped.file)}: ${escapeUnprintable(skipped.notes?.join('; ') ?? '')}`);
  if (listFailures) for (const failed of results.filter((result) => result.status === 'failed')) lines.push(`  failed: ${describeFailure(failed)}`);
  if (note) lines.push(escapeUnprintable(note));
  return lines.join('\n');
}

function line(result: ImportResult): string {
  if (result.status === 'failed') return `failed     ${describeFailure(result)}`;
  const notes = result.notes?.length ? ` (${escapeUnprintable(result.notes.join('; '))})` : '';
  return `${result.status.padEnd(10)} ${printableName(result.file)}${result.target ? ` -> ${printableName(result.target)}` : ''}${notes}`;
}

export function createReporter(options: { json: boolean; total: number; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Reporter {
  const { stdout, stderr } = options;
  if (options.json) {
    return {
      result: (result) => stdout.write(`${escapeUnprintable(JSON.stringify(result))}\n`),
      inputDone: () => {},
      finish: (results, dryRun, note) => stderr.write(`${summary(results, dryRun, false, note)}\n`),
    };
  }
  if (stderr.isTTY && options.total > 1) {
    const bar = new cliProgress.SingleBar({ stream: stderr, format: 'importing [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
    bar.start(options.total, 0, { file: '' });
    return {
      result: () => {},
      inputDone: (file) => bar.increment({ file: printableName(file) }),
      finish: (results, dryRun, note) => {
        bar.stop();
        stdout.write(`${summary(results, dryRun, true, note)}\n`);
      },
    };
  }
  return {
    result: (result) => stdout.write(`${line(result)}\n`),
    inputDone: () => {},
    finish: (results, dryRun, note) => stdout.write(`${summary(results, dryRun, false, note)}\n`),
  };
}
