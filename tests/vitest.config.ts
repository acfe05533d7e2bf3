import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Four suites, one command: `unit` and `reliability` need nothing built; `site` and `e2e` read the dist/ that
// `npm test` builds first, and e2e drives Debian's Chromium against it.
export default defineConfig({
  test: {
    root,
    // A folder for the archives that test files of the site and e2e projects share
    // (tests/helpers/shared-archive.ts), one for the whole run, removed when it ends: set up here,
    // at the root, it runs once a run and every project sees it, so a 1,000-article archive is
    // built once for both.
    globalSetup: ['tests/helpers/shared-archives-setup.ts'],
    projects: [
      // No unit test measures time: the limits only catch a hang. Vitest's 5 s default failed tests
      // that start a worker thread or load the page pipeline when the two cores were shared (load 27).
      { test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: 'site', root, include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
      // The importer under concurrency, faults and hostile input, as real processes (issue 19).
      // One file at a time: each starts importer processes, and their time limits assume a share of the two cores.
      { test: { name: 'reliability', root, include: ['tests/reliability/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
