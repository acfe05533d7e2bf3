import path from 'node:path';
import { projectRoot } from '../lib/project-root.ts';

/**
 * What the tests and the benchmark both need to drive the project from outside: its root folder
 * and the built site's folder. src/harness holds only such shared tooling (this, the static
 * server, the Chromium launcher); the product never imports it.
 */
export { projectRoot };

/** The output folder of the last build: DATELINE_OUT_DIR, else dist/ (the one `npm test` just built). */
export function builtDir(): string {
  return path.resolve(projectRoot, process.env.DATELINE_OUT_DIR ?? 'dist');
}
