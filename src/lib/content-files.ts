import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { fileState } from './file-state.ts';

/**
 * Which files in content/ a build reads, and a fingerprint of them, so a build can tell whether
 * content/ changed while it ran: an import writing 300 articles during a build of 1,002 made pages
 * whose bodies were neither the old nor the new text, and the build succeeded.
 */

/**
 * How an earlier clipping of an article, replaced by `import --update`, is told apart from the
 * others: the first 12 hex digits of its sha256, in its file name and in its page's path.
 */
export function revisionId(sha256: string): string {
  return sha256.slice(0, 12);
}

/**
 * The file below content/originals/ that keeps an article's clipping: the article's id
 * (`YYYY/MM/DD/slug`, its path below content/articles/ without `.md`) with `.txt`, and for an
 * earlier clipping its revisionId before that.
 */
export function originalFileName(articleId: string, replacedSha256?: string): string {
  return replacedSha256 === undefined ? `${articleId}.txt` : `${articleId}.${revisionId(replacedSha256)}.txt`;
}

/**
 * Hidden files (editors' swap and lock files) and the importer's temporary files, which
 * src/importer/write-article.ts writes as `.name.<uuid>.tmp` beside the final file and renames
 * into place: not content yet, and never read by a build.
 */
export function isIgnoredContentPath(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((segment) => segment.startsWith('.') || /\.tmp(-|$)/.test(segment));
}

/** An article file below content/articles/, as the content loader and the index step count them. */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.endsWith('.md') && !isIgnoredContentPath(relativePath);
}

/** Relative path -> fileState (size, modification and change time, inode) of every file below `root`. */
export type ContentFingerprint = Map<string, string>;

/**
 * Calls `onFile` with the path (relative to `root`) of each file below it, walking the folders
 * itself rather than listing them with readdir's `recursive`: a folder is told by its entry instead
 * of an lstat each (an archive has nearly as many day folders as articles), and an ignored folder
 * is not entered. `onFile` returns true for a path to walk as a folder after all (one replaced by
 * a folder since its folder was read). A folder missing, or removed since its parent was read, is
 * not part of this state of content/ and is skipped.
 */
function walkContent(root: string, onFile: (file: string) => boolean): void {
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, folder), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries) {
      if (isIgnoredContentPath(entry.name)) continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory() || onFile(file)) folders.push(file);
    }
  }
}

/**
 * Every file below `root` that a build may read (relative paths, in no set order). For the 10,000
 * articles of the benchmark: 0.06 to 0.07 s of CPU, against 0.21 to 0.28 s for readdir's
 * `recursive` through a promise (BENCHMARKS.md).
 */
export function contentFiles(root: string): string[] {
  const files: string[] = [];
  walkContent(root, (file) => (files.push(file), false));
  return files;
}

/**
 * 10,000 articles (20,000 files in 14,000 folders): 0.21 to 0.33 s of CPU against 0.38 to 0.47 s
 * with readdirSync's `recursive` and an lstat of each entry (BENCHMARKS.md), and a build takes it
 * three times.
 */
export function fingerprintContent(root: string): ContentFingerprint {
  const fingerprint: ContentFingerprint = new Map();
  walkContent(root, (file) => {
    let stats;
    try {
      stats = lstatSync(path.join(root, file), { bigint: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    if (stats.isDirectory()) return true;
    fingerprint.set(file, fileState(stats));
    return false;
  });
  return fingerprint;
}

/** Files added, removed or changed between two fingerprints, each with what happened to it. */
export function contentChanges(before: ContentFingerprint, after: ContentFingerprint): string[] {
  const changes: string[] = [];
  for (const [file, state] of after) {
    const earlier = before.get(file);
    if (earlier === undefined) changes.push(`${file} (added)`);
    else if (earlier !== state) changes.push(`${file} (changed)`);
  }
  for (const file of before.keys()) if (!after.has(file)) changes.push(`${file} (removed)`);
  return changes.sort();
}

/** Thrown when the content a build read is not the content that is there at its end. */
export class ContentChangedError extends Error {
  constructor(root: string, changes: string[]) {
    const examples = changes.slice(0, 3).join(', ');
    super(
      `${root} changed during the build: ${changes.length} file(s), e.g. ${examples}. Its pages may mix the old and the new content. Run the build again once the import (or edit) has finished.`,
    );
  }
}

/** Fails if the files below `root` are not those of `before`. */
export function assertContentUnchanged(root: string, before: ContentFingerprint): void {
  const changes = contentChanges(before, fingerprintContent(root));
  if (changes.length) throw new ContentChangedError(root, changes);
}

/** The fingerprint a build took at its start, kept for its index step, a process of its own. */
export function saveFingerprint(file: string, fingerprint: ContentFingerprint): void {
  writeFileSync(file, JSON.stringify([...fingerprint]));
}

export function loadFingerprint(file: string): ContentFingerprint | undefined {
  return existsSync(file) ? new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, string][]) : undefined;
}
