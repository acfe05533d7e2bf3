import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The W3C Nu HTML checker's jar, as shipped by the vnu-jar package. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the Nu checker once over all `files` (one JVM: starting Java per page would cost more than
 * checking) and returns every error as "file:line:column: message", with files relative to `root`.
 */
export function nuErrors(root: string, files: string[]): Promise<string[]> {
  const absolute = files.map((file) => path.join(root, file));
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      // --verbose names each file on stdout as it is checked, so a file it skipped cannot pass.
      ['-Xss8m', '-jar', vnuJar, '--format', 'json', '--errors-only', '--verbose', ...absolute],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        let report: { messages: NuMessage[] };
        try {
          report = JSON.parse(stderr);
        } catch {
          reject(new Error(`the Nu checker did not report JSON (${error?.message ?? 'no error'}):\n${stderr}`));
          return;
        }
        const checked = new Set(stdout.split('\n').map((line) => line.trim()));
        const unchecked = files.filter((file) => !checked.has(path.join(root, file))).map((file) => `${file}: not checked`);
        const errors = report.messages
          .filter((message) => message.type === 'error' || message.type === 'non-document-error')
          .map((message) => {
            const file = message.url ? path.relative(root, fileURLToPath(message.url)) : '(unknown file)';
            return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.message}`;
          });
        resolve([...unchecked, ...errors]);
      },
    );
  });
}
