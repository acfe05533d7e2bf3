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
      ['-Xss8m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...absolute],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        let report: { messages: NuMessage[] };
        try {
          report = JSON.parse(stderr);
        } catch {
          reject(new Error(`the Nu checker did not report JSON (${error?.message ?? 'no error'}):\n${stderr}`));
          return;
        }
        resolve(
          report.messages
            .filter((message) => message.type === 'error' || message.subType === 'fatal')
            .map((message) => {
              const file = message.url ? path.relative(root, fileURLToPath(message.url)) : '(unknown file)';
              return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.message}`;
            }),
        );
      },
    );
  });
}
