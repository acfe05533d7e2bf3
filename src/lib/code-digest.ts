import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

/**
 * The digest of some of our own code files, for a cache that must be thrown away when the code
 * that made it changes (page keys, the search index's settings, the word counts). Each file is
 * named by its '/'-separated path from the project's root, and both its name and its bytes
 * count, so a renamed file changes the digest too.
 */
export function codeDigest(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(projectRoot, file)));
  }
  return hash.digest('hex');
}
