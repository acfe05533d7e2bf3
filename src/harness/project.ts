import { siteDir } from '../lib/project-folders.ts';
import { projectRoot } from '../lib/project-root.ts';

/**
 * What the tests and the benchmark both need to drive the project from outside: its root folder
 * and the built site's folder. src/harness holds only such shared tooling (this, the static
 * server, the Chromium launcher); the product never imports it.
 */
export { projectRoot };

/** The output folder of the last build, the one a build writes: DATELINE_OUT_DIR, else dist/ (the one `npm test` just built). */
export const builtDir = siteDir;
