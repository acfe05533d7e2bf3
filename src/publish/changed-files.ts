import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { isObject, readCacheRecord, writeCacheRecord } from '../lib/cache-record.ts';
import { cacheDir } from '../lib/project-folders.ts';
import type { FileToWrite } from './render-messages.ts';

/**
 * The files a build writes itself (each article's, src/publish/article-files.ts) are written
 * only when their bytes change: the last build's fingerprint of each, kept in the cache folder,
 * is compared with this build's, and a file is written again when they differ or it is missing
 * from the site. A text's fingerprint is its digest; a copied file's is its source's path,
 * size and modification time, so a 100,000-article build does not read every clipping to find
 * the few that changed.
 */
const RECORD_VERSION = 1;
const RECORD_NAME = 'dateline-written-files.json';

interface WrittenFiles {
  /** The site folder they were written into: another one starts from nothing. */
  siteDir: string;
  /** Fingerprint of each file, by its absolute path. */
  files: Record<string, string>;
}

/** A file's size and modification time: they change when the file is edited or replaced, and are read without reading the file. */
export function fileStamp(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
}

function fingerprint({ content }: FileToWrite): string {
  if ('text' in content) return `text:${createHash('sha256').update(content.text).digest('base64url')}`;
  return `copy:${content.copyOf}:${fileStamp(content.copyOf)}`;
}

async function lastWritten(siteDir: string): Promise<Record<string, string>> {
  const record = await readCacheRecord(cacheDir(), RECORD_NAME, RECORD_VERSION, (value) => (isObject(value) && isObject(value.files) ? (value as unknown as WrittenFiles) : undefined));
  return record?.siteDir === siteDir ? record.files : {};
}

/**
 * Of the files this build declares, those whose bytes changed since the last build wrote them
 * (all of them when `everything`: a full build); `commit` records them all once written.
 */
export async function changedFiles<F extends FileToWrite>(siteDir: string, files: F[], everything: boolean) {
  const before = everything ? {} : await lastWritten(siteDir);
  const now: Record<string, string> = {};
  const changed = files.filter((file) => {
    now[file.file] = fingerprint(file);
    return before[file.file] !== now[file.file] || !existsSync(file.file);
  });
  return {
    changed,
    async commit(): Promise<void> {
      const record: WrittenFiles = { siteDir, files: now };
      await writeCacheRecord(cacheDir(), RECORD_NAME, RECORD_VERSION, record);
    },
  };
}
