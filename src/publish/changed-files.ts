import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { isObject, readCacheRecord, writeCacheRecord } from '../lib/cache-record.ts';
import { cacheDir } from '../lib/project-folders.ts';
import type { FileToWrite } from './render-messages.ts';

/**
 * The files a build writes itself (each article's, src/publish/article-files.ts) are written
 * only when their bytes change: the last build's fingerprint of each, kept in the cache folder,
 * is compared with this build's, and a file is written again when they differ or it is missing
 * from the site. A copied file's fingerprint is its source's path, size and modification time,
 * so a 100,000-article build does not read every clipping to find the few that changed. A made
 * text's is the digest of what it is made from and its own digest: the text is made only when
 * what it is made from changed (an article's BibTeX and RIS took 0.02 to 0.14 ms of citation-js
 * on Astro's thread, every article's every build: BENCHMARKS.md), and written only when its
 * bytes did.
 */
const RECORD_VERSION = 1;
const RECORD_NAME = 'dateline-written-files.json';

interface WrittenFiles {
  /** The site folder they were written into: another one starts from nothing. */
  siteDir: string;
  /** Fingerprint of each file, by its absolute path. */
  files: Record<string, string>;
}

/** A text made when asked, from inputs whose digest is `madeFrom` (the same inputs always make the same text). */
export interface MadeText {
  madeFrom: string;
  make: () => Promise<string>;
}

/** A file a build declares: a text it makes, or a content file copied byte for byte. */
export interface FileToDeclare {
  file: string;
  content: MadeText | { copyOf: string };
}

/** A file's size and modification time: they change when the file is edited or replaced, and are read without reading the file. */
export function fileStamp(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
}

const textDigest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A made text's fingerprint: `made:<madeFrom>:<its digest>`; the digest is its last part. */
const madePrefix = (made: MadeText) => `made:${made.madeFrom}:`;
const digestOf = (fingerprint: string | undefined) => fingerprint?.slice(fingerprint.lastIndexOf(':') + 1);

/**
 * This build's fingerprint of a file, and the file to write when it must be written. A made
 * text whose inputs are those of the last build is not made again, unless the file is missing.
 */
async function compare({ file, content }: FileToDeclare, before: string | undefined): Promise<{ fingerprint: string; write?: FileToWrite }> {
  if ('copyOf' in content) {
    const fingerprint = `copy:${content.copyOf}:${fileStamp(content.copyOf)}`;
    return before === fingerprint && existsSync(file) ? { fingerprint } : { fingerprint, write: { file, content } };
  }
  if (before?.startsWith(madePrefix(content)) && existsSync(file)) return { fingerprint: before };
  const text = await content.make();
  const fingerprint = `${madePrefix(content)}${textDigest(text)}`;
  return digestOf(before) === digestOf(fingerprint) && existsSync(file) ? { fingerprint } : { fingerprint, write: { file, content: { text } } };
}

async function lastWritten(siteDir: string): Promise<Record<string, string>> {
  const record = await readCacheRecord(cacheDir(), RECORD_NAME, RECORD_VERSION, (value) => (isObject(value) && isObject(value.files) ? (value as unknown as WrittenFiles) : undefined));
  return record?.siteDir === siteDir ? record.files : {};
}

/**
 * Of the files this build declares, those whose bytes changed since the last build wrote them
 * (all of them when `everything`: a full build), ready to write; `commit` records them all once
 * written.
 */
export async function changedFiles(siteDir: string, files: FileToDeclare[], everything: boolean) {
  const before = everything ? {} : await lastWritten(siteDir);
  const now: Record<string, string> = {};
  const changed: FileToWrite[] = [];
  for (const file of files) {
    const { fingerprint, write } = await compare(file, before[file.file]);
    now[file.file] = fingerprint;
    if (write) changed.push(write);
  }
  return {
    changed,
    async commit(): Promise<void> {
      const record: WrittenFiles = { siteDir, files: now };
      await writeCacheRecord(cacheDir(), RECORD_NAME, RECORD_VERSION, record);
    },
  };
}
