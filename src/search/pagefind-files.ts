import { decode } from 'cbor-x';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

/**
 * Reading and writing the files Pagefind 1.6 writes for an index (PAGEFIND_FORMAT): each is gzipped after a
 * 12-byte signature; the metadata, word index and filter files are CBOR arrays (the field order
 * of pagefind/src/index/index_metadata.rs), the fragments JSON. Used by the index step on a
 * shard's files in memory (trim-shard.ts, and shardFilters for write-year-table.ts and
 * write-archive-facet-counts.ts);
 * the tests read them on disk with tests/helpers/search-index-files.ts.
 */

/**
 * The Pagefind versions whose files this module knows: the field order below is 1.6's, and a
 * Pagefind 1.6 writes its version in the entry file and as the first field of the metadata.
 */
export const PAGEFIND_FORMAT = /^1\.6\.\d+$/;

/** The version of the pagefind package the index step runs (its package.json; the package exports no path to it). */
export function installedPagefindVersion(): string {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = path.join(folder, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error('the pagefind package is not installed: run `npm install`');
}

const SIGNATURE = Buffer.from('pagefind_dcd');

// zlib's own threads, not the main one: the index step rewrites 10,000 fragments on two cores.
const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

export async function unpack(file: Uint8Array): Promise<Buffer> {
  const body = await gunzipAsync(file);
  if (!body.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind file (no pagefind_dcd signature)');
  return body.subarray(SIGNATURE.length);
}

export function pack(body: Uint8Array): Promise<Buffer> {
  return gzipAsync(Buffer.concat([SIGNATURE, body]));
}

/** A page of the metadata: its fragment's name, its word count, its fragment group ("" for none). */
export type MetaPage = [hash: string, wordCount: number, group: string];
/** An index chunk: the first and last word it holds (as Pagefind cuts them) and its file name. */
export type MetaChunk = [from: string, to: string, hash: string];
/** The pf_meta: version, pages, index chunks, filter files, sort orders, and what follows. */
export type Meta = [version: string, pages: MetaPage[], chunks: MetaChunk[], filters: [filter: string, hash: string][], ...rest: unknown[]];
/** A pf_index chunk: its words in order, each with its pages and positions. */
export type WordIndex = [words: [word: string, pages: unknown[]][]];
/** A pf_filter file: one filter's values, each with the numbers (metadata order) of its pages. */
export type FilterIndex = [filter: string, values: [value: string, pages: number[]][]];

export interface EntryFile {
  /** The Pagefind version that wrote the index. */
  version: string;
  languages: Record<string, { hash: string; page_count: number }>;
}

export const ENTRY_FILE = 'pagefind-entry.json';

/** The metadata file's name for the hash the entry file gives it. */
export function metaName(hash: string): string {
  return `pagefind.${hash}.pf_meta`;
}

/**
 * One shard's files in memory, as Pagefind hands them over (`index.getFiles()`), by their
 * '/'-separated path below the shard's folder: the index step trims them there and writes each
 * file once.
 */
export type ShardFiles = Map<string, Uint8Array>;

export function fileOf(files: ShardFiles, name: string): Uint8Array {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`Pagefind wrote no ${name}`);
  return bytes;
}

export function entryOf(files: ShardFiles): EntryFile {
  return JSON.parse(Buffer.from(fileOf(files, ENTRY_FILE)).toString('utf8')) as EntryFile;
}

export async function cborOf<T>(files: ShardFiles, name: string): Promise<T> {
  return decode(await unpack(fileOf(files, name))) as T;
}

/** One index of a shard (one per language) as its metadata and filter files hold it. */
export interface IndexFilters {
  /** Its pages, in metadata order: a filter value lists its pages by their number here. */
  pages: MetaPage[];
  /** Each filter's values, each with its pages' numbers. */
  filters: Map<string, FilterIndex[1]>;
}

/**
 * Each index's filters of a shard's finished files, decoded once for everything written from
 * them (the year table, the facet counts); null when their format is not the one this code knows.
 */
export async function shardFilters(files: ShardFiles): Promise<IndexFilters[] | null> {
  const entry = entryOf(files);
  if (!PAGEFIND_FORMAT.test(entry.version)) return null;
  const indexes: IndexFilters[] = [];
  for (const { hash } of Object.values(entry.languages)) {
    const [, pages, , filterFiles] = await cborOf<Meta>(files, metaName(hash));
    const filters = new Map<string, FilterIndex[1]>();
    for (const [filter, file] of filterFiles) filters.set(filter, (await cborOf<FilterIndex>(files, `filter/${file}.pf_filter`))[1]);
    indexes.push({ pages, filters });
  }
  return indexes;
}
