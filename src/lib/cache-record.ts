import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A record one build keeps in the cache folder for the next (which files it wrote, what the
 * search index was made from, the word counts): JSON holding its format's version and its value.
 * A record that is missing, of another version, broken or not of the expected shape reads as
 * none, so the next build does the work again rather than trusting it; a record is written under
 * a temporary name and then renamed, so a build killed half-way leaves the last record or the
 * new one, never part of one.
 */

interface StoredRecord {
  version: number;
  value: unknown;
}

function recordFile(cacheDir: string, name: string): string {
  return path.join(cacheDir, name);
}

/**
 * The record `name` in `cacheDir` if it is of `version` and `parse` accepts its value (returning
 * it typed, or undefined for a value of another shape); else undefined.
 */
export async function readCacheRecord<T>(cacheDir: string, name: string, version: number, parse: (value: unknown) => T | undefined): Promise<T | undefined> {
  let stored: Partial<StoredRecord> | null;
  try {
    stored = JSON.parse(await readFile(recordFile(cacheDir, name), 'utf8')) as Partial<StoredRecord> | null;
  } catch {
    return undefined;
  }
  return stored?.version === version ? parse(stored.value) : undefined;
}

/** Writes `value` as the record `name` of `version`, whole or not at all. */
export async function writeCacheRecord(cacheDir: string, name: string, version: number, value: unknown): Promise<void> {
  const file = recordFile(cacheDir, name);
  const stored: StoredRecord = { version, value };
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(stored));
  await rename(`${file}.tmp`, file);
}

/** Removes the record `name`, so nothing trusts it until it is written again. */
export async function forgetCacheRecord(cacheDir: string, name: string): Promise<void> {
  await rm(recordFile(cacheDir, name), { force: true });
}

/** Whether `value` is a JSON object (not null, not an array): the first check of a record's parse. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
