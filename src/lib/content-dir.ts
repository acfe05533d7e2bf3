import path from 'node:path';

/**
 * Where the archive's content lives. `content/` in a checkout; the benchmark and the build tests
 * point DATELINE_CONTENT_DIR at a corpus of their own so they never touch the real archive.
 */
export function contentDir(): string {
  return path.resolve(process.env.DATELINE_CONTENT_DIR ?? 'content');
}
